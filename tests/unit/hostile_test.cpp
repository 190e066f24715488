// Hostile input through the whole pipeline (tests/hostile/, docs/robustness.md): every
// file ends in a clear InputError naming it or in a report; nothing crashes or hangs. The
// command-line side (exit codes, no partial output, a 1 GB file) is tests/hostile/check_cli.py.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <re2/re2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "core/output.hpp"
#include "file_fixture.hpp"
#include "ingest/ingest.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "resources/resources.hpp"
#include "ruleengine/ruleset.hpp"

using namespace cc;
namespace fs = std::filesystem;

namespace {

fs::path source_dir() {
  return fs::path(CROSSCHECK_SOURCE_DIR);
}

using testing::read_bytes;
using testing::TempDir;

// The most memory this process has held since the last reset_peak_memory(), in KiB.
long peak_memory_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}
void reset_peak_memory() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

const pipeline::Engine& embedded_engine() {
  static const pipeline::Engine instance{pipeline::Options{}};
  return instance;
}

const std::string kSeed = (source_dir() / "seeds" / "000_c24d20368129ad2a.txt").string();

// What a run on `paths` ended in: "report" or the InputError's message.
std::string outcome(const std::vector<std::string>& paths) {
  try {
    Analysis analysis = embedded_engine().analyze(paths);
    std::string json = report::to_json(analysis);
    std::string markdown = report::to_markdown(analysis);
    REQUIRE(json.find("\"schema\": \"crosscheck.report/1\"") != std::string::npos);
    REQUIRE(!markdown.empty());
    return "report";
  } catch (const InputError& error) {
    return error.what();
  }
}

// The built-in rules plus one more pack, in a folder usable with --rules.
fs::path rules_with(const TempDir& dir, const std::string& pack_file) {
  fs::path rules = dir.path() / "rules";
  auto builtin = resources::builtin("rules");
  for (const auto& relative : builtin->list()) {
    fs::create_directories((rules / relative).parent_path());
    std::ofstream(rules / relative, std::ios::binary) << *builtin->read(relative);
  }
  fs::create_directories(rules / "hostile");
  fs::copy_file(source_dir() / "tests" / "hostile" / "rules" / pack_file,
                rules / "hostile" / "hostile.yaml");
  return rules;
}

}  // namespace

TEST_CASE("hostile::corpus through the pipeline") {
  // Every file of tests/hostile/ next to a good article: a report or a clear error.
  const std::map<std::string, std::string> expected = {
      {"bad-front-matter.md", "front matter"},
      {"big-number.json", "malformed JSON: a number too large to read"},
      {"bom-crlf.txt", "report"},
      {"deep.json", "JSON nested deeper than 256 levels"},
      {"empty.txt", "empty article"},
      {"invalid-utf8.txt", "invalid UTF-8 at line 2"},
      {"long-sentence.txt", "report"},
      {"mixed-line-ends.txt", "report"},
      {"never-closed-quote.txt", "report"},
      {"nul.txt", "binary file, not text"},
      {"overlong-utf8.txt", "invalid UTF-8 at line 2"},
      {"scripts.html", "report"},
      {"unclosed-tags.html", "report"},
      {"whitespace.txt", "empty article"},
  };
  size_t seen = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() / "tests" / "hostile")) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !ingest::format_for(name) || name == "CMakeLists.txt") {
      continue;  // the build file is the one .txt that is no hostile input
    }
    CAPTURE(name);
    auto want = expected.find(name);
    REQUIRE_MESSAGE(want != expected.end(), "say what " << name << " must give");
    ++seen;
    std::string got = outcome({entry.path().string(), kSeed});
    if (want->second == "report") {
      CHECK(got == "report");
    } else {
      CHECK(got.find(entry.path().string() + ": ") == 0);  // the error names the file
      CHECK(got.find(want->second) != std::string::npos);
    }
  }
  CHECK(seen == expected.size());
}

TEST_CASE("hostile::a 1 GB file is refused without being read") {
  TempDir dir;
  fs::path big = dir.path() / "big.txt";
  std::ofstream(big).close();
  fs::resize_file(big, 1ULL << 30);  // sparse: no disk used
  // The work done is measured in memory: reading the file would take 1 GB.
  reset_peak_memory();
  long before = peak_memory_kib();
  std::string error = "no error";
  try {
    ingest::load({big.string(), kSeed}, ingest::Options{});
  } catch (const InputError& e) {
    error = e.what();
  }
  CHECK(peak_memory_kib() - before < 32 * 1024);
  CHECK(error == big.string() +
                     ": larger than --max-input-size (67108864 bytes); raise the limit to read it");
  // The whole pipeline says the same.
  CHECK(outcome({big.string(), kSeed}) == error);
}

TEST_CASE("hostile::a named pipe is refused without waiting for a writer") {
  TempDir dir;
  fs::path pipe = dir.path() / "pipe.txt";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  CHECK(outcome({pipe.string(), kSeed}) == pipe.string() + ": not a regular file");
  // In a folder it is no article at all.
  fs::copy_file(kSeed, dir.path() / "seed.txt");
  CHECK(outcome({dir.path().string()}) == "report");
}

TEST_CASE("hostile::a 100,000-character sentence is one sentence with its quote") {
  Analysis analysis = embedded_engine().analyze(
      {(source_dir() / "tests" / "hostile" / "long-sentence.txt").string()});
  REQUIRE(analysis.documents.size() == 1);
  const Document& document = analysis.documents[0];
  size_t longest = 0;
  for (const auto& sentence : document.sentences)
    longest = std::max<size_t>(longest, sentence.span.size());
  CHECK(longest > 100000);
  bool quote = false;
  for (const auto& claim : analysis.claims) {
    quote =
        quote || claim.detail->object.find("we will not leave anyone behind") != std::string::npos;
  }
  CHECK(quote);
}

TEST_CASE("hostile::markup from a page never reaches a report as markup") {
  for (const char* name : {"scripts.html", "unclosed-tags.html"}) {
    CAPTURE(name);
    Analysis analysis =
        embedded_engine().analyze({(source_dir() / "tests" / "hostile" / name).string(), kSeed});
    for (const std::string& report : {report::to_json(analysis), report::to_markdown(analysis)}) {
      CHECK(report.find("<script") == std::string::npos);
      CHECK(report.find("<iframe") == std::string::npos);
      CHECK(report.find("injected") == std::string::npos);
    }
  }
}

TEST_CASE("hostile::rules RE2 rejects are named with file and line") {
  auto builtin = resources::builtin("rules");
  std::map<std::string, std::string> files;
  for (const auto& relative : builtin->list()) files[relative] = *builtin->read(relative);
  files["hostile/hostile.yaml"] =
      read_bytes(source_dir() / "tests" / "hostile" / "rules" / "rejected.yaml");
  rules::LoadResult loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  CHECK_FALSE(loaded.rules);
  REQUIRE(loaded.errors.size() == 2);
  CHECK(loaded.errors[0].format() ==
        "rules/hostile/hostile.yaml:9:23: rule hostile.backreference: invalid escape sequence in "
        "`\\1`");
  CHECK(loaded.errors[1].format() ==
        "rules/hostile/hostile.yaml:12:15: rule hostile.lookbehind: invalid perl operator in "
        "`(?<`");

  // The pipeline refuses to run with them.
  TempDir dir;
  pipeline::Options options;
  options.rules_dir = rules_with(dir, "rejected.yaml").string();
  CHECK_THROWS_AS(pipeline::Engine{options}, UsageError);
}

TEST_CASE("hostile::catastrophic patterns stay linear on 1 MB") {
  // RE2 simulates a program of a few instructions over the text; the work is bounded by
  // instructions × bytes, whatever the pattern. A backtracking engine needs 2^n steps on
  // n letters for each of these: about 10^300000 for the line below.
  for (const char* pattern : {"((?:a+)+)$", "(?:a+a+)+b", "(?:a|aa)+c"}) {
    RE2 re(pattern);
    REQUIRE(re.ok());
    CHECK(re.ProgramSize() < 32);
  }
  TempDir dir;
  pipeline::Options options;
  options.rules_dir = rules_with(dir, "catastrophic.yaml").string();
  pipeline::Engine hostile_engine(options);
  const rules::Pack* pack = hostile_engine.rules().pack("hostile");
  REQUIRE(pack != nullptr);
  std::string line(1 << 20, 'a');
  line += "!";  // none of the three can end here
  std::vector<rules::Match> matches;
  pack->match(line, matches);
  CHECK(matches.empty());
  line.back() = 'c';  // now (a|aa)+c matches, and (a+a+)+b still cannot
  pack->match(line, matches);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].rule->id == "hostile.alternation");
  CHECK(matches[0].span.size() == line.size());

  // The whole pipeline with these rules on a 1 MB article of one word.
  fs::path article = dir.path() / "aaaa.txt";
  std::ofstream(article) << "Title\n\n" << std::string(1 << 20, 'a') << "\n";
  Analysis analysis = hostile_engine.analyze({article.string()});
  CHECK(analysis.documents.size() == 1);
}

TEST_CASE("hostile::an unwritable report leaves nothing behind") {
  TempDir dir;
  fs::path locked = dir.path() / "locked";
  fs::create_directories(locked);
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  bool root = ::geteuid() == 0;  // root writes anywhere: only the cleanup can be checked
  if (!root) {
    CHECK_THROWS_AS(write_file_atomically((locked / "report.md").string(), "x"), UsageError);
  }
  fs::permissions(locked, fs::perms::owner_all);
  // A target that is a folder: the temporary file is written, the rename fails, and the
  // temporary file is removed again.
  fs::create_directories(dir.path() / "report.md");
  CHECK_THROWS_AS(write_file_atomically((dir.path() / "report.md").string(), "x"), UsageError);
  size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 2);  // "locked" and the "report.md" folder, no temporary file
}

TEST_CASE("hostile::a report streamed in pieces appears whole or not at all") {
  TempDir dir;
  fs::path target = dir.path() / "report.json";
  std::string piece(300000, 'x');
  {
    OutputFile out(target.string());
    for (int i = 0; i < 8; ++i) out.write(piece);  // past the write buffer: on disk already
    CHECK_FALSE(fs::exists(target));               // ...but under a temporary name
  }  // destroyed without commit(), as when a run fails half-way
  size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 0);
  {
    OutputFile out(target.string());
    for (int i = 0; i < 8; ++i) out.write(piece);
    out.commit();
  }
  CHECK(fs::file_size(target) == 8 * piece.size());
  entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("hostile::a report written to a pipe or device stays a pipe or device") {
  // "-o /dev/null" run as root once renamed a temporary file over /dev/null. A named pipe
  // shows the same without touching the system: it must still be a pipe, holding the text.
  TempDir dir;
  fs::path pipe = dir.path() / "report.fifo";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  int reader = ::open(pipe.c_str(), O_RDONLY | O_NONBLOCK);  // a reader, so writing cannot wait
  REQUIRE(reader >= 0);
  write_file_atomically(pipe.string(), "report\n");
  struct stat info {};
  REQUIRE(::stat(pipe.c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  char buffer[16] = {};
  CHECK(::read(reader, buffer, sizeof buffer) == 7);
  CHECK(std::string(buffer) == "report\n");
  ::close(reader);
}

TEST_CASE("hostile::a rule file with a list where a name belongs") {
  // Found by fuzz_rules: yaml-cpp threw out of RuleSet::load, which must never throw.
  std::map<std::string, std::string> files = {
      {"p/p.yaml", "pack: p\npatterns:\n  [a, b]: 'x'\nrules:\n  - id: p.one\n    pattern: x\n"}};
  rules::LoadResult loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  CHECK_FALSE(loaded.rules);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].format() ==
        "rules/p/p.yaml:3:3: expected a plain string here, found a list or a mapping");
}
