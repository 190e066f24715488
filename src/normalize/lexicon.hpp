// Word classes and lemmas from the generated WordNet lexicon (rules/lexicon/) and the
// closed-class list (rules/common/closed_class.tsv).
//
// Lookups take lower-case words. Lemmatisation follows WordNet's morphy: exceptions
// first (verb.exc, noun.exc), then suffix rules whose result must be a known lemma.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.hpp"

namespace cc::rules {
class RuleSet;
class Table;
}  // namespace cc::rules

namespace cc::normalize {

// Open word classes, as bit flags (a word may have several).
enum WordClass : uint8_t {
  kNoun = 1,
  kVerb = 2,
  kAdjective = 4,
  kAdverb = 8,
  // Not a word class: a noun whose most frequent sense names a person ("runner",
  // "patient"). classes() leaves it out; person_noun() reads it.
  kPersonNoun = 16,
};

// Closed classes from rules/common/closed_class.tsv.
enum class Closed : uint8_t {
  None,
  Determiner,
  Preposition,
  Pronoun,
  Auxiliary,
  Modal,
  Conjunction,
  Subordinator,
  Negation,
  Adverb
};

// Entity key of a place or organisation name: ASCII lower-case, Latin-1 accents dropped
// ("Donbas" -> "donbas", "Brasília" -> "brasilia").
std::string key_of(std::string_view name);

class Lexicon {
 public:
  // Keeps views into `rules`, which must outlive the lexicon.
  // Reads rules/lexicon/{words,verb_exceptions,noun_exceptions,given_names,places,
  // organizations}, rules/common/{closed_class,plurals} and rules/entities/{places,
  // organizations}. Missing tables
  // leave the lexicon empty (every word unknown), never fail.
  explicit Lexicon(const rules::RuleSet& rules);

  // Word classes of a lower-case word as written or through its lemma; 0 when unknown.
  uint8_t classes(std::string_view word) const;
  // True when the word (lower-cased) is an ordinary English word: known to WordNet in
  // lower case or a function word. Capitalised words that are not common are name-like.
  bool is_common(std::string_view word) const;
  // True for a noun (or its plural) whose most frequent sense names a person: "runners",
  // "patient" (rules/lexicon/words.tsv, class p).
  bool person_noun(std::string_view word) const;
  Closed closed(std::string_view word) const;
  // Verb lemma ("stated" -> "state", "met" -> "meet"); empty when not a known verb form.
  std::string verb_lemma(std::string_view word) const;
  // Singular of a noun ("countries" -> "country"); the word itself when unknown.
  std::string noun_lemma(std::string_view word) const;
  // A first name (case as written: "Mark").
  bool is_given_name(std::string_view word) const;
  // True for a given name of the hand-kept gazetteer (given_names_world.txt): one of them
  // opening a sentence is a first name even when it is also a rare dictionary word
  // ("Ana").
  bool is_world_given_name(std::string_view word) const;

  // A named place or organisation: its canonical name and (places) kind and container.
  struct Named {
    std::string canonical;  // "Ukraine"
    std::string kind;       // "country", "city"; empty for organisations
    std::string part_of;    // canonical name of the containing place; may be empty
    bool curated = false;   // from rules/entities/ (true) or generated from WordNet (false)
  };
  // Looks up a capitalised phrase as written ("Donetsk", "European Union").
  const Named* place(std::string_view phrase) const;
  const Named* organization(std::string_view phrase) const;
  // True when the place with key `part` ("donetsk") lies inside the one with key `whole`
  // ("donbas", "ukraine"), following the part-of chain; a place is within itself.
  bool place_within(std::string_view part, std::string_view whole) const;

 private:
  // Word -> classes, open addressing over views into the rule set's table: 68k words load
  // in a millisecond or two, where a node-based map allocated once per word.
  // A word of the WordNet table, by its place in the table's text (8 bytes a slot: the
  // table has 150k slots).
  struct WordSlot {
    uint32_t offset = 0;  // from Data::word_text
    uint16_t size = 0;    // 0: free slot
    uint8_t classes = 0;
  };
  // Everything read from the rules. The extractor, the aligner and a detector each hold a
  // Lexicon of the same rules: they share one copy (6 MB, a fifth of a short run's start).
  struct Data {
    std::vector<WordSlot> words;
    size_t word_mask = 0;             // words.size() - 1 (a power of two)
    const char* word_text = nullptr;  // where the slots' offsets count from
    std::string_view word(const WordSlot& slot) const {
      return {word_text + slot.offset, slot.size};
    }
    void add_word(std::string_view word, uint8_t classes);
    const rules::Table* verb_exceptions = nullptr;
    const rules::Table* noun_exceptions = nullptr;
    const rules::Table* plurals = nullptr;  // hand-made: "people" -> "person"
    // Looked up by string_view (no temporary string per lookup).
    StringSet given_names;
    StringSet world_given_names;
    StringMap<Closed> closed;
    StringMap<Named> places;
    StringMap<Named> organizations;
    StringMap<std::string> container;  // place key -> container key
  };
  // The data of `rules`, built once while any Lexicon of those rules lives.
  static std::shared_ptr<const Data> shared(const rules::RuleSet& rules);
  static std::shared_ptr<const Data> build(const rules::RuleSet& rules);
  std::optional<std::string_view> lookup(const rules::Table* table, std::string_view word) const;
  uint8_t word_classes(std::string_view word) const;
  bool has_class(std::string_view lemma, uint8_t wanted) const;
  std::shared_ptr<const Data> data_;
};

}  // namespace cc::normalize
