// Word knowledge shared by the aligner and the detectors: stems, stopwords, WordNet
// antonyms and synonyms, news-verb opposites, topic words, and the predicate families used
// for blocking. Everything comes from rule tables (rules/common, rules/detect), so an
// editor can extend it without touching C++.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/string_map.hpp"
#include "core/text.hpp"
#include "normalize/lexicon.hpp"
#include "normalize/stemmer.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::rules {
class RuleSet;
}

namespace cc::align {

// The Snowball English stemmer, shared with extraction (src/normalize/stemmer.hpp). Not
// thread-safe: make one per thread (they are cheap).
using Stemmer = normalize::Stemmer;

class Lexicon {
 public:
  // Reads common/stopwords and the detect/ tables that exist; a missing table only makes
  // the lexicon smaller (a `--rules` folder may leave some out).
  explicit Lexicon(const rules::RuleSet& rules);

  // The words of a quote as compared: contractions expanded (detect/contractions:
  // "can't" = "cannot" = "can not"), each piece keeping the span of the word it came from
  // (relative to `text`).
  std::vector<text::Word> tokens(std::string_view text) const;

  // True for function words ignored when comparing content ("the", "of").
  bool stopword(std::string_view folded) const;
  // Comparison keys of a lower-cased word: its stem, and the stem of its base form when it
  // is an irregular inflection ("rose" -> "rose", "rise"). One or two keys, never empty.
  std::vector<std::string> keys(std::string_view folded, Stemmer& stemmer) const;
  // The main key: the stem of the base form ("rose" -> "rise", "talks" -> "talk").
  std::string key(std::string_view folded, Stemmer& stemmer) const;
  // The irregular forms whose key() is `key` ("found", "finds" for "find"), for a scan
  // that looks for a key's words by their first letters; null when none.
  const std::vector<std::string>* irregular_forms(std::string_view key) const {
    auto it = irregular_forms_.find(key);
    return it == irregular_forms_.end() ? nullptr : &it->second;
  }
  // The key of what a word is about: key() of the concept it names (rules/events/concepts:
  // "land" and "territorial" -> "territory"), a month's or a weekday's one key ("nov",
  // "november" -> "month:11"), else key() of the word.
  std::string topic_key(std::string_view folded, Stemmer& stemmer) const;
  // Topic keys already worked out, word -> key: a caller that reads the same words again
  // and again (the sentences of a story) keeps one per thread and passes it along. It
  // belongs to one lexicon.
  // With each key it keeps what content_keys() asks of the word, so that a word seen
  // before costs one lookup.
  struct Topic {
    std::string key;           // topic_key()
    bool content = false;      // a content word: not a function word, number word or figure
    bool phrase_head = false;  // the key starts a word-group phrase ("give" of "give up")
  };
  using TopicMemo = StringMap<Topic>;
  // Tells lexicons apart (each constructed one gets its own number), for callers that
  // keep a TopicMemo beyond one lexicon's life (thread-local memos).
  uint64_t serial() const { return serial_; }
  // topic_key(), looked up in `memo` first (and added to it).
  const std::string& topic_key(std::string_view folded, Stemmer& stemmer, TopicMemo& memo) const;
  const Topic& topic(std::string_view folded, Stemmer& stemmer, TopicMemo& memo) const;
  // Topic keys of the content words of a phrase, for comparing what two claims are about:
  // function words, figures and number words left out; a two-word member of a word group
  // ("giving up" for "give up") becomes one key ("give up"). Sorted, unique.
  std::vector<std::string> content_keys(std::string_view text, Stemmer& stemmer) const;
  std::vector<std::string> content_keys(std::string_view text, Stemmer& stemmer,
                                        TopicMemo& memo) const;
  // content_keys() of words already split (text::words of the phrase).
  std::vector<std::string> content_keys(const text::Word* first, const text::Word* last,
                                        Stemmer& stemmer, TopicMemo& memo) const;
  // True for number words ("six", "dozen", "million"), which are figures, not content.
  bool number_word(std::string_view folded) const;
  // True for words that report a figure as a change ("rose", "fell": the trends table of
  // rules/quantities), which the trend compares, not the words around the figure.
  bool trend_word(std::string_view folded) const;
  // Parts of a day ("afternoon": rules/time/day_parts.tsv), folded.
  const std::vector<std::string>& day_parts() const { return day_parts_; }
  // True for the key (key()) of a casualty concept ("dead", "injured": the concepts of
  // rules/quantities/casualty_verbs.tsv and casualty_words.tsv), which a figure counts
  // because a word of its own clause says so ("injuring 27", "37 others were hurt").
  bool casualty(std::string_view key) const;
  // True for a noun whose most frequent sense names a person ("runner", "patients"), as
  // written or lemmatised, not a key: normalize::Lexicon::person_noun.
  bool person_noun(std::string_view word) const { return words_.person_noun(word); }
  // True when one of two counted nouns (as the extractor writes them) is people and the
  // other names people: "people" / "spectators" count one thing, one perhaps a part of
  // the other.
  bool people_and_kind(std::string_view a, std::string_view b) const {
    return (a == "person" && person_noun(b)) || (b == "person" && person_noun(a));
  }
  // True for personal pronouns ("he", "she", "they": the pron rows of closed_class.tsv).
  bool pronoun(std::string_view folded) const;
  // True for words that join clauses ("and", "or", "but", "while": the Conjunction and
  // Subordinator rows of rules/common/closed_class.tsv).
  bool conjunction(std::string_view folded) const;

  // Word-level relations between keys (as returned by key()/keys()).
  bool antonyms(std::string_view a, std::string_view b) const;
  // Opposite descriptors: WordNet antonyms that are adjectives or adverbs ("higher" /
  // "lower" of opposite_words.tsv, "north" / "south"), not verbs (compared as predicates).
  bool opposite_descriptors(std::string_view a, std::string_view b) const;
  // True for a key that has an opposite descriptor.
  bool has_opposite_descriptor(std::string_view key) const;
  // The opposite descriptors of a key; null when none.
  const std::vector<std::string>* descriptor_opposites(std::string_view key) const;
  bool synonyms(std::string_view a, std::string_view b) const;
  // Synonyms, or words news reports use for the same thing (related_words.tsv).
  bool related(std::string_view a, std::string_view b) const;

  // The synonym groups a key belongs to (related-words groups too when asked); null when
  // none. For callers that compare many pairs and cache per key.
  const std::vector<int>* groups(std::string_view key) const;
  // True when two group lists (from groups()) share a group; related-words groups count
  // only when `include_related`.
  static bool share(const std::vector<int>* a, const std::vector<int>* b, bool include_related);
  // One blocking key per news group (related_words) a key belongs to ("g12"), or the key
  // itself when it belongs to none: "talks" and "discussions" meet in one block.
  std::vector<std::string> block_words(std::string_view key) const;

  // True for speech verbs that tell nothing about what was said ("say", "state").
  bool neutral_cue(std::string_view lemma) const;

  // Predicate classes (base forms, as the extractor writes them).
  // Opposite predicates: the news-verb table, or WordNet antonyms of the two words.
  bool opposite_predicates(std::string_view a, std::string_view b, Stemmer& stemmer) const;
  // Opposite predicates where one naturally follows the other (arrest / release, start /
  // end: the `sequence` rows of verb_antonyms.tsv).
  bool sequence(std::string_view a, std::string_view b) const;
  // Blocking family of a predicate class: classes that are opposites of each other or that
  // express a position (stance_words.tsv) share one family, so that "accept" and "reject"
  // land in the same block. The class itself when it belongs to no family.
  std::string family(std::string_view predicate_class) const;

 private:
  void add_group(const rules::Table::Row& words, bool related_only, Stemmer& stemmer);

  StringMap<std::vector<std::string>> contractions_;          // "can't" -> can not
  std::vector<std::pair<std::string, std::string>> endings_;  // "n't" -> "not"
  StringSet stopwords_;
  StringSet neutral_cues_;
  StringMap<std::string> inflections_;                   // irregular form -> base form
  StringMap<std::vector<std::string>> irregular_forms_;  // key of a base form -> its forms
  StringMap<std::string> concepts_;                      // word -> concept it names
  StringSet numbers_;                                    // number words
  StringSet conjunctions_;                               // clause joiners
  StringSet pronouns_;                                   // "he", "she", ...
  StringMap<std::string> calendar_;                      // "nov", "november" -> "month:11"
  StringSet trends_;                                     // "rose", "fell", ...
  std::vector<std::string> day_parts_;                   // "morning", "afternoon", ...
  StringSet casualties_;    // keys of casualty concepts: "dead", "injur"
  StringSet phrases_;       // two-word group members, as "key key"
  StringSet phrase_heads_;  // what a member of phrases_ has before a space
  // Adjective and adverb antonyms: key -> its opposite keys (each pair both ways).
  StringMap<std::vector<std::string>> descriptor_opposites_;
  void add_descriptor_pair(const std::string& a, const std::string& b);
  StringSet antonym_pairs_;   // "a\x1fb" with a < b, keys
  StringSet verb_opposites_;  // "a\x1fb" with a < b, classes
  StringSet sequences_;       // "a\x1fb": one follows the other
  // key -> groups it belongs to; a group id is negative for related-words groups.
  StringMap<std::vector<int>> groups_;
  uint64_t serial_ = 0;
  normalize::Lexicon words_;         // word classes (shared per rule set)
  int group_count_ = 0;              // groups added so far
  StringMap<std::string> families_;  // class -> family representative
};

}  // namespace cc::align
