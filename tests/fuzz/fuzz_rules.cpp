// Fuzz target: rule loading (RuleSet::load over a whole rules folder) and matching.
//
// Input: a bundle of files (fuzz.hpp: "--- quotes/quotes.yaml" lines start each file).
// Loading never throws: broken rules come back as diagnostics. When the rules load, every
// pack runs over every line of the input, and the rule tests run, so that patterns the
// fuzzer invents are also executed (RE2 keeps each linear in the text).
#include <cstdlib>
#include <vector>

#include "fuzz.hpp"
#include "resources/resources.hpp"
#include "ruleengine/rule_tests.hpp"
#include "ruleengine/ruleset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = cc::fuzz::view(data, size);
  cc::rules::LoadResult loaded =
      cc::rules::RuleSet::load(cc::resources::in_memory(cc::fuzz::split_bundle(bytes), "fuzz"));
  for (const auto& diagnostic : loaded.errors) {
    if (diagnostic.file.empty() || diagnostic.message.empty()) std::abort();
  }
  if (!loaded.rules) return 0;
  std::vector<cc::rules::Match> matches;
  for (const auto& pack : loaded.rules->packs()) {
    for (size_t at = 0; at < bytes.size();) {
      size_t end = bytes.find('\n', at);
      if (end == std::string_view::npos) end = bytes.size();
      matches.clear();
      pack.match(bytes.substr(at, end - at), matches);
      for (const auto& match : matches) {
        if (match.span.end > end - at || match.span.start > match.span.end) std::abort();
      }
      at = end + 1;
    }
  }
  cc::rules::run_tests(*loaded.rules);
  return 0;
}
