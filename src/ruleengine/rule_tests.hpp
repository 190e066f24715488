// Rule tests: annotated example sentences kept beside each pack (`<pack>.test`), run by
// `crosscheck rules test` the way semgrep runs a rule's test file.
//
// Format, one case per sentence line:
//   # story: NAME                      sentences below come from this story
//   # expect: RULE-ID [group="value"]  RULE-ID must match the next sentence (with those
//                                      captures, when given)
//   # ok: RULE-ID                      RULE-ID must not match the next sentence
//   The sentence itself.
// Other lines starting with '#' and blank lines are comments. Every pack must have a test
// file, every rule at least one `expect:`, and the sentences must come from at least two
// different stories, so that no rule is tuned to one article.
#pragma once

#include <string>
#include <vector>

#include "ruleengine/ruleset.hpp"

namespace cc::rules {

struct PackTestResult {
  std::string pack;  // pack name
  std::string file;  // display name of the test file
  int cases = 0;     // sentences with at least one annotation
  int checks = 0;    // annotations checked
  int failed = 0;    // annotations that did not hold
  int stories = 0;   // distinct `story:` names
};

struct TestReport {
  std::vector<PackTestResult> packs;  // one per pack, sorted by name
  std::vector<Diagnostic> failures;   // every failed check, with the test file's line
  bool ok() const { return failures.empty(); }
};

// Runs every pack's test file found beside it in the rules tree.
TestReport run_tests(const RuleSet& rules);

// Only the trigger part of the tests (for `rules lint`): every `expect:` sentence of a rule
// with a `trigger:` must hold that trigger. Packs without a test file are skipped.
std::vector<Diagnostic> check_triggers(const RuleSet& rules);

}  // namespace cc::rules
