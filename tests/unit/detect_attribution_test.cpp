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

TEST_CASE("detect::attribution a short quote in two mouths when the passages agree") {
  // Our own stories: a ferry strike, a council budget. A short quote (4-5 words) is one
  // quote when its sentences tell the same thing; a phrase woven into the sentence
  // ("for the foreseeable future") or a passage about something else is not.
  Story story;
  auto s1 = story.source("a.txt",
                         "“We will not negotiate under threat,” Dana Whitlock said on Tuesday "
                         "after the ferry company refused to meet the union.\n"
                         "“This budget is simply unaffordable,” Ellen Marsh said as the council "
                         "rejected the housing budget on Friday.\n"
                         "The ministry will keep running the old trains “for the foreseeable "
                         "future,” Ines Walter said of the timetable cuts.\n"
                         "“We will not back down,” Rosa Lind said at the rally.");
  auto s2 = story.source("b.txt",
                         "“We will not negotiate under threat,” Marco Ferreira said on Tuesday "
                         "after the ferry company refused to meet the union.\n"
                         "“This budget is simply unaffordable,” Tom Reyes said as the council "
                         "rejected the housing budget on Friday.\n"
                         "The ministry will keep running the old trains “for the foreseeable "
                         "future,” Karl Brandt said of the timetable cuts.\n"
                         "“We will not back down,” Jon Park said after the vote on wages.");
  auto add = [&](uint32_t source, std::string key, std::string written, std::string_view words) {
    story.quote(source, std::move(key), words).detail->speaker_text = std::move(written);
  };
  add(s1, "dana whitlock", "Dana Whitlock", "We will not negotiate under threat,");
  add(s1, "ellen marsh", "Ellen Marsh", "This budget is simply unaffordable,");
  add(s1, "ines walter", "Ines Walter", "for the foreseeable future,");
  add(s1, "rosa lind", "Rosa Lind", "We will not back down,");
  add(s2, "marco ferreira", "Marco Ferreira", "We will not negotiate under threat,");
  add(s2, "tom reyes", "Tom Reyes", "This budget is simply unaffordable,");
  add(s2, "karl brandt", "Karl Brandt", "for the foreseeable future,");
  add(s2, "jon park", "Jon Park", "We will not back down,");
  story.run();
  CHECK(story.linked(0, 4));
  CHECK(story.linked(1, 5));
  CHECK_FALSE(story.linked(2, 6));
  CHECK_FALSE(story.linked(3, 7));
  CHECK(story.findings("attribution").size() == 2);
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

TEST_CASE("detect::attribution one source quotes only the opening of the other's quote") {
  // Two quotes around one cue are one claim; another source may print only the first.
  // ECB+ topic 38 (an earthquake in Indonesia, the speakers swapped) and a story of our own.
  auto first = testing::pipeline_findings(
      "attribution",
      "\"We are now concentrating on searching for people who may be trapped under the "
      "rubble,\" said Rusli Saleh, the deputy district chief. \"Many houses collapsed in the "
      "villages "
      "near the lake, and the roads there are still closed.\"",
      "\"We are now concentrating on searching for people who may be trapped under the "
      "rubble,\" said Nora Nursita, a resident.");
  CHECK(first.size() == 1);
  auto second = testing::pipeline_findings(
      "attribution",
      "\"We will rebuild every school before the winter,\" Mayor Ana Ortiz said. \"The money "
      "is already in the budget, and the builders are ready to start.\"",
      "\"We will rebuild every school before the winter,\" deputy mayor Tom Becker said.");
  CHECK(second.size() == 1);
  // The same opening, then other words: two statements.
  CHECK(testing::pipeline_findings(
            "attribution",
            "\"We will rebuild every school before the winter and hire new teachers for them,\" "
            "Mayor Ana Ortiz said.",
            "\"We will rebuild every school before the spring,\" deputy mayor Tom Becker said.")
            .empty());
}

TEST_CASE("detect::attribution a pronoun whose subject the sentence before names") {
  // A crash inquiry and a port strike of our own: "he said" right after a sentence
  // opening with the speaker's name is as sure as the name; a name and its end are one
  // person keyed two ways (adapted from ECB+ topic 23, "Mr Gaskin" / "Gaskin").
  auto found = testing::pipeline_findings(
      "attribution",
      "Lead investigator Anna Kovacs said the recorders would take weeks to read. \"We will "
      "check every second of the recordings until we know what failed,\" she said.",
      "Board chairman Peter Varga asked for patience. \"We will check every second of the "
      "recordings until we know what failed,\" he said.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::Divergence);
  CHECK(testing::pipeline_findings(
            "attribution",
            "Union leader Tomas Ruiz spoke at the gate. \"Nobody here wants a long strike, but "
            "nobody will accept these terms,\" he said.",
            "Port director Elena Mares addressed the crowd. \"Nobody here wants a long strike, "
            "but nobody will accept these terms,\" she said.")
            .size() == 1);
  // The sentence before names someone else first: the pronoun stays a guess.
  CHECK(testing::pipeline_findings(
            "attribution",
            "Union leader Tomas Ruiz spoke at the gate. \"Nobody here wants a long strike, but "
            "nobody will accept these terms,\" he said.",
            "The crowd cheered Port director Elena Mares. \"Nobody here wants a long strike, "
            "but nobody will accept these terms,\" she said.")
            .empty());
  CHECK(testing::pipeline_findings(
            "attribution",
            "Mr Gaskin said: \"I can't speak for the first death, but in this case it looks like "
            "a lack of experience.\"",
            "\"I can't speak for the first death but in this case it looks like a lack of "
            "experience,\" Gaskin told the Timaru Herald.")
            .empty());
}

TEST_CASE("detect::attribution the second of two joined quotes credited to someone else") {
  // One source joins two quotes around one cue ("...," said X. "..."); another gives only
  // the second, to another speaker: its last words meet (a water cut and a bus strike,
  // stories of our own).
  CHECK(testing::pipeline_findings(
            "attribution",
            "\"We have had no water since Monday night,\" said Ana Lopez, head of the residents "
            "association. \"If the mains stay dry until Saturday, families across the district "
            "will have to move out.\"",
            "The mayor also warned of wider trouble. \"If the mains stay dry until Saturday, "
            "families across the district will have to move out,\" Peter Hall said.")
            .size() == 1);
  CHECK(testing::pipeline_findings(
            "attribution",
            "\"Talks have gone nowhere this week,\" said union leader Tom Briggs. \"If nothing "
            "changes by Friday, every bus depot in the county will close.\"",
            "\"If nothing changes by Friday, every bus depot in the county will close,\" the "
            "council leader, Anne Cole, said.")
            .size() == 1);
}

TEST_CASE("detect::attribution a given name alone is the full name it begins") {
  // Malay news shortens a minister to the given name; so do reports on children. One
  // source's "Anwar said" and the other's "Anwar Ibrahim said" are one speaker.
  CHECK(testing::pipeline_findings(
            "attribution",
            "Prime Minister Anwar Ibrahim met the planters' association on Monday.\n\n"
            "\"Our palm oil will not be shut out of Europe by paperwork,\" Anwar said.",
            "Prime Minister Anwar Ibrahim spoke to the planters' association on Monday. "
            "\"Our palm oil will not be shut out of Europe by paperwork,\" he said.")
            .empty());
  CHECK(testing::pipeline_findings(
            "attribution",
            "Coach Tomasz Wilk watched from the stand as his daughter Lena Wilk won the "
            "final.\n\n\"I never thought I would stand on that podium this year,\" Lena told "
            "reporters.",
            "Lena Wilk won the final while her father watched from the stand. \"I never "
            "thought I would stand on that podium this year,\" she told reporters.")
            .empty());
}

TEST_CASE("detect::attribution a pronoun taken up through sentences that keep it") {
  using testing::pipeline_findings;
  // A port strike and a museum's funding (our own stories): "she warned" keeps the
  // speaker of the sentence before it, so the quote after "she said, adding:" is hers,
  // and another account gives those words to someone else.
  auto port = pipeline_findings(
      "attribution",
      "Union leader Ilse Vos said the strike would go on.\n\nShipping lines would turn to "
      "Antwerp, she warned.\n\n\"Nobody wants this,\" she said, adding: \"The port authority "
      "has stopped listening to its own workers.\"",
      "Union leader Ilse Vos said the strike would go on. Harbour master Piet Claes said "
      "shipping lines could turn to Antwerp.\n\n\"The port authority has stopped listening "
      "to its own workers,\" Claes said.");
  CHECK(port.size() == 1);
  auto museum = pipeline_findings(
      "attribution",
      "Curator Anna Lind said the gallery would close two rooms.\n\nVisitors would go to "
      "Gothenburg instead, she warned.\n\n\"It hurts,\" she said, adding: \"The council has "
      "cut our budget three years running.\"",
      "Curator Anna Lind said the gallery would close two rooms. Board member Erik Sand said "
      "visitors could go to Gothenburg instead.\n\n\"The council has cut our budget three "
      "years running,\" Sand said.");
  CHECK(museum.size() == 1);
}

TEST_CASE("detect::attribution one given name and a garbled surname are one speaker") {
  using testing::pipeline_findings;
  // A ferry fee and a tram strike (our own stories): the same words credited to "Maria
  // Vask" and "Maria Vaskina" are one person named two ways, not two people.
  CHECK(pipeline_findings("attribution",
                          "Maria Vask heads the ferry owners' association.\n\n\"This fee will "
                          "sink the smaller operators,\" Maria Vask said.",
                          "Maria Vaskina heads the ferry owners' association.\n\n\"This fee will "
                          "sink the smaller operators,\" Maria Vaskina said.")
            .empty());
  CHECK(pipeline_findings("attribution",
                          "Lena Dvor leads the tram drivers' union.\n\n\"We called the strike "
                          "off after the city moved,\" Lena Dvor said.",
                          "Lena Dvorova leads the tram drivers' union.\n\n\"We called the strike "
                          "off after the city moved,\" Lena Dvorova said.")
            .empty());
  // Two given names: two people.
  CHECK(pipeline_findings("attribution",
                          "Maria Vask heads the ferry owners' association.\n\n\"This fee will "
                          "sink the smaller operators,\" Maria Vask said.",
                          "Anna Lukas heads the ferry owners' association.\n\n\"This fee will "
                          "sink the smaller operators,\" Anna Lukas said.")
            .size() == 1);
}

TEST_CASE("detect::attribution a pronoun after a name set off by commas before 'said'") {
  using testing::pipeline_findings;
  // A village bypass and a hospital wing (our own stories): "The mayor of X, Name, said"
  // names the speaker the next sentence's "she" takes up.
  CHECK(pipeline_findings("attribution",
                          "The mayor of Little Hadham, Ruth Kemble, said the village had asked "
                          "for a bypass for years. \"We have waited since 2015 and every year we "
                          "are told to be patient,\" she said.",
                          "\"We have waited since 2015 and every year we are told to be patient,\" "
                          "said Owen Price, who chairs the county roads committee.")
            .size() == 1);
  CHECK(pipeline_findings("attribution",
                          "The director of the Northgate hospital trust, Sunil Mehra, said the new "
                          "wing would open in spring. \"The beds are ready and the staff are "
                          "hired,\" he said.",
                          "\"The beds are ready and the staff are hired,\" said Tom Reilly, the "
                          "health board's finance chief.")
            .size() == 1);
}

TEST_CASE("detect::attribution a pronoun after the same speaker's quote by name") {
  using testing::pipeline_findings;
  // A ferry timetable and a library closure (our own stories): "\"...,\" Name said." then
  // "\"...,\" she added." is that speaker going on.
  CHECK(pipeline_findings("attribution",
                          "\"The winter timetable cuts two sailings a day,\" Ingrid Hovland said. "
                          "\"Islanders who work on the mainland will have to leave before six,\" "
                          "she added.",
                          "\"Islanders who work on the mainland will have to leave before six,\" "
                          "said Erik Olsen, who runs the island's shop.")
            .size() == 1);
  CHECK(
      pipeline_findings("attribution",
                        "\"We lend more books than ever,\" librarian Tomasz Wolny said. \"Closing "
                        "the branch on Saturdays hurts the children most,\" he added.",
                        "\"Closing the branch on Saturdays hurts the children most,\" council "
                        "leader Marek Zajac said.")
          .size() == 1);
}

TEST_CASE("detect::attribution a role phrase that takes up the person before it") {
  using testing::pipeline_findings;
  // A museum roof and a hospital strike (our own stories): "the minister", "the director"
  // after the sentence that names the holder is as sure as "she".
  CHECK(pipeline_findings(
            "attribution",
            "Culture Minister Ana Lobo visited the museum on Monday. \"The roof "
            "will be rebuilt with the old tiles,\" the minister said.",
            "\"The roof will be rebuilt with the old tiles,\" project director David Costa "
            "said.")
            .size() == 1);
  CHECK(pipeline_findings("attribution",
                          "Hospital director Karel Novak met the union on Tuesday. \"No ward will "
                          "close while the talks go on,\" the director said.",
                          "\"No ward will close while the talks go on,\" union leader Eva Dvorak "
                          "said.")
            .size() == 1);
}
