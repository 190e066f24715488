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
      .detail->speaker_text = "Kluge";
  story.quote(s1, "jack ketsoyan",
              "We appreciate your respect to her and her family's privacy at this time,", "tell");
  story
      .quote(s2, "vladimir putin",
             "Europeans hype up expectations to create a actuality wherein Putin disappoints,",
             "write")
      .detail->speaker_text = "Putin";
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

TEST_CASE("detect::attribution a sentence naming both speakers is one person read two ways") {
  // The speaker resolver may take "Harbour Authority" for the speaker of "Harbour Authority
  // head Mina Okafor said: ..."; the other source names Okafor herself.
  Story story;
  auto s1 = story.source("a.txt",
                         "Mina Okafor, the head of the Harbour Authority, said: “Work can begin in "
                         "the spring if the ministry signs off.”");
  auto s2 = story.source("b.txt",
                         "Harbour Authority head Mina Okafor said: “Work can begin in the spring "
                         "if the ministry signs off.”");
  story.quote(s1, "mina okafor", "Work can begin in the spring if the ministry signs off.");
  story.quote(s2, "harbour authority", "Work can begin in the spring if the ministry signs off.");
  story.analysis.entities = {
      Entity{"harbour authority", "Harbour Authority", EntityType::Person, {}},
      Entity{"mina okafor", "Mina Okafor", EntityType::Person, {}}};
  story.run();
  CHECK(story.linked(0, 1));
  CHECK(story.findings("attribution").empty());
}

TEST_CASE("detect::attribution a speaker named in another spelling of the name") {
  // Our own stories: a bridge and a cup final. The entity holds both spellings; each
  // source's attribution names its speaker in its own.
  Story story;
  auto s1 = story.source("a.txt",
                         "“The bridge will reopen to traffic early next month,” Helena "
                         "Markwardt said.\n"
                         "“Our players gave everything they had in the final tonight,” Ruud "
                         "Jansen said.");
  auto s2 = story.source("b.txt",
                         "“The bridge will reopen to traffic early next month,” Pieter Dijkstra "
                         "said.\n"
                         "“Our players gave everything they had in the final tonight,” Kees "
                         "Vermeer said.");
  story.quote(s1, "helena marquardt", "The bridge will reopen to traffic early next month,")
      .detail->speaker_text = "Helena Markwardt";
  story.quote(s1, "ruud janssen", "Our players gave everything they had in the final tonight,")
      .detail->speaker_text = "Ruud Jansen";
  story.quote(s2, "pieter dijkstra", "The bridge will reopen to traffic early next month,")
      .detail->speaker_text = "Pieter Dijkstra";
  story.quote(s2, "kees vermeer", "Our players gave everything they had in the final tonight,")
      .detail->speaker_text = "Kees Vermeer";
  story.analysis.entities = {
      Entity{"helena marquardt",
             "Helena Marquardt",
             EntityType::Person,
             {"Helena Markwardt", "Helena Marquardt"}},
      Entity{"kees vermeer", "Kees Vermeer", EntityType::Person, {"Kees Vermeer"}},
      Entity{"pieter dijkstra", "Pieter Dijkstra", EntityType::Person, {"Pieter Dijkstra"}},
      Entity{"ruud janssen", "Ruud Janssen", EntityType::Person, {"Ruud Janssen", "Ruud Jansen"}}};
  story.run();
  CHECK(story.findings("attribution").size() == 2);
}
