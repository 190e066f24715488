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
}
