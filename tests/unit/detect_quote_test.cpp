#include <doctest/doctest.h>

#include "detect_fixture.hpp"

using namespace cc;
using testing::Story;

namespace {

// Runs the quote detector on one quote of one speaker told by two sources.
std::vector<Finding> compare(std::string_view first, std::string_view second) {
  Story story;
  auto s1 = story.source("a.txt", "“" + std::string(first) + "” she said.");
  auto s2 = story.source("b.txt", "“" + std::string(second) + "” she said.");
  story.quote(s1, "jane doe", first);
  story.quote(s2, "jane doe", second);
  story.run("quote");
  return story.analysis.findings;
}

}  // namespace

TEST_CASE("detect::quote grading") {
  struct Row {
    const char* first;
    const char* second;
    const char* rule;  // empty: no finding
  };
  // Seeds (000/001), ECB+ topic 1 (Tara Reid's rep) and our own stories.
  const Row rows[] = {
      {"All the details have to be hammered out.", "All the details have to be hammered out", ""},
      {"Putin cannot get enough champagne", "Putin can't get enough champagne", ""},
      {"my expectations were not just met", "my expectations weren't just met", ""},
      {"We appreciate your respect to her and her family's privacy at this time",
       "We appreciate your respect to her and her family's privacy", ""},  // a cut
      {"a long-term plan for the city", "a long term plan for the city", ""},
      // One half of a quote split around its attribution, whose words repeat ("I have"):
      // a cut, not words removed from the middle (two stories of our own).
      {"I have farmed here for 40 years, and I have never seen the river rise so quickly",
       "I have never seen the river rise so quickly", ""},
      {"We are safe and we are all going home, and we are grateful to the Navy",
       "we are all going home, and we are grateful", ""},
      // ECB+ topics 9 and 39: an ordinal in words or figures is one wording.
      {"By rolling back this 11th hour regulation, we are ensuring",
       "By rolling back this eleventh-hour regulation, we are ensuring", ""},
      {"the challenge of becoming the 12th Doctor", "the challenge of becoming the Twelfth Doctor",
       ""},
      {"I began the arrangements for a meeting", "I started the arrangements for a meeting",
       "divergence.quote-synonym"},
      {"I don't want to hide the fact", "I don't want to conceal the fact",
       "divergence.quote-synonym"},
      {"All the details have to be hammered out.", "All the main points must be hammered out.",
       "divergence.quote"},
      {"We will support the plan for the harbour", "We will not support the plan for the harbour",
       "contradiction.quote-negation"},
      {"The new ceasefire is necessary for peace", "The new ceasefire is unnecessary for peace",
       "contradiction.quote-antonym"},
      {"Prices will increase next year, the board expects",
       "Prices will decrease next year, the board expects", "contradiction.quote-antonym"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.first);
    CAPTURE(row.second);
    auto findings = compare(row.first, row.second);
    if (std::string_view(row.rule).empty()) {
      CHECK(findings.empty());
      continue;
    }
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == row.rule);
    CHECK(findings[0].level == (std::string_view(row.rule).starts_with("contradiction")
                                    ? Level::Contradiction
                                    : Level::Divergence));
    // The diff shows every word of both quotes once (contraction pieces once).
    std::string diff;
    for (const auto& token : findings[0].diff) {
      if (token.op != DiffToken::Op::Insert) diff += token.text + " ";
    }
    CHECK(diff.size() > 0);
    size_t inserted = 0;
    for (const auto& token : findings[0].diff) inserted += token.op == DiffToken::Op::Insert;
    CHECK(inserted >= 1);
  }
}

TEST_CASE("detect::quote misquote of a fragment, highlighted and diffed") {
  // Seeds 000/001: Trump called a ceasefire "unnecessary" / "pointless".
  Story story;
  auto s1 = story.source("000.txt",
                         "During Monday’s Oval Office meeting with Zelenskyy, Trump called a "
                         "ceasefire “unnecessary.”");
  auto s2 = story.source("001.txt",
                         "Trump stated in Monday’s Oval Workplace assembly with Zelenskyy that a "
                         "ceasefire between Russia and Ukraine was “pointless.”");
  story.quote(s1, "donald trump", "unnecessary.", "call");
  story.quote(s2, "donald trump", "pointless.", "state");
  story.run("quote");
  REQUIRE(story.analysis.findings.size() == 1);
  const Finding& f = story.analysis.findings[0];
  CHECK(f.rule == "divergence.quote");
  CHECK(f.summary.find("“unnecessary” → “pointless”") != std::string::npos);
  REQUIRE(f.evidence[0].highlights.size() == 1);
  CHECK(story.analysis.documents[s1].slice(f.evidence[0].highlights[0]) == "unnecessary");
  // Words at the same offset of their own quote are still both shown.
  REQUIRE(f.diff.size() == 2);
  CHECK(f.diff[0].text == "unnecessary");
  CHECK(f.diff[1].text == "pointless");
  // In the facts matrix the first source states the quote, the second diverges from it.
  REQUIRE(story.analysis.facts.size() == 1);
  CHECK(story.analysis.facts[0].stands == std::vector<Stand>{Stand::States, Stand::Diverges});
}

TEST_CASE("detect::quote one finding per source quoting the way fewer sources do") {
  // A minister on a bridge and a party leader on a vote: a quote reworded in one source
  // against three that give it alike is one finding with four pieces of evidence, the
  // reworded one first.
  const std::string spring =
      "“The bridge will reopen to traffic in the spring,” Transport Minister Ewa Nowak said.";
  const std::string summer =
      "“The bridge will reopen to traffic in the summer,” Transport Minister Ewa Nowak said.";
  Analysis analysis = testing::pipeline_analysis({spring, summer, spring, spring});
  auto found = testing::findings_of(analysis, "quote");
  REQUIRE(found.size() == 1);
  REQUIRE(found[0]->evidence.size() == 4);
  CHECK(analysis.claims[found[0]->evidence[0].claim].source == 1);
  CHECK(found[0]->summary.find("“summer” → “spring”") != std::string::npos);
  CHECK(found[0]->explanation.find("s3 and s4 quote it as s1 does.") != std::string::npos);
  // Each further source's own words are marked.
  for (const Evidence& evidence : found[0]->evidence) CHECK(evidence.highlights.size() == 1);
  // Two sources each way: one finding per source quoting the way the earliest source does.
  const std::string lost =
      "“We did not lose the vote, we lost the argument,” party leader Ivo Marsh said.";
  const std::string won =
      "“We did lose the vote, we lost the argument,” party leader Ivo Marsh said.";
  auto vote = testing::pipeline_findings("quote", {lost, won, lost, won});
  REQUIRE(vote.size() == 2);
  for (const Finding& finding : vote) {
    CHECK(finding.level == Level::Contradiction);
    CHECK(finding.evidence.size() == 3);
  }
}

TEST_CASE("detect::quote a joined quote that leaves out the end of its first piece is a cut") {
  // A flood rescue and a trade minister (our own stories): "A, and B," he said. "C" quoted
  // as "A," he said. "C" drops a clause where the second piece starts: a cut.
  CHECK(testing::pipeline_findings(
            "quote",
            "\"The first hour decides everything in a flood, and our crews were on the water in "
            "under forty minutes,\" Rossi said. \"That is why the village is safe.\"",
            "\"The first hour decides everything in a flood,\" Rossi said. \"That is why the "
            "village is safe.\"")
            .empty());
  CHECK(testing::pipeline_findings(
            "quote",
            "\"Tariffs hurt everyone, and our exporters lost three markets in a year,\" Okafor "
            "said. \"We will not repeat that mistake.\"",
            "\"Tariffs hurt everyone,\" Okafor said. \"We will not repeat that mistake.\"")
            .empty());
  // A word changed inside the first piece is still a change.
  CHECK(testing::pipeline_findings(
            "quote",
            "\"Tariffs hurt everyone, and our exporters lost three markets in a year,\" Okafor "
            "said. \"We will not repeat that mistake.\"",
            "\"Tariffs hurt everyone, and our farmers lost three markets in a year,\" Okafor "
            "said. \"We will not repeat that mistake.\"")
            .size() == 1);
}
