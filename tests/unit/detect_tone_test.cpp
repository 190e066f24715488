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
  story.entity("donald trump", EntityType::Person, {"Trump"});
  story.entity("volodymyr zelenskyy", EntityType::Person, {"Zelensky", "Zelenskyy"});
  story.entity("vladimir putin", EntityType::Person, {"Putin"});
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
  auto s2 =
      story.source("b.txt",
                   "Police said the protest in Athens was chaotic as marchers reached parliament.\n"
                   "The match in Lisbon was heated.");
  story.event(s1, "the protest in Athens was calm as marchers reached parliament", "marchers",
              "reach", "parliament", {"athens", "parliament"});
  story.event(s1, "The match in Madrid was friendly", "match", "be", "friendly", {"madrid"});
  story.event(s2, "the protest in Athens was chaotic as marchers reached parliament", "marchers",
              "reach", "parliament", {"athens", "parliament"});
  story.event(s2, "The match in Lisbon was heated", "match", "be", "heated", {"lisbon"});
  story.run("tone");
  auto found = story.findings("tone");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->summary.find("protest") != std::string::npos);
}

TEST_CASE("detect::tone mentions: changes of tone, planned events, the last of a series, mood") {
  // ECB+ sentences (the Brooklyn vigil for Kimani Gray) and one of our own.
  detect::ToneDetector tone(testing::builtin_rules());
  Story story;
  auto s = story.source("a.txt",
                        "A candle light vigil turned violent Monday night in East Flatbush, "
                        "Brooklyn.\n"
                        "Police struggled to control a hostile crowd that broke away from a "
                        "planned peaceful vigil for Kimani Gray.\n"
                        "The union and the port operator said the last round of talks had been "
                        "cordial.\n"
                        "The mayor spoke at a sombre ceremony in the harbour.");
  const Document& doc = story.analysis.documents[s];
  auto mentions = [&](uint32_t sentence) { return tone.mentions(doc, sentence); };
  CHECK(mentions(0).empty());  // "turned violent": a change, not the whole vigil
  auto planned = mentions(1);  // "hostile crowd" counts; the "planned peaceful vigil" not
  REQUIRE(planned.size() == 1);
  CHECK(planned[0].word == "hostile");
  auto last = mentions(2);
  REQUIRE(last.size() == 1);
  CHECK(last[0].noun == "talks");
  CHECK(last[0].qualifier == "last");
  auto mood = mentions(3);
  REQUIRE(mood.size() == 1);
  CHECK(mood[0].axis == 1);
  CHECK(mood[0].side < 0);
}

TEST_CASE("detect::tone the same event: one noun, shared participants, one day") {
  // Our own story: a council hearing on a bridge closure and a rally outside.
  Story story;
  story.entity("maria costa", EntityType::Person, {"Maria Costa"});
  story.entity("jon berg", EntityType::Person, {"Jon Berg"});
  auto s1 = story.source("a.txt",
                         "The hearing on the bridge closure was orderly, a clerk said on Monday.\n"
                         "Maria Costa chaired a cordial session with residents.\n"
                         "The rally was peaceful, with about 200 people.\n"
                         "Its final session was calm.\n"
                         "The ceremony was sombre.");
  auto s2 = story.source("b.txt",
                         "The hearing on the bridge closure was chaotic, a clerk said on Tuesday.\n"
                         "Jon Berg chaired a heated session with residents.\n"
                         "The rally was tense and at moments unruly, with about 200 people.\n"
                         "The ceremony was calm, the tone upbeat.\n"
                         "The crowd was mostly calm, but the rally later grew tense.");
  story.event(s1, "The hearing on the bridge closure was orderly", "hearing", "be", "orderly");
  story.event(s2, "The hearing on the bridge closure was chaotic", "hearing", "be", "chaotic");
  auto weekday = [](std::string day) {
    Value value;
    value.kind = Value::Kind::Text;
    value.text = "weekday:" + day;
    return value;
  };
  story.claim(s1, ClaimKind::Time, "a clerk said on Monday").detail->time = weekday("monday");
  story.claim(s2, ClaimKind::Time, "a clerk said on Tuesday").detail->time = weekday("tuesday");
  story.event(s1, "Maria Costa chaired a cordial session", "maria costa", "chair", "session",
              {"maria costa"});
  story.event(s2, "Jon Berg chaired a heated session", "jon berg", "chair", "session",
              {"jon berg"});
  story.event(s1, "The rally was peaceful", "rally", "be", "peaceful");
  story.event(s2, "The rally was tense and at moments unruly", "rally", "be", "tense");
  story.event(s1, "Its final session was calm", "session", "be", "calm");
  story.event(s1, "The ceremony was sombre", "ceremony", "be", "sombre");
  story.event(s2, "The ceremony was calm, the tone upbeat", "ceremony", "be", "calm");
  story.event(s2, "The crowd was mostly calm", "crowd", "be", "calm");
  story.run("tone");
  auto found = story.findings("tone");
  // Only the rally: the hearings are on different days, the sessions chaired by different
  // people ("its final session" is the last of a series, the heated one not), "sombre" and
  // "calm" lie on different axes, and the rally that "later grew tense" tells a change.
  REQUIRE(found.size() == 1);
  CHECK(found[0]->summary == "s1 calls the rally “peaceful”; s2 calls it “tense”, “unruly”");
  CHECK(found[0]->explanation.find("both speak of the rally") != std::string::npos);
}

TEST_CASE("detect::tone two nouns of a class, each source's only event of it") {
  // "the march" / "the protest" and "the talks" / "the session", named by no one, in
  // claims that do not align: each source speaks of one such event only (a nurses' march
  // and trade talks, our own).
  auto march = testing::pipeline_findings("tone", "Organisers said the march was peaceful.",
                                          "Police described the protest as rowdy, with flares.");
  REQUIRE(march.size() == 1);
  CHECK(march[0].explanation.find("each speaks of one protest only") != std::string::npos);
  auto talks = testing::pipeline_findings("tone", "The ministry said the talks were cordial.",
                                          "Fishermen described the session as tense.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].explanation.find("each speaks of one meeting only") != std::string::npos);
  // Another march in the same source ("a previous march") is another event.
  CHECK(testing::pipeline_findings(
            "tone", "Organisers said the march was peaceful. A previous march ended in arrests.",
            "Police described the protest as rowdy, with flares.")
            .empty());
}

TEST_CASE("detect::tone adverbs of manner and a march") {
  // "passed off calmly", "ended amicably" (a town-hall meeting and trade talks, our own);
  // "the march" is a protest (a farmers' march, our own).
  CHECK(testing::pipeline_findings("tone", "Officials said the meeting passed off calmly.",
                                   "Residents said the meeting was heated.")
            .size() == 1);
  CHECK(testing::pipeline_findings("tone", "A diplomat said the talks ended amicably.",
                                   "A diplomat said the talks were acrimonious.")
            .size() == 1);
  CHECK(testing::pipeline_findings("tone", "Police said the farmers' march was peaceful.",
                                   "Police said the farmers' march was unruly.")
            .size() == 1);
}

TEST_CASE("detect::tone a quiet or noisy crowd, the mood of a gathering") {
  // A courthouse crowd and a union's headquarters of our own: "quietly" / "noisy" on the
  // calm | tense axis, "mood" a noun of the meeting class like "atmosphere".
  CHECK(testing::pipeline_findings("tone",
                                   "On Monday a small crowd stood quietly outside the courthouse.",
                                   "On Monday a noisy crowd gathered outside the courthouse.")
            .size() == 1);
  CHECK(testing::pipeline_findings("tone",
                                   "The mood at the union's headquarters was relaxed on Tuesday.",
                                   "The mood at the union's headquarters was tense on Tuesday.")
            .size() == 1);
}

TEST_CASE("detect::tone scenes: two sentences that tell one scene in other words") {
  using testing::pipeline_findings;
  // A shelter of our own: no event noun ("food line", "sports hall"), one scene.
  auto shelter = pipeline_findings(
      "tone",
      "Inside the sports hall in Tartu that serves as a shelter, volunteers kept the food line "
      "orderly on Saturday and families waited calmly for hot soup.",
      "The food line in the Tartu sports hall used as a shelter was chaotic on Saturday, and "
      "volunteers struggled as families pushed toward the hot soup.");
  REQUIRE(shelter.size() == 1);
  CHECK(shelter[0].level == Level::Divergence);
  CHECK(std::string(shelter[0].summary).find("“chaotic”") != std::string::npos);
  CHECK(shelter[0].evidence[0].highlights.size() == 2);  // "orderly", "calmly"
  // A court of our own.
  auto court = pipeline_findings(
      "tone",
      "Supporters of the mayor sat quietly in the public gallery of the Ghent court on Monday "
      "as the verdict was read.",
      "Furious supporters of the mayor shouted at the judges from the public gallery of the "
      "Ghent court on Monday as the verdict was read.");
  CHECK(court.size() == 1);
}

TEST_CASE("detect::tone scenes: a moment after another event, two crowds named apart") {
  using testing::pipeline_findings;
  // ECB+ topic 23 (riots in Athens): the calm of a day after the riots is no tone of them.
  CHECK(pipeline_findings("tone",
                          "The teenager was shot and killed by police in Athens eight days ago, "
                          "triggering violent protests which have spread across the country.",
                          "Athens was calm Sunday after eight days of the worst riots Greece has "
                          "seen in decades, sparked by the police killing of a teenager.")
            .empty());
  // Our own: two sets of fans.
  CHECK(pipeline_findings("tone",
                          "Fans of Ajax waited quietly outside the stadium gates on Sunday before "
                          "the match.",
                          "Fans of Feyenoord were rowdy outside the stadium gates on Sunday before "
                          "the match.")
            .empty());
}

TEST_CASE("detect::tone a session, a debate or a march with no other claim can be cited") {
  // A council budget vote and a pension march (our own stories): "The session was rowdy"
  // holds no event but the session itself, an occurrence the finding cites.
  CHECK(testing::pipeline_findings("tone",
                                   "The session was rowdy, and the speaker suspended it twice.",
                                   "The session was calm and orderly.")
            .size() == 1);
  CHECK(testing::pipeline_findings("tone", "The march was peaceful from start to finish.",
                                   "The march was violent from start to finish.")
            .size() == 1);
}

TEST_CASE("detect::tone a protest, a rally or a picket is an event to cite; mixed accounts") {
  // A dockers' picket and a farmers' rally (our own stories): "the picket was peaceful"
  // holds the protest as an event of its own.
  CHECK(testing::pipeline_findings("tone",
                                   "The picket outside the depot gates in Hull was peaceful.",
                                   "The mood at the picket outside the depot gates in Hull was "
                                   "hostile, with angry dockers jeering.")
            .size() == 1);
  CHECK(testing::pipeline_findings("tone", "The farmers' rally in the town square was calm.",
                                   "The farmers' rally in the town square was violent.")
            .size() == 1);
  // A sentence with both tones on one axis sets itself against neither (ECB+ topic 8: the
  // Athens protests "largely peaceful, though still angry").
  CHECK(testing::pipeline_findings(
            "tone",
            "On Saturday, the one-week anniversary of the shooting, the protests were largely "
            "peaceful, though still angry.",
            "The teenager was shot and killed by police eight days ago, triggering violent "
            "protests which have spread across the country.")
            .empty());
}

TEST_CASE("detect::tone scenes: each source's only account of the mood, in few shared words") {
  using testing::pipeline_findings;
  // A ferry terminal evacuated in a fire alarm (our own story): each source describes the
  // terminal's mood once, in sentences sharing only "terminal" and "passengers".
  std::string calm_terminal =
      "A fire alarm sounded at the Rostock ferry terminal at 6 a.m. on Tuesday.\n"
      "Inside the terminal some 300 passengers stayed calm, filing out past the ticket desks.\n"
      "The alarm was false, the port authority said later.";
  std::string tense_terminal =
      "Rostock's port authority said a false alarm emptied its ferry terminal early on "
      "Tuesday.\n"
      "Frantic passengers pushed toward the exits of the terminal, witnesses said.\n"
      "Sailings to Trelleborg left an hour late.";
  auto terminal = pipeline_findings("tone", calm_terminal, tense_terminal);
  REQUIRE(terminal.size() == 1);
  CHECK(std::string(terminal[0].explanation).find("only sentences") != std::string::npos);
  // A budget vote in a regional assembly (another story of our own): "rowdy" / "calm".
  auto assembly = pipeline_findings(
      "tone",
      "The Carinthian assembly passed the budget on Thursday by 19 votes to 17.\n"
      "The sitting was rowdy, and 12 members were warned for banging their desks.",
      "Carinthia's regional parliament approved next year's budget on Thursday.\n"
      "Members spent four hours on it, and the sitting stayed calm throughout.");
  CHECK(assembly.size() == 1);
  // A second account of the mood in one source: the scenes route alone decides.
  CHECK(pipeline_findings("tone", calm_terminal + "\nLater the crowd at the quay was calm too.",
                          tense_terminal + "\nBy noon the quay was tense as sailings slipped.")
            .empty());
}

TEST_CASE("detect::tone scenes: manner adverbs and a period's character are no scene's mood") {
  using testing::pipeline_findings;
  // A boxing story of our own: "easily" tells how the fight was won, "bruising" a round.
  CHECK(pipeline_findings("tone",
                          "Dmitri Volkov easily beat the challenger from Ghana in the ninth round "
                          "in Riga on Saturday.",
                          "Volkov survived a bruising third round, his trainer told 12 reporters "
                          "later.")
            .empty());
  // A volcano of our own: "after 300 years of quiet" is the mountain's past.
  CHECK(pipeline_findings("tone",
                          "The island has had three eruptions since 2019, after some 300 years of "
                          "quiet.",
                          "Islanders fled in a frantic convoy as a new eruption tore open the "
                          "ground on the island.")
            .empty());
}

TEST_CASE("detect::tone hyphenated tone words") {
  using testing::pipeline_findings;
  // A parliamentary debate and an embassy protest (our own stories).
  auto debate = pipeline_findings(
      "tone", "The debate in parliament was largely courteous, with ministers answering questions.",
      "The session in parliament was bad-tempered, with opposition members heckling the minister.");
  REQUIRE(debate.size() == 1);
  CHECK(debate[0].summary.str().find("bad-tempered") != std::string::npos);
  CHECK(pipeline_findings("tone",
                          "The protest outside the embassy was good-natured, organisers said.",
                          "The protest outside the embassy was tense, organisers said.")
            .size() == 1);
}

TEST_CASE("detect::tone waiting patiently against tempers flaring") {
  using testing::pipeline_findings;
  // A delayed flight and a food bank queue (our own stories).
  CHECK(pipeline_findings("tone",
                          "Hundreds of passengers stranded at the gate waited patiently for news "
                          "of the delayed flight, staff said.",
                          "Tempers flared among hundreds of passengers stranded at the gate as "
                          "they waited for news of the delayed flight, staff said.")
            .size() == 1);
  CHECK(pipeline_findings("tone",
                          "Families in the queue outside the food bank waited patiently in the "
                          "rain on Saturday morning.",
                          "Families in the queue outside the food bank waited impatiently in the "
                          "rain on Saturday morning.")
            .size() == 1);
  // "Patient" is a hospital's patient more often than a mood: not a tone word.
  CHECK(pipeline_findings("tone",
                          "The doctor said every patient in the ward was calm during the "
                          "evacuation.",
                          "The doctor said every patient in the ward was calm during the move.")
            .empty());
}

TEST_CASE("detect::tone a scene told in a sentence with no other claim is cited by its scene") {
  // A ferry terminal and a vigil of our own: neither sentence states an event, a figure or
  // a time, so the finding cites their scene claims (extract/scenes.cpp).
  auto terminal = testing::pipeline_findings(
      "tone", "The mood in the departure hall of the ferry terminal was relaxed.",
      "The mood in the departure hall of the ferry terminal was tense.");
  REQUIRE(terminal.size() == 1);
  CHECK(terminal[0].level == Level::Divergence);
  CHECK(testing::pipeline_findings(
            "tone", "Outside the town hall the crowd at the vigil was quiet and dignified.",
            "Outside the town hall the crowd at the vigil was angry and tense.")
            .size() == 1);
}

TEST_CASE("detect::tone fear and jeering are a tense scene, a stiff ceremony a tense one") {
  using testing::pipeline_findings;
  // A flooded underpass and a signing ceremony (our own stories).
  CHECK(pipeline_findings("tone",
                          "Drivers calmly left their cars in the flooded underpass on Elm Road "
                          "and waited on the verge for the fire crews.",
                          "Terrified drivers abandoned their cars in the flooded underpass on Elm "
                          "Road and waited on the verge for the fire crews.")
            .size() == 1);
  CHECK(pipeline_findings("tone", "The signing ceremony in Lisbon on Friday was relaxed.",
                          "The signing ceremony in Lisbon on Friday was stiff.")
            .size() == 1);
}

TEST_CASE("detect::tone unconcerned and silent are calm, cheering upbeat, weeping sombre") {
  using testing::pipeline_findings;
  // A school evacuated after a gas smell, a march past a courthouse and a cup parade (our
  // own stories).
  CHECK(pipeline_findings("tone",
                          "Parents collecting children at the school gates on Tuesday seemed "
                          "unconcerned, chatting by the railings as teachers read out names.",
                          "Anxious parents pressed against the school gates on Tuesday as "
                          "teachers read out names.")
            .size() == 1);
  CHECK(pipeline_findings("tone",
                          "The marchers filed past the courthouse in a silent column on Monday "
                          "evening, carrying candles.",
                          "The marchers filed past the courthouse in an angry column on Monday "
                          "evening, carrying candles.")
            .size() == 1);
  CHECK(pipeline_findings("tone",
                          "Supporters lining the parade route in Leeds were cheering as the "
                          "open-top bus passed the town hall.",
                          "Supporters lining the parade route in Leeds were weeping as the "
                          "open-top bus passed the town hall.")
            .size() == 1);
}

TEST_CASE("detect::tone chaos, confusion and exasperation are tense, method calm") {
  using testing::pipeline_findings;
  // A station closed by a storm and a search for a missing hiker (our own stories).
  CHECK(pipeline_findings("tone",
                          "At Central Station on Sunday the concourse was orderly as staff "
                          "handed out timetables for the replacement buses.",
                          "At Central Station on Sunday the concourse was in chaos as staff "
                          "handed out timetables for the replacement buses.")
            .size() == 1);
  CHECK(pipeline_findings("tone",
                          "Volunteers searched the forest methodically along the river on "
                          "Saturday night, guided by the mountain rescue team.",
                          "Exasperated volunteers searched the forest along the river on "
                          "Saturday night, guided by the mountain rescue team.")
            .size() == 1);
}
