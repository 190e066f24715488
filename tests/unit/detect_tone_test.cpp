#include <doctest/doctest.h>

#include "detect/tone.hpp"
#include "detect_fixture.hpp"

using namespace cc;
using testing::Story;

TEST_CASE("detect::tone mentions skip contrasts, negations and earlier occurrences") {
  detect::ToneDetector tone(testing::builtin_rules());
  Story story;
  auto s = story.source(
      "a.txt",
      "In what was a much smoother encounter than their first meeting, Trump welcomed Zelenskyy.\n"
      "Unlike the tense and awkward session in February, the atmosphere was friendlier.\n"
      "The meeting went off easily, in sharp distinction to their disastrous encounter in "
      "February.\n"
      "The talks were not tense at all.\n"
      "The tense standoff over the harbour continued.");
  const Document& doc = story.analysis.documents[s];
  auto words = [&](uint32_t sentence) {
    std::vector<std::string> out;
    for (const auto& m : tone.mentions(doc, sentence))
      out.push_back(m.word + (m.side > 0 ? "+" : "-"));
    return out;
  };
  CHECK(words(0) == std::vector<std::string>{"smoother+"});
  CHECK(words(1) == std::vector<std::string>{"friendlier+"});
  CHECK(words(2) == std::vector<std::string>{"easily+"});
  CHECK(words(3).empty());  // negated
  CHECK(words(4).empty());  // "standoff" is no event noun of the table
}

TEST_CASE("detect::tone opposite characterisations of one meeting") {
  // Seeds 000 and 002: a "smoother", "friendlier" encounter vs a "dramatic", "tense" meeting.
  Story story;
  auto s1 = story.source("000.txt",
                         "In what was a much smoother encounter than their first meeting, Trump "
                         "welcomed Zelenskyy to the Oval Office on Monday.");
  auto s2 = story.source("002.txt",
                         "In a dramatic and at times tense meeting at the White House, Trump today "
                         "urged Zelensky to begin direct negotiations with Putin.");
  auto s3 =
      story.source("other.txt", "A calm protest outside the embassy ended at noon, police said.");
  story.event(s1, "Trump welcomed Zelenskyy to the Oval Office on Monday", "donald trump",
              "welcome", "Zelenskyy to the Oval Office", {"volodymyr zelenskyy"});
  story.event(s2, "Trump today urged Zelensky to begin direct negotiations with Putin",
              "donald trump", "urge", "Zelensky to begin direct negotiations with Putin",
              {"vladimir putin", "volodymyr zelenskyy"});
  story.event(s3, "A calm protest outside the embassy ended at noon", "protest", "end", "at noon");
  story.run("tone");
  auto found = story.findings("tone");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->level == Level::Divergence);
  CHECK(found[0]->summary == "s1 calls the meeting “smoother”; s2 calls it “dramatic”, “tense”");
  CHECK(found[0]->evidence[1].highlights.size() == 2);
}

TEST_CASE("detect::tone another story: a protest, and two different events") {
  Story story;
  auto s1 =
      story.source("a.txt",
                   "Police said the protest in Athens was calm as marchers reached parliament.\n"
                   "The match in Madrid was friendly.");
  auto s2 = story.source(
      "b.txt",
      "Police said the protest in Athens turned chaotic as marchers reached parliament.\n"
      "The match in Lisbon was heated.");
  story.event(s1, "the protest in Athens was calm as marchers reached parliament", "marchers",
              "reach", "parliament", {"athens", "parliament"});
  story.event(s1, "The match in Madrid was friendly", "match", "be", "friendly", {"madrid"});
  story.event(s2, "the protest in Athens turned chaotic as marchers reached parliament", "marchers",
              "reach", "parliament", {"athens", "parliament"});
  story.event(s2, "The match in Lisbon was heated", "match", "be", "heated", {"lisbon"});
  story.run("tone");
  auto found = story.findings("tone");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->summary.find("protest") != std::string::npos);
}
