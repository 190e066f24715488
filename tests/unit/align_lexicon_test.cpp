#include <doctest/doctest.h>

#include "align/lexicon.hpp"
#include "detect_fixture.hpp"

using namespace cc;

TEST_CASE("align::lexicon keys, antonyms and synonyms") {
  align::Lexicon lexicon(testing::builtin_rules());
  align::Stemmer stemmer;
  // Irregular forms reach their base form ("rose" -> "rise").
  CHECK(lexicon.key("rose", stemmer) == lexicon.key("rise", stemmer));
  CHECK(lexicon.key("discussed", stemmer) == lexicon.key("discuss", stemmer));
  auto keys = lexicon.keys("left", stemmer);
  CHECK(keys.size() == 2);  // "left" itself and "leave"
  // WordNet antonyms, through stems: prices rose / fell; the team won / lost.
  CHECK(lexicon.antonyms(lexicon.key("rose", stemmer), lexicon.key("fell", stemmer)));
  CHECK(lexicon.antonyms(lexicon.key("increased", stemmer), lexicon.key("decreased", stemmer)));
  CHECK(lexicon.antonyms(lexicon.key("unnecessary", stemmer), lexicon.key("necessary", stemmer)));
  CHECK_FALSE(
      lexicon.antonyms(lexicon.key("unnecessary", stemmer), lexicon.key("pointless", stemmer)));
  // Synonyms from attested senses (seed 001 swaps "began" for "started").
  CHECK(lexicon.synonyms(lexicon.key("began", stemmer), lexicon.key("started", stemmer)));
  CHECK(lexicon.synonyms(lexicon.key("hide", stemmer), lexicon.key("conceal", stemmer)));
  CHECK_FALSE(lexicon.synonyms(lexicon.key("hide", stemmer), lexicon.key("show", stemmer)));
  // Related words count for alignment only.
  CHECK(lexicon.related(lexicon.key("truce", stemmer), lexicon.key("ceasefire", stemmer)));
  CHECK_FALSE(lexicon.synonyms(lexicon.key("truce", stemmer), lexicon.key("ceasefire", stemmer)));
  CHECK(lexicon.stopword("the"));
  CHECK(lexicon.neutral_cue("say"));
  CHECK_FALSE(lexicon.neutral_cue("threaten"));
}

TEST_CASE("align::lexicon predicate opposites and families") {
  align::Lexicon lexicon(testing::builtin_rules());
  align::Stemmer stemmer;
  CHECK(lexicon.opposite_predicates("accept", "reject", stemmer));
  CHECK(lexicon.opposite_predicates("impose", "lift", stemmer));  // sanctions (news table)
  CHECK(lexicon.opposite_predicates("win", "lose", stemmer));
  CHECK_FALSE(lexicon.opposite_predicates("discuss", "meet", stemmer));
  CHECK_FALSE(lexicon.opposite_predicates("accept", "accept", stemmer));
  // Opposites and position verbs share a blocking family; other verbs keep their own.
  CHECK(lexicon.family("accept") == lexicon.family("reject"));
  CHECK(lexicon.family("consider") == lexicon.family("refuse"));
  CHECK(lexicon.family("rise") == lexicon.family("fall"));
  CHECK(lexicon.family("discuss") == "discuss");
  CHECK(lexicon.family("") == "");
}

TEST_CASE("align::lexicon survives any bytes") {
  align::Lexicon lexicon(testing::builtin_rules());
  align::Stemmer stemmer;
  std::string junk("\xff\xfe\x00zz\xc3", 6);
  CHECK_NOTHROW(lexicon.keys(junk, stemmer));
  CHECK(stemmer.stem(std::string(200, 'a')).size() == 200);  // too long: kept as is
  CHECK(stemmer.stem("") == "");
}

TEST_CASE("align::lexicon quote tokens expand contractions, keeping the word's span") {
  align::Lexicon lexicon(testing::builtin_rules());
  auto tokens = lexicon.tokens("I can’t and won't, we're sure I'm");
  std::vector<std::string> norms;
  for (const auto& t : tokens) norms.push_back(t.norm);
  CHECK(norms == std::vector<std::string>{"i", "can", "not", "and", "will", "not", "we", "are",
                                          "sure", "i", "am"});
  CHECK(tokens[1].span == tokens[2].span);
  // Tokenised text splits contractions with spaces (ECB+ topics 18 and 35): one word.
  auto spaced = lexicon.tokens("We ’ ll continue, I ’ m not positive, it ' s late");
  norms.clear();
  for (const auto& t : spaced) norms.push_back(t.norm);
  CHECK(norms == std::vector<std::string>{"we", "will", "continue", "i", "am", "not", "positive",
                                          "it's", "late"});
}

TEST_CASE("align::lexicon topic keys: concepts, two-word group members, no figures") {
  align::Lexicon lexicon(testing::builtin_rules());
  align::Stemmer stemmer;
  // Seeds: "giving up land" (000) and "ceding occupied territory" (001) are about one thing.
  auto given = lexicon.content_keys("Ukraine formally giving up land", stemmer);
  auto ceded = lexicon.content_keys("the potential for Ukraine ceding occupied territory", stemmer);
  auto has = [](const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  std::string territory = lexicon.topic_key("territory", stemmer);
  CHECK(lexicon.topic_key("land", stemmer) == territory);
  CHECK(has(given, territory));
  CHECK(has(ceded, territory));
  CHECK(has(given, "give up"));  // one key for the phrase, in any inflection
  CHECK_FALSE(has(given, "give"));
  CHECK(lexicon.related("give up", lexicon.key("ceding", stemmer)));
  CHECK(lexicon.related(lexicon.key("exchanges", stemmer), lexicon.key("cede", stemmer)));
  // ECB+ topic 12: figures and number words are values, not words.
  auto seized = lexicon.content_keys("seized 14 rifles, 31 magazines and six boats", stemmer);
  CHECK_FALSE(has(seized, "14"));
  CHECK_FALSE(has(seized, "six"));
  CHECK(has(seized, lexicon.key("magazines", stemmer)));
  // A modal is no topic word: "Ortega must pay a fine" is about paying a fine (a court's
  // fine, our own; a regulator's order, our own).
  auto fined = lexicon.content_keys("Ortega must pay a fine", stemmer);
  CHECK_FALSE(has(fined, lexicon.key("must", stemmer)));
  CHECK(has(fined, lexicon.key("fine", stemmer)));
  CHECK_FALSE(has(lexicon.content_keys("the operator might appeal", stemmer),
                  lexicon.key("might", stemmer)));
  // News groups make one block word, so "talks" and "discussions" meet.
  CHECK(lexicon.block_words(lexicon.key("talks", stemmer)) ==
        lexicon.block_words(lexicon.key("discussions", stemmer)));
  CHECK(lexicon.block_words("zzz") == std::vector<std::string>{"zzz"});
}

TEST_CASE("align::lexicon word lists the aligner reads") {
  align::Lexicon lexicon(testing::builtin_rules());
  CHECK(lexicon.number_word("dozen"));
  CHECK_FALSE(lexicon.number_word("people"));
  CHECK(lexicon.conjunction("and"));
  CHECK(lexicon.conjunction("while"));
  CHECK(lexicon.pronoun("he"));
  CHECK(lexicon.trend_word("rose"));
  CHECK_FALSE(lexicon.trend_word("killed"));
  // Arrested then released: one follows the other; accepted / rejected do not.
  CHECK(lexicon.sequence("arrest", "release"));
  CHECK(lexicon.sequence("release", "arrest"));
  CHECK(lexicon.sequence("start", "end"));
  CHECK_FALSE(lexicon.sequence("accept", "reject"));
}

TEST_CASE("align::lexicon a month or a weekday is one word however written") {
  // A bank run told "between Nov. 27 and Dec. 5" and "between 27 November and 5 December",
  // and a bridge's traffic "Tuesday's rush hour" / "Tuesday morning" (stories of our own).
  align::Lexicon lexicon(testing::builtin_rules());
  align::Stemmer stemmer;
  CHECK(lexicon.topic_key("nov", stemmer) == lexicon.topic_key("november", stemmer));
  CHECK(lexicon.topic_key("dec", stemmer) == lexicon.topic_key("december", stemmer));
  CHECK(lexicon.topic_key("nov", stemmer) != lexicon.topic_key("dec", stemmer));
  CHECK(lexicon.topic_key("tuesday's", stemmer) == lexicon.topic_key("tuesday", stemmer));
  CHECK(lexicon.topic_key("tuesday\xE2\x80\x99s", stemmer) ==
        lexicon.topic_key("tuesday", stemmer));
  CHECK(lexicon.topic_key("tuesday", stemmer) != lexicon.topic_key("thursday", stemmer));
  // Other words keep their stems.
  CHECK(lexicon.topic_key("novel", stemmer) == lexicon.key("novel", stemmer));
}
