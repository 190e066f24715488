#include <doctest/doctest.h>

#include "detect_fixture.hpp"

using namespace cc;
using testing::number;
using testing::Story;

TEST_CASE("detect::numeric consistent figures are not flagged") {
  // Seeds 000 and 001: "roughly 20% of Ukraine's land" / "about one-fifth of Ukraine";
  // "a coalition of 30 countries" in both.
  Story story;
  auto s1 = story.source(
      "000.txt",
      "Moscow continues to occupy Crimea and portions of six other regions, accounting for roughly "
      "20% of Ukraine’s land.\n"
      "Currently, a coalition of 30 countries has signed on to support the initiative.");
  auto s2 = story.source("001.txt",
                         "Moscow’s forces also hold Crimea as well as parts of six other regions — "
                         "all adding up to about one-fifth of Ukraine.\n"
                         "A coalition of 30 countries, together with European nations, Japan and "
                         "Australia, have signed up to support the initiative.");
  story.quantity(s1, "roughly 20% of Ukraine’s land", "land",
                 number(20, 20, "percent", 0.1, "roughly 20%"), {"ukraine"});
  story.quantity(s1, "a coalition of 30 countries", "countries", number(30, 30, {}, 0, "30"));
  story.quantity(s2, "about one-fifth of Ukraine", "",
                 number(0.2, 0.2, "fraction", 0.1, "about one-fifth"), {"ukraine"});
  story.quantity(s2, "A coalition of 30 countries", "countries", number(30, 30, {}, 0, "30"));
  story.run();
  CHECK(story.linked(0, 2));
  CHECK(story.linked(1, 3));
  CHECK(story.analysis.findings.empty());
}

TEST_CASE("detect::numeric disjoint figures for one quantity") {
  // ECB+ topic 37-style quake report in two sources.
  Story story;
  auto s1 = story.source("a.txt",
                         "The earthquake killed 12 people in Aceh province.\n"
                         "The stolen jewels were worth $5.2 million.");
  auto s2 = story.source("b.txt",
                         "The earthquake killed 21 people in Aceh province.\n"
                         "The stolen jewels were worth $5.4 million.");
  story.quantity(s1, "killed 12 people", "people", number(12, 12, {}, 0, "12"), {"aceh"})
      .predicate_class = "kill";
  story.quantity(s1, "worth $5.2 million", "jewels",
                 number(5.2e6, 5.2e6, "usd", 0, "$5.2 million"));
  story.quantity(s2, "killed 21 people", "people", number(21, 21, {}, 0, "21"), {"aceh"})
      .predicate_class = "kill";
  story.quantity(s2, "worth $5.4 million", "jewels",
                 number(5.4e6, 5.4e6, "usd", 0, "$5.4 million"));
  story.run();
  auto found = story.findings("numeric");
  REQUIRE(found.size() == 2);
  // 12 vs 21 dead cannot both be true; $5.2m vs $5.4m are a few percent apart.
  const Finding* deaths = found[0]->summary.find("12") != std::string::npos ? found[0] : found[1];
  const Finding* worth = deaths == found[0] ? found[1] : found[0];
  CHECK(deaths->level == Level::Contradiction);
  CHECK(worth->level == Level::Divergence);
  CHECK(worth->rule == "divergence.numeric");
  CHECK(deaths->evidence[0].highlights.size() == 1);
}

TEST_CASE("detect::numeric a later figure that moves the way counts move is an update") {
  Story story;
  auto s1 = story.source("monday.txt", "At least 9 people were killed in the floods.");
  auto s2 = story.source("tuesday.txt", "The death toll rose to 14, officials said.");
  auto s3 = story.source("wednesday.txt", "The death toll fell to 20, officials said.");
  story.analysis.documents[s1].published = Date{2024, 5, 6};
  story.analysis.documents[s2].published = Date{2024, 5, 7};
  story.analysis.documents[s3].published = Date{2024, 5, 8};
  story.quantity(s1, "At least 9 people were killed", "dead", number(9, 9, {}, 0, "at least 9"));
  story.quantity(s2, "The death toll rose to 14", "dead", number(14, 14, {}, 0, "14")).trend = "up";
  story.quantity(s3, "The death toll fell to 20", "dead", number(20, 20, {}, 0, "20")).trend =
      "down";
  story.run("numeric");
  auto found = story.findings("numeric");
  // 9 -> 14 (rose) and 9 -> 20 / 14 -> 20 (a count of the dead only grows) are updates;
  // but s3 says the toll *fell* to 20, above both earlier figures.
  REQUIRE(found.size() == 2);
  for (const Finding* f : found) {
    CHECK(f->level == Level::Contradiction);
    CHECK(f->explanation.find("going down") != std::string::npos);
  }
}

TEST_CASE("detect::numeric no finding for different things, hedges, or figures on two days") {
  Story story;
  auto s1 = story.source("a.txt",
                         "The coalition has 30 countries.\n"
                         "Officials said the toll could reach 500.");
  auto s2 = story.source("b.txt",
                         "The force would include 12 brigades.\n"
                         "Officials said 120 people were killed.");
  story.quantity(s1, "30 countries", "countries", number(30, 30));
  story.quantity(s1, "the toll could reach 500", "dead", number(500, 500)).modality =
      Modality::Hedged;
  story.quantity(s2, "12 brigades", "brigades", number(12, 12));
  story.quantity(s2, "120 people were killed", "dead", number(120, 120));
  story.run();
  CHECK(story.findings("numeric").empty());

  // A count reported on two days with no direction: a divergence that says so.
  Story days;
  auto d1 = days.source("a.txt", "The coalition has 30 countries.");
  auto d2 = days.source("b.txt", "The coalition now has 31 countries.");
  days.analysis.documents[d1].published = Date{2024, 5, 6};
  days.analysis.documents[d2].published = Date{2024, 5, 9};
  days.quantity(d1, "30 countries", "countries", number(30, 30, {}, 0, "30"));
  days.quantity(d2, "31 countries", "countries", number(31, 31, {}, 0, "31"));
  days.run();
  auto found = days.findings("numeric");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->level == Level::Divergence);
  CHECK(found[0]->explanation.find("may be an update") != std::string::npos);
}

TEST_CASE("detect::numeric without dates a reported change reads as the update") {
  Story story;
  auto s1 = story.source("a.txt", "The earthquake killed 12 people, officials said.");
  auto s2 = story.source("b.txt", "The death toll rose to 25 on Wednesday.");
  auto s3 = story.source("c.txt", "The death toll fell to 8 after a recount.");
  auto s4 = story.source("d.txt", "The death toll rose to 5 as rescuers reached the valley.");
  story.quantity(s1, "killed 12 people", "dead", number(12, 12, {}, 0, "12"));
  story.quantity(s2, "The death toll rose to 25", "dead", number(25, 25, {}, 0, "25")).trend = "up";
  story.quantity(s3, "The death toll fell to 8", "dead", number(8, 8, {}, 0, "8")).trend = "down";
  story.quantity(s4, "The death toll rose to 5", "dead", number(5, 5, {}, 0, "5")).trend = "up";
  story.run("numeric");
  // 12 then "rose to 25", 12 then "fell to 8": updates. Two reported changes: some order
  // explains them. But "rose to 5" cannot follow 12.
  auto found = story.findings("numeric");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->summary.find("12") != std::string::npos);
  CHECK(found[0]->summary.find("5") != std::string::npos);
}
