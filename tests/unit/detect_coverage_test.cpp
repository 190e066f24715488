#include <doctest/doctest.h>

#include "detect_fixture.hpp"

using namespace cc;
using testing::Story;

TEST_CASE("detect::coverage a statement only one source reports") {
  // Seeds 000/002: Trump quoted on the ceasefire in both; on territory in one only.
  Story story;
  auto s1 = story.source("000.txt",
                         "Trump told reporters that “all of us would obviously prefer the "
                         "immediate ceasefire while we work on a lasting peace.”");
  auto s2 = story.source("002.txt",
                         "Trump told reporters that “all of us would obviously prefer the "
                         "immediate ceasefire while we work on a lasting peace.”\n"
                         "“We also need to discuss the possible exchanges of territory,” he said.\n"
                         "“Peace agreement,” one aide wrote.");
  auto s3 = story.source("ecb.txt",
                         "“We appreciate your respect to her family's privacy,” the rep said.");
  story.quote(
      s1, "donald trump",
      "all of us would obviously prefer the immediate ceasefire while we work on a lasting peace.");
  story.quote(
      s2, "donald trump",
      "all of us would obviously prefer the immediate ceasefire while we work on a lasting peace.");
  story.quote(s2, "donald trump", "We also need to discuss the possible exchanges of territory,");
  story.quote(s2, "", "Peace agreement,");
  story.quote(s3, "jack ketsoyan", "We appreciate your respect to her family's privacy,");
  story.run();
  auto found = story.findings("coverage");
  // The territory quote: s1 quotes Trump too but not this. The rep's statement: nobody
  // else quotes the rep, so there is nothing to be silent about. Unattributed: not checkable.
  REQUIRE(found.size() == 1);
  CHECK(found[0]->level == Level::Note);
  CHECK(found[0]->summary.find("Only s2 reports") != std::string::npos);
  CHECK(found[0]->explanation.find("s1 covers") != std::string::npos);
  CHECK(found[0]->evidence.size() == 1);
  // The facts matrix: the shared quote is stated by s1 and s2, s3 is silent.
  const Fact& shared = story.analysis.facts.front();
  CHECK(shared.stands == std::vector<Stand>{Stand::States, Stand::States, Stand::Silent});
}

TEST_CASE("detect::coverage a quote another source prints is not exclusive") {
  // ECB+ topic 39: one source's quote was not extracted (no attribution in its sentence),
  // but its words are there.
  Story story;
  // Another source of the same story writes "lifelong" for the quote's "life-long".
  auto s1 = story.source("a.txt",
                         "“I can't wait to start this new adventure!” Coleman said.\n"
                         "“The scripts are wonderful,” Coleman said.\n"
                         "Capaldi called himself a “life-long Doctor Who fan” on Sunday.");
  auto s2 = story.source("b.txt",
                         "She tweeted: I can't wait to start this new adventure.\n"
                         "“It is a dream,” Coleman said.\n"
                         "The actor, a self-confessed lifelong Doctor Who fan, is the oldest to "
                         "play the part.\n"
                         "“I have not played him since I was nine,” Capaldi said.");
  story.quote(s1, "jenna coleman", "I can't wait to start this new adventure!");
  story.quote(s1, "jenna coleman", "The scripts are wonderful,");
  story.quote(s1, "peter capaldi", "life-long Doctor Who fan");
  story.quote(s2, "jenna coleman", "It is a dream,");
  story.quote(s2, "peter capaldi", "I have not played him since I was nine,");
  story.run("coverage");
  auto found = story.findings("coverage");
  // "The scripts are wonderful" is s1's alone; the adventure line is printed by s2 too, and
  // so is the "life-long Doctor Who fan". "It is a dream" is s2's alone.
  for (const Finding* f : found) {
    CHECK(f->summary.find("adventure") == std::string::npos);
    CHECK(f->summary.find("Doctor Who fan") == std::string::npos);
  }
  CHECK(std::count_if(found.begin(), found.end(), [](const Finding* f) {
          return f->summary.find("wonderful") != std::string::npos ||
                 f->summary.find("dream") != std::string::npos;
        }) == 2);
  CHECK(found.size() == 3);  // and "I have not played him since I was nine" is s2's alone
}

TEST_CASE("detect::coverage figures and events are not noted") {
  // Seeds 000 / 001: "roughly 20%" and "about one-fifth" are worded too far apart to be
  // aligned as one clause; ECB+ topic 28: an event told only one way. Neither is noted.
  Story story;
  auto s1 = story.source("a.txt",
                         "The coalition now counts 30 countries, officials said.\n"
                         "Felt joined the FBI in 1942.");
  auto s2 = story.source("b.txt",
                         "Officials said 31 nations have joined.\n"
                         "Felt worked for the FBI for three decades.");
  story.quantity(s1, "30 countries", "country", testing::number(30, 30, {}, 0, "30"));
  story.event(s1, "Felt joined the FBI", "mark felt", "meet", "the FBI", {"fbi", "mark felt"});
  story.quantity(s2, "31 nations", "nation", testing::number(31, 31, {}, 0, "31"));
  story.event(s2, "Felt worked for the FBI", "mark felt", "work", "for the FBI",
              {"fbi", "mark felt"});
  story.run("coverage");
  CHECK(story.findings("coverage").empty());
}

TEST_CASE("detect::coverage a quote another source tells in its own words is not exclusive") {
  // ECB+ topic 36: an attorney general's statement quoted in one source, reported in
  // another; topic 39: an actor's missed call. A different statement of the same speaker
  // ("I'm the guy they used to call Deep Throat" beside "I'm proud of everything that Deep
  // Throat did", topic 28) is still noted.
  Story story;
  auto s1 = story.source(
      "a.txt",
      "“I am pleased a prosecution will be proceeding, as it will provide legal clarity,” "
      "Oppal said in a statement.\n"
      "“I had my phone on silent so I missed the call,” Capaldi said.\n"
      "“I'm proud of everything that Deep Throat did,” Felt told CNN.");
  auto s2 = story.source(
      "b.txt",
      "He said he's pleased a prosecution will proceed, providing some clarity to whether the "
      "law will be upheld.\n"
      "Capaldi said he had his phone on silent when he received the call.\n"
      "“I'm the guy they used to call Deep Throat,” Felt told the magazine.\n"
      "“This has been a very complex issue,” Oppal said.\n"
      "“It is an incredible honour to be chosen,” Capaldi said.");
  story.quote(s1, "wally oppal",
              "I am pleased a prosecution will be proceeding, as it will provide legal clarity,");
  story.quote(s1, "peter capaldi", "I had my phone on silent so I missed the call,");
  story.quote(s1, "mark felt", "I'm proud of everything that Deep Throat did,");
  story
      .claim(s2, ClaimKind::ReportedSpeech,
             "he's pleased a prosecution will proceed, providing some clarity to whether the law "
             "will be upheld")
      .detail->speaker = "wally oppal";
  story.claim(s2, ClaimKind::ReportedSpeech, "he had his phone on silent when he received the call")
      .detail->speaker = "peter capaldi";
  story.quote(s2, "mark felt", "I'm the guy they used to call Deep Throat,");
  story.quote(s2, "wally oppal", "This has been a very complex issue,");
  story.quote(s2, "peter capaldi", "It is an incredible honour to be chosen,");
  for (Claim& claim : story.analysis.claims) {
    if (claim.kind == ClaimKind::ReportedSpeech) {
      claim.detail->object = std::string(story.analysis.documents[claim.source].slice(claim.span));
      claim.detail->subject = claim.detail->speaker;
      claim.detail->predicate = "say";
    }
  }
  story.run("coverage");
  auto found = story.findings("coverage");
  for (const Finding* f : found) {
    CHECK(f->summary.find("pleased") == std::string::npos);
    CHECK(f->summary.find("phone") == std::string::npos);
  }
  CHECK(std::any_of(found.begin(), found.end(), [](const Finding* f) {
    return f->summary.find("proud") != std::string::npos;
  }));
}
