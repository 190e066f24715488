// The generated lexicon (rules/lexicon/) must be what scripts/gen-lexicon writes from the
// WordNet on this machine; the check runs only where Debian's WordNet is installed.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

TEST_CASE("rules::lexicon is fresh") {
  if (!std::filesystem::exists("/usr/share/wordnet/data.noun")) {
    MESSAGE("no WordNet in /usr/share/wordnet: freshness of rules/lexicon/ not checked");
    return;
  }
  std::string command = std::string("python3 '") + CROSSCHECK_SOURCE_DIR +
                        "/scripts/gen-lexicon' --check --rules '" + CROSSCHECK_SOURCE_DIR +
                        "/rules'";
  int status = std::system(command.c_str());
  CHECK_MESSAGE(status == 0, "rules/lexicon/ is stale: run scripts/gen-lexicon and commit");
}
