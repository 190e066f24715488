#include "ruleengine/rule_tests.hpp"

#include <re2/re2.h>

#include <map>
#include <memory>
#include <set>

#include "core/text.hpp"
#include "resources/resources.hpp"

namespace cc::rules {

namespace {

struct Expectation {
  bool positive = true;                                       // expect: vs ok:
  std::string rule;                                           // rule id
  std::vector<std::pair<std::string, std::string>> captures;  // group -> expected text
  int line = 0;                                               // line of the annotation
};

// Parses `RULE key="value" key=value` after the annotation keyword.
bool parse_expectation(std::string_view rest, Expectation& out, std::string& problem) {
  rest = text::trim(rest);
  size_t space = rest.find_first_of(" \t");
  out.rule = std::string(rest.substr(0, space));
  if (out.rule.empty()) {
    problem = "annotation without a rule id";
    return false;
  }
  rest = space == std::string_view::npos ? std::string_view() : rest.substr(space);
  while (!(rest = text::trim(rest)).empty()) {
    size_t equals = rest.find('=');
    if (equals == std::string_view::npos) {
      problem = "expected group=value, got '" + std::string(rest) + "'";
      return false;
    }
    std::string key(text::trim(rest.substr(0, equals)));
    rest.remove_prefix(equals + 1);
    std::string value;
    if (!rest.empty() && rest.front() == '"') {
      size_t close = rest.find('"', 1);
      if (close == std::string_view::npos) {
        problem = "unterminated quoted value for '" + key + "'";
        return false;
      }
      value = std::string(rest.substr(1, close - 1));
      rest.remove_prefix(close + 1);
    } else {
      size_t end = rest.find_first_of(" \t");
      value = std::string(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    out.captures.emplace_back(std::move(key), std::move(value));
  }
  return true;
}

const Rule* find_rule(const Pack& pack, const std::string& id, int* index) {
  for (size_t i = 0; i < pack.rules().size(); ++i) {
    if (pack.rules()[i].id == id) {
      *index = static_cast<int>(i);
      return &pack.rules()[i];
    }
  }
  return nullptr;
}

// A rule's trigger must be found in every sentence the rule is expected to match: the
// pack's set only hands the rule sentences that hold its trigger. Empty when it holds.
std::string check_trigger(const Rule& rule, std::string_view sentence) {
  if (rule.trigger_expanded.empty()) return {};
  RE2::Options options;
  options.set_log_errors(false);
  RE2 trigger(rule.trigger_expanded, options);
  if (!trigger.ok()) return "rule " + rule.id + ": trigger does not compile";
  if (RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), trigger)) return {};
  return "trigger of " + rule.id + " (" + rule.trigger +
         ") is not found in a sentence the rule is expected to match";
}

// Checks one annotation against one sentence; returns an empty string when it holds.
std::string check(const Pack& pack, const Expectation& expectation, std::string_view sentence,
                  bool triggers_only) {
  int index = 0;
  const Rule* rule = find_rule(pack, expectation.rule, &index);
  if (!rule) {
    return triggers_only ? std::string()
                         : "no rule '" + expectation.rule + "' in pack " + pack.name();
  }
  if (expectation.positive) {
    if (auto problem = check_trigger(*rule, sentence); !problem.empty()) return problem;
  }
  if (triggers_only) return {};
  std::vector<Match> matches;
  pack.match_rule(index, sentence, matches);
  if (!expectation.positive) {
    if (matches.empty()) return {};
    auto span = matches.front().span;
    return expectation.rule + " matched \"" +
           std::string(sentence.substr(span.start, span.size())) + "\" but should not";
  }
  if (matches.empty()) return expectation.rule + " did not match";
  for (const auto& match : matches) {
    bool all = true;
    for (const auto& [group, value] : expectation.captures) {
      auto span = match.capture(group);
      if (!span || sentence.substr(span->start, span->size()) != value) all = false;
    }
    if (all) return {};
  }
  std::string seen;
  for (const auto& [group, value] : expectation.captures) {
    auto span = matches.front().capture(group);
    seen +=
        " " + group + "=" +
        (span ? "\"" + std::string(sentence.substr(span->start, span->size())) + "\"" : "(none)");
  }
  return expectation.rule + " matched with" + seen;
}

// Runs every pack's test file; with `triggers_only`, checks only that each rule's trigger
// is found in the sentences the rule is expected to match (for `rules lint`).
TestReport run(const RuleSet& rules, bool triggers_only) {
  TestReport report;
  const auto& tree = rules.tree();
  for (const auto& pack : rules.packs()) {
    if (pack.rules().empty()) continue;  // shared sub-patterns are tested through their users
    PackTestResult result;
    result.pack = pack.name();
    std::string yaml_path;
    for (const auto& path : tree.list()) {
      if (tree.display(path) == pack.file()) yaml_path = path;
    }
    std::string test_path = yaml_path.substr(0, yaml_path.rfind('.')) + ".test";
    result.file = tree.display(test_path);
    auto content = tree.read(test_path);
    if (!content) {
      if (triggers_only) continue;
      report.failures.push_back(
          {pack.file(), 0, 0, "pack " + pack.name() + " has no test file " + result.file});
      report.packs.push_back(result);
      continue;
    }
    std::set<std::string> stories;
    std::set<std::string> tested;
    std::vector<Expectation> pending;
    int line_number = 0;
    size_t start = 0;
    auto fail = [&](int line, std::string message) {
      ++result.failed;
      report.failures.push_back({result.file, line, 0, std::move(message)});
    };
    while (start <= content->size()) {
      size_t end = content->find('\n', start);
      if (end == std::string::npos) end = content->size();
      std::string_view line = std::string_view(*content).substr(start, end - start);
      start = end + 1;
      ++line_number;
      std::string_view trimmed = text::trim(line);
      if (trimmed.empty()) {
        if (start > content->size()) break;
        continue;
      }
      if (trimmed.front() == '#') {
        std::string_view body = text::trim(trimmed.substr(1));
        auto keyword = [&](std::string_view word) {
          return body.substr(0, word.size()) == word ? std::optional(body.substr(word.size()))
                                                     : std::nullopt;
        };
        if (auto story = keyword("story:")) {
          stories.insert(std::string(text::trim(*story)));
        } else if (auto rest = keyword("expect:"); rest || keyword("ok:")) {
          Expectation expectation;
          expectation.positive = rest.has_value();
          expectation.line = line_number;
          std::string problem;
          if (!parse_expectation(rest ? *rest : *keyword("ok:"), expectation, problem)) {
            if (!triggers_only) fail(line_number, problem);
          } else {
            pending.push_back(std::move(expectation));
          }
        }
        continue;
      }
      if (pending.empty()) continue;  // an unannotated sentence is context for a reader
      ++result.cases;
      for (const auto& expectation : pending) {
        ++result.checks;
        if (expectation.positive) tested.insert(expectation.rule);
        std::string problem = check(pack, expectation, line, triggers_only);
        if (!problem.empty()) fail(expectation.line, problem);
      }
      pending.clear();
    }
    if (triggers_only) {
      report.packs.push_back(result);
      continue;
    }
    if (!pending.empty()) fail(line_number, "annotation at the end of the file has no sentence");
    for (const auto& rule : pack.rules()) {
      if (!tested.count(rule.id)) {
        fail(0, "rule " + rule.id + " has no `expect:` case");
      }
    }
    result.stories = static_cast<int>(stories.size());
    if (stories.size() < 2) {
      fail(0,
           "pack " + pack.name() +
               ": test sentences must come from at least two stories (`# story:` lines), found " +
               std::to_string(stories.size()));
    }
    report.packs.push_back(result);
  }
  return report;
}

}  // namespace

TestReport run_tests(const RuleSet& rules) {
  return run(rules, false);
}

std::vector<Diagnostic> check_triggers(const RuleSet& rules) {
  return run(rules, true).failures;
}

}  // namespace cc::rules
