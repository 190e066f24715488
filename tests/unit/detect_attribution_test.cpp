#include <doctest/doctest.h>

#include "detect_fixture.hpp"

using namespace cc;
using testing::Story;

TEST_CASE("detect::attribution the same words from two speakers") {
  // Seed 001 credits Kluge's post to Putin; ECB+ topic 1: the rep's statement.
  Story story;
  auto s1 = story.source("a.txt",
                         "“Europeans hype up expectations to create a reality in which Putin "
                         "disappoints,” Kluge wrote on X.\n"
                         "“We appreciate your respect to her and her family's privacy at this "
                         "time,” her rep Jack Ketsoyan told People.");
  auto s2 = story.source("b.txt",
                         "“Europeans hype up expectations to create a actuality wherein Putin "
                         "disappoints,” Putin wrote on X.\n"
                         "“We appreciate your respect to her and her family's privacy at this "
                         "time,” a friend told the magazine.");
  story
      .quote(s1, "janis kluge",
             "Europeans hype up expectations to create a reality in which Putin disappoints,",
             "write")
      .speaker_text = "Kluge";
  story.quote(s1, "jack ketsoyan",
              "We appreciate your respect to her and her family's privacy at this time,", "tell");
  story
      .quote(s2, "vladimir putin",
             "Europeans hype up expectations to create a actuality wherein Putin disappoints,",
             "write")
      .speaker_text = "Putin";
  story.quote(s2, "", "We appreciate your respect to her and her family's privacy at this time,",
              "tell");
  story.run();
  auto found = story.findings("attribution");
  REQUIRE(found.size() == 1);  // an unnamed speaker is an omission, not a second speaker
  CHECK(found[0]->level == Level::Divergence);
  CHECK(found[0]->summary.find("janis kluge") != std::string::npos);
  CHECK(found[0]->summary.find("vladimir putin") != std::string::npos);
  CHECK(found[0]->evidence[1].highlights.size() == 1);
  CHECK(story.findings("quote").empty());  // different speakers: not a misquote
}

TEST_CASE("detect::attribution short shared phrases are not attributions") {
  Story story;
  auto s1 = story.source("a.txt", "Trump promised “coordination”.");
  auto s2 = story.source("b.txt", "Macron called for “coordination”.");
  story.quote(s1, "donald trump", "coordination");
  story.quote(s2, "emmanuel macron", "coordination");
  story.run();
  CHECK(story.findings("attribution").empty());
  CHECK(story.analysis.links.empty());
}
