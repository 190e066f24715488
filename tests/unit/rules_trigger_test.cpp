// A rule's `trigger:` only narrows which sentences its full pattern is tried on: with a
// trigger that every match holds, a pack matches exactly what it matches without one.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "resources/resources.hpp"
#include "ruleengine/rule_tests.hpp"
#include "ruleengine/ruleset.hpp"

using namespace cc;

namespace {

const char* kPack = R"(pack: said
lists:
  cue: cues
patterns:
  name: '[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*'
rules:
  - id: said.after
    %TRIGGER%
    pattern: '”,?\s*(?P<speaker>%{name})\s+(?P<cue>%{cue})\b'
  - id: said.according
    pattern: '(?i:according to)\s+(?P<speaker>%{name})'
)";

std::unique_ptr<rules::RuleSet> load(const std::string& trigger_line,
                                     const std::string& tests = "") {
  std::string yaml = kPack;
  yaml.replace(yaml.find("%TRIGGER%"), 9, trigger_line);
  std::map<std::string, std::string> files = {{"said/said.yaml", yaml},
                                              {"said/cues.txt", "said\nsays\ntold\n"}};
  if (!tests.empty()) files["said/said.test"] = tests;
  rules::LoadResult loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  for (const auto& error : loaded.errors) MESSAGE(error.format());
  REQUIRE(loaded.rules);
  return std::move(loaded.rules);
}

// (rule id, matched text, speaker) of every match of the pack in `text`.
std::vector<std::string> matches(const rules::RuleSet& set, std::string_view text) {
  std::vector<rules::Match> found;
  set.pack("said")->match(text, found);
  std::vector<std::string> out;
  for (const auto& match : found) {
    auto speaker = match.capture("speaker");
    out.push_back(match.rule->id + "|" +
                  std::string(text.substr(match.span.start, match.span.size())) + "|" +
                  (speaker ? std::string(text.substr(speaker->start, speaker->size())) : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("rules::a trigger changes which sentences are tried, not what matches") {
  auto plain = load("description: no trigger");
  auto triggered = load(R"(trigger: '”(?s:.*)\s%{cue}\b')");
  CHECK(plain->pack("said")->rules()[0].trigger.empty());
  CHECK(triggered->pack("said")->rules()[0].trigger_expanded.find("said") != std::string::npos);
  const std::vector<std::string> sentences = {
      "“We will go,” Jane Doe said on Monday, and “we stay,” Bob Roe told reporters.",
      "“Nothing,” said Jane Doe.",  // trigger holds, pattern does not
      "According to Jane Doe, “it is over,” Bob said.",
      "Jane Doe said nothing at all.",  // no closing mark: the trigger is not found
      "",
  };
  for (const auto& sentence : sentences) {
    CAPTURE(sentence);
    CHECK(matches(*triggered, sentence) == matches(*plain, sentence));
  }
  CHECK(matches(*triggered, sentences[0]).size() == 2);
  CHECK(matches(*triggered, sentences[0])[0] == "said.after|” Jane Doe said|Jane Doe");

  // Without the trigger in a sentence the rule is not even a candidate.
  std::vector<int> candidates;
  triggered->pack("said")->which("Jane Doe said nothing at all.", candidates);
  CHECK(candidates.empty());
  triggered->pack("said")->which("“Nothing,” said Jane Doe.", candidates);
  CHECK(candidates == std::vector<int>{0});
  CHECK(matches(*triggered, "“Nothing,” said Jane Doe.").empty());
}

TEST_CASE("rules::a broken trigger is reported where it is written") {
  std::string yaml = kPack;
  yaml.replace(yaml.find("%TRIGGER%"), 9, "trigger: '(%{cue}'");
  std::map<std::string, std::string> files = {{"said/said.yaml", yaml},
                                              {"said/cues.txt", "said\n"}};
  rules::LoadResult loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  CHECK_FALSE(loaded.rules);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].format().find("rules/said/said.yaml:8:") == 0);
  CHECK(loaded.errors[0].message.find("rule said.after trigger: missing )") == 0);

  yaml = kPack;
  yaml.replace(yaml.find("%TRIGGER%"), 9, "trigger: '%{nothing}'");
  files["said/said.yaml"] = yaml;
  loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  CHECK_FALSE(loaded.rules);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].message.find("unknown reference '%{nothing}'") != std::string::npos);
}

TEST_CASE("rules::every expected sentence must hold the rule's trigger") {
  const std::string tests =
      "# story: one\n"
      "# expect: said.after speaker=\"Jane Doe\"\n"
      "“We will go,” Jane Doe said.\n"
      "# story: two\n"
      "# expect: said.according speaker=\"Bob\"\n"
      "According to Bob, it rained.\n";
  // A trigger the pattern implies: the tests and the lint check pass.
  auto good = load(R"(trigger: '”(?s:.*)\s%{cue}\b')", tests);
  CHECK(rules::run_tests(*good).ok());
  CHECK(rules::check_triggers(*good).empty());
  // A trigger that is not found in an expected sentence hides real matches: both fail.
  auto bad = load(R"(trigger: 'reporters')", tests);
  auto report = rules::run_tests(*bad);
  REQUIRE(report.failures.size() == 1);
  CHECK(report.failures[0].format() ==
        "rules/said/said.test:2: trigger of said.after (reporters) is not found in a sentence "
        "the rule is expected to match");
  auto lint = rules::check_triggers(*bad);
  REQUIRE(lint.size() == 1);
  CHECK(lint[0].format() == report.failures[0].format());
}

// The built-in tree is `verified()`: loading skips the parse checks of patterns that the
// pack's set does not hold. The same files read as an ordinary tree get every check, and
// must load without a problem, with the same rules.
TEST_CASE("rules::the built-in rules pass every check of a user's rules folder") {
  auto builtin = resources::builtin("rules");
  CHECK(builtin->verified());
  std::map<std::string, std::string> files;
  for (const auto& path : builtin->list()) files[path] = *builtin->read(path);
  auto copy = resources::in_memory(files, "rules");
  CHECK_FALSE(copy->verified());
  rules::LoadResult checked = rules::RuleSet::load(std::move(copy));
  for (const auto& error : checked.errors) MESSAGE(error.format());
  REQUIRE(checked.rules);
  CHECK(checked.errors.empty());
  rules::LoadResult trusted = rules::RuleSet::load(resources::builtin("rules"));
  REQUIRE(trusted.rules);
  REQUIRE(trusted.rules->packs().size() == checked.rules->packs().size());
  for (size_t p = 0; p < checked.rules->packs().size(); ++p) {
    const auto& a = checked.rules->packs()[p].rules();
    const auto& b = trusted.rules->packs()[p].rules();
    REQUIRE(a.size() == b.size());
    for (size_t r = 0; r < a.size(); ++r) {
      CHECK(a[r].id == b[r].id);
      CHECK(a[r].expanded == b[r].expanded);
      CHECK(a[r].trigger_expanded == b[r].trigger_expanded);
      CHECK(a[r].in_set == b[r].in_set);
    }
  }
}

// `prefilter: none` keeps a rule out of its pack's set: it is a candidate for every text
// and matches exactly what it matches inside the set.
TEST_CASE("rules::a rule kept out of the set matches the same") {
  auto plain = load("description: in the set");
  auto unfiltered = load("prefilter: none");
  CHECK(plain->pack("said")->rules()[0].in_set);
  CHECK_FALSE(unfiltered->pack("said")->rules()[0].in_set);
  CHECK(unfiltered->pack("said")->rules()[1].in_set);
  const std::vector<std::string> sentences = {
      "“We will go,” Jane Doe said on Monday, and “we stay,” Bob Roe told reporters.",
      "According to Jane Doe, “it is over,” Bob said.",
      "Jane Doe said nothing at all.",
      "",
  };
  for (const auto& sentence : sentences) {
    CAPTURE(sentence);
    CHECK(matches(*unfiltered, sentence) == matches(*plain, sentence));
  }
  std::vector<int> candidates;
  unfiltered->pack("said")->which("Jane Doe said nothing at all.", candidates);
  CHECK(candidates == std::vector<int>{0});
  unfiltered->pack("said")->which("According to Bob, it rained.", candidates);
  CHECK(candidates == std::vector<int>{0, 1});

  // Only `none` is a value, and a rule with a trigger needs the set.
  std::string yaml = kPack;
  yaml.replace(yaml.find("%TRIGGER%"), 9, "prefilter: all");
  std::map<std::string, std::string> files = {{"said/said.yaml", yaml},
                                              {"said/cues.txt", "said\n"}};
  rules::LoadResult loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  CHECK_FALSE(loaded.rules);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].message == "rule said.after: 'prefilter' can only be 'none'");
  yaml = kPack;
  yaml.replace(yaml.find("%TRIGGER%"), 9, "prefilter: none\n    trigger: '%{cue}'");
  files["said/said.yaml"] = yaml;
  loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  CHECK_FALSE(loaded.rules);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].message ==
        "rule said.after: a rule with a trigger cannot have 'prefilter: none'");
}

// Two packs with the same pattern (after expansion) share its compiled regex; each pack's
// matches still name its own rule, with the same spans.
TEST_CASE("rules::rules of two packs with one pattern match alike") {
  std::string yaml = kPack;
  yaml.replace(yaml.find("%TRIGGER%"), 9, "description: in the set");
  std::string copy = yaml;
  copy.replace(copy.find("pack: said"), 10, "pack: told");
  for (const char* id : {"said.after", "said.according"}) {
    copy.replace(copy.find(id), 4, "told");
  }
  std::map<std::string, std::string> files = {{"said/said.yaml", yaml},
                                              {"said/cues.txt", "said\nsays\ntold\n"},
                                              {"told/told.yaml", copy},
                                              {"told/cues.txt", "said\nsays\ntold\n"}};
  rules::LoadResult loaded = rules::RuleSet::load(resources::in_memory(files, "rules"));
  for (const auto& error : loaded.errors) MESSAGE(error.format());
  REQUIRE(loaded.rules);
  const rules::Pack* said = loaded.rules->pack("said");
  const rules::Pack* told = loaded.rules->pack("told");
  REQUIRE(said);
  REQUIRE(told);
  CHECK(said->rules()[1].expanded == told->rules()[1].expanded);
  for (std::string_view text :
       {std::string_view("According to Jane Doe, “it is over,” Bob said."),
        std::string_view("“We go,” Jane Doe said, according to Bob Roe.")}) {
    CAPTURE(text);
    std::vector<rules::Match> from_said, from_told;
    said->match(text, from_said);
    told->match(text, from_told);
    REQUIRE(from_said.size() == 2);
    REQUIRE(from_told.size() == from_said.size());
    for (size_t i = 0; i < from_said.size(); ++i) {
      CHECK(from_said[i].rule->id.substr(0, 5) == "said.");
      CHECK(from_told[i].rule->id.substr(0, 5) == "told.");
      CHECK(from_said[i].span.start == from_told[i].span.start);
      CHECK(from_said[i].span.size() == from_told[i].span.size());
      CHECK(from_said[i].capture("speaker")->start == from_told[i].capture("speaker")->start);
    }
  }
}
