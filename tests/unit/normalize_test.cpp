// Normalisers: numbers, units and approximators; the WordNet lexicon; entity clustering.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <libstemmer.h>

#include "normalize/entities.hpp"
#include "normalize/known_stems.hpp"
#include "normalize/lexicon.hpp"
#include "normalize/numbers.hpp"
#include "normalize/stemmer.hpp"
#include "pipeline/pipeline.hpp"
#include "ruleengine/ruleset.hpp"

using namespace cc;

namespace {

const rules::RuleSet& working_rules() {
  static std::unique_ptr<rules::RuleSet> rules = [] {
    auto loaded = pipeline::load_rules(std::string(CROSSCHECK_SOURCE_DIR) + "/rules");
    REQUIRE(loaded.rules);
    return std::move(loaded.rules);
  }();
  return *rules;
}

}  // namespace

TEST_CASE("normalize::numbers parse") {
  normalize::Numbers numbers(working_rules());
  struct Row {
    const char* text;
    double low;
    double high;
  };
  for (Row row :
       {Row{"20", 20, 20}, Row{"1,300", 1300, 1300}, Row{"3.5", 3.5, 3.5},
        Row{"1.5 million", 1.5e6, 1.5e6}, Row{"thirty", 30, 30}, Row{"twenty-five", 25, 25},
        Row{"three thousand", 3000, 3000}, Row{"two hundred and five", 205, 205},
        Row{"a dozen", 12, 12}, Row{"thousands", 2000, 10000}, Row{"dozens", 24, 144},
        Row{"tens of thousands", 20000, 100000}, Row{"half a dozen", 6, 6},
        Row{"half a million", 5e5, 5e5}}) {
    CAPTURE(row.text);
    auto amount = numbers.parse(row.text);
    REQUIRE(amount);
    CHECK(amount->low == doctest::Approx(row.low));
    CHECK(amount->high == doctest::Approx(row.high));
  }
  CHECK_FALSE(numbers.parse("several"));
  CHECK_FALSE(numbers.parse(""));
  CHECK(numbers.denominator("fifth") == 5);
  CHECK(numbers.denominator("quarters") == 4);
  CHECK(numbers.ordinal("second") == 2);
  CHECK(numbers.ordinal("3rd") == 3);
  CHECK_FALSE(numbers.ordinal("3x"));
}

TEST_CASE("normalize::numbers units and approximators") {
  normalize::Numbers numbers(working_rules());
  const auto* miles = numbers.unit("miles");
  REQUIRE(miles);
  CHECK(miles->canonical == "km");
  CHECK(miles->factor == doctest::Approx(1.609344));
  const auto* fahrenheit = numbers.unit("degrees Fahrenheit");
  REQUIRE(fahrenheit);
  CHECK(14 * fahrenheit->factor + fahrenheit->offset == doctest::Approx(-10));
  CHECK(numbers.currency("€") == "eur");
  CHECK(numbers.duration_days("months") == doctest::Approx(30.436875));

  auto interval = [&](const char* approximator, double value) {
    Value out;
    numbers.apply(approximator, normalize::Amount{value, value, false}, out);
    return out;
  };
  Value about = interval("roughly", 20);
  CHECK(about.low == doctest::Approx(18));
  CHECK(about.high == doctest::Approx(22));
  CHECK(about.tolerance == doctest::Approx(0.1));
  Value nearly = interval("nearly", 800);
  CHECK(nearly.low == doctest::Approx(720));
  CHECK(nearly.high == doctest::Approx(800));
  CHECK(nearly.high_open);
  Value at_least = interval("at least", 12);
  CHECK(at_least.low == 12);
  CHECK(std::isinf(at_least.high));
  Value more_than = interval("More than", 5000);
  CHECK(more_than.low_open);
  CHECK(std::isinf(more_than.high));
  Value up_to = interval("up to", 1000);
  CHECK(up_to.low == 0);
  CHECK(up_to.high == 1000);

  size_t length = 0;
  CHECK(numbers.approximator_before("with at least ", length) == "at least");
  CHECK(length == 9);
  CHECK(numbers.approximator_before("a coalition of ", length).empty());
  CHECK(numbers.approximator_before("slightly more than ", length) == "slightly more than");
}

TEST_CASE("normalize::lexicon") {
  normalize::Lexicon lexicon(working_rules());
  CHECK(lexicon.verb_lemma("stated") == "state");
  CHECK(lexicon.verb_lemma("met") == "meet");
  CHECK(lexicon.verb_lemma("denies") == "deny");
  CHECK(lexicon.verb_lemma("signalled") == "signal");
  CHECK(lexicon.verb_lemma("zelenskyy").empty());
  CHECK(lexicon.noun_lemma("countries") == "country");
  CHECK(lexicon.noun_lemma("people") == "person");
  CHECK(lexicon.noun_lemma("children") == "child");
  CHECK(lexicon.is_common("office"));
  CHECK(lexicon.is_common("the"));
  CHECK_FALSE(lexicon.is_common("landsbergis"));
  CHECK(lexicon.closed("would") == normalize::Closed::Modal);
  CHECK(lexicon.is_given_name("Mark"));
  const auto* donetsk = lexicon.place("Donetsk");
  REQUIRE(donetsk);
  CHECK(donetsk->part_of == "Donbas");
  CHECK(lexicon.place_within("donetsk", "donbas"));
  CHECK(lexicon.place_within("donetsk", "ukraine"));
  CHECK(lexicon.place_within("luhansk", "ukraine"));
  CHECK_FALSE(lexicon.place_within("ukraine", "donbas"));
  CHECK(lexicon.organization("NATO"));
}

TEST_CASE("normalize::stemmer") {
  normalize::Stemmer stemmer;
  CHECK(stemmer.stem("discussion") == stemmer.stem("discussed"));
  CHECK(stemmer.stem("negotiations") == "negoti");
}

TEST_CASE("normalize::known stems: the build-time table is Snowball's, and sorted") {
  // The table saves a run from stemming the rules' words again; it must never change a stem.
  REQUIRE(normalize::known_stems::kCount > 1000);
  sb_stemmer* snowball = sb_stemmer_new("english", "UTF_8");
  REQUIRE(snowball != nullptr);
  std::string previous;
  size_t wrong = 0;
  size_t unsorted = 0;
  for (size_t line = 0; line < normalize::known_stems::kCount; ++line) {
    std::string word(normalize::known_stems::kText + normalize::known_stems::kLines[line],
                     normalize::known_stems::kLengths[2 * line]);
    if (!(previous < word)) ++unsorted;
    previous = word;
    const sb_symbol* out = sb_stemmer_stem(
        snowball, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    std::string expected(reinterpret_cast<const char*>(out),
                         static_cast<size_t>(sb_stemmer_length(snowball)));
    auto found = normalize::known_stems::find(word);
    if (!found || *found != expected) ++wrong;
  }
  sb_stemmer_delete(snowball);
  CHECK(wrong == 0);
  CHECK(unsorted == 0);
  // The hash index: a power of two with a third of its slots free, so a probe ends.
  CHECK((normalize::known_stems::kSlotCount & (normalize::known_stems::kSlotCount - 1)) == 0);
  CHECK(2 * normalize::known_stems::kSlotCount >= 3 * normalize::known_stems::kCount);
  // Words of the rules are in it; a word no rule has is stemmed at run time, the same way.
  CHECK(normalize::known_stems::find("negotiations") == std::string_view("negoti"));
  CHECK_FALSE(normalize::known_stems::find("zzyzxology").has_value());
  normalize::Stemmer stemmer;
  CHECK(stemmer.stem("zzyzxologies") == stemmer.stem("zzyzxology"));
  CHECK(stemmer.stem("ceasefires") == "ceasefir");
}

TEST_CASE("normalize::entities clustering") {
  std::vector<normalize::Mention> mentions = {
      {"volodymyr zelenskyy", "Volodymyr Zelenskyy", EntityType::Person},
      {"zelenskyy", "Zelenskyy", EntityType::Other},
      {"friedrich merz", "Friedrich Merz", EntityType::Person},
      {"merz", "Merz", EntityType::Person},
      {"donbas", "Donbas", EntityType::Place},
  };
  auto table = normalize::cluster_entities(mentions);
  CHECK(table("zelenskyy") == "volodymyr zelenskyy");
  CHECK(table("merz") == "friedrich merz");
  CHECK(table("donbas") == "donbas");
  Claim claim;
  claim.detail->speaker = "merz";
  claim.detail->entities = {"zelenskyy", "donbas", "volodymyr zelenskyy"};
  normalize::resolve_claim(table, claim);
  CHECK(claim.detail->speaker == "friedrich merz");
  CHECK(claim.detail->entities == std::vector<std::string>{"donbas", "volodymyr zelenskyy"});
}

TEST_CASE("normalize::entities: a given name alone joins the one full name it begins") {
  // Malay and Arabic names are shortened to the given name ("Anwar", "Mahathir"); so is a
  // child's or a stage name. A surname that fits wins, and two full names with the same
  // given name leave it alone.
  std::vector<normalize::Mention> mentions = {
      {"anwar ibrahim", "Anwar Ibrahim", EntityType::Person},
      {"anwar", "Anwar", EntityType::Person},
      {"mahathir mohamad", "Mahathir Mohamad", EntityType::Person},
      {"mahathir", "Mahathir", EntityType::Other},
      {"david cameron", "David Cameron", EntityType::Person},
      {"david miliband", "David Miliband", EntityType::Person},
      {"david", "David", EntityType::Person},
      {"jordan", "Jordan", EntityType::Other},
      {"jordan henderson", "Jordan Henderson", EntityType::Person},
      {"michael jordan", "Michael Jordan", EntityType::Person},
  };
  auto table = normalize::cluster_entities(mentions);
  CHECK(table("anwar") == "anwar ibrahim");
  CHECK(table("mahathir") == "mahathir mohamad");
  CHECK(table("david") == "david");
  CHECK(table("jordan") == "michael jordan");
}

TEST_CASE("normalize::key_of drops Latin-1 accents") {
  // A Brazilian court in Brasília and a Swiss bank in Zürich (our own): one name written
  // with and without its accents is one key; letters with no base letter stay.
  CHECK(normalize::key_of("Brasília") == "brasilia");
  CHECK(normalize::key_of("São Paulo") == normalize::key_of("Sao Paulo"));
  CHECK(normalize::key_of("Zürich") == "zurich");
  CHECK(normalize::key_of("Straße") == "straße");
  CHECK(normalize::key_of("ÉLYSÉE") == "elysee");
}
