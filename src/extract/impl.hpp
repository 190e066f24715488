// Internal to the extract stage: shared state and the individual extractors.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/string_map.hpp"
#include "extract/extract.hpp"
#include "extract/tokens.hpp"
#include "normalize/lexicon.hpp"
#include "normalize/names.hpp"
#include "normalize/numbers.hpp"
#include "normalize/stemmer.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::extract {

// Rule matches of one pack over one sentence, with spans in document offsets.
struct SentenceMatches {
  uint32_t sentence = 0;
  std::vector<rules::Match> matches;  // spans and captures shifted to document offsets
};

// A stretch of text attributed to someone: a quote, or the content of reported speech.
// Claims found inside it are reported by that speaker.
struct Frame {
  Span span;              // the attributed words
  std::string speaker;    // entity key; may be empty (unattributed quote)
  bool negating = false;  // the cue denies the content ("denied that ...")
  std::string cue;        // the cue as written, for polarity_cue
  bool quote = false;     // a direct quote (its words are compared as they stand)
};

// A resolved time expression.
struct TimeMention {
  Span span;
  uint32_t sentence = 0;
  std::string rule;
  Value value;  // Kind::Date interval, or Kind::Text symbolic value
};

// Everything the extractors share while working on one document.
struct DocumentState {
  const Document& document;
  uint32_t source = 0;
  std::vector<Mention> mentions;      // sorted by offset once mentions are found
  std::vector<Claim> claims;          // in no particular order until the end
  std::vector<Frame> frames;          // quotes and reported speech
  std::vector<TimeMention> times;     // in text order
  std::vector<SentenceMatches> cues;  // the cues pack, per sentence with a match
  std::vector<const std::vector<rules::Match>*> cues_by_sentence;  // index into `cues`
  std::vector<Span> claim_verbs;  // parallel to claims: the verb group + verb (events)
  // Not thread-safe: one per thread, kept from document to document so that its memo of
  // stems serves them all (a stem depends on the word alone).
  normalize::Stemmer& stemmer;
  // The words of each sentence, tokenised once for every stage (parallel to
  // document.sentences).
  std::vector<std::vector<Token>> sentence_tokens;
};

// Fills state.sentence_tokens.
void tokenize_sentences(const Extractor::Impl& impl, DocumentState& state);

struct Extractor::Impl {
  explicit Impl(const rules::RuleSet& rules);
  const rules::RuleSet& rules;
  const rules::Pack& quotes;
  const rules::Pack& entities;
  const rules::Pack& speech;
  const rules::Pack& events;
  const rules::Pack& quantities;
  const rules::Pack& time;
  const rules::Pack& cues;
  const rules::Table& cue_verbs;
  const rules::Table& participle_cues;
  const rules::Table& event_verb_forms;
  const rules::Table& verb_classes;
  const rules::Table& event_nouns;
  const rules::Table& object_classes;
  const rules::Table& stance_adjectives;
  const rules::Table& stance_prepositions;  // "against", "in favour of" (event.against)
  normalize::Names names;
  normalize::Lexicon lexicon;
  normalize::Numbers numbers;
  // Looked up by string_view (no temporary string per lookup).
  StringSet stopwords;              // lower-case
  StringSet negating_cues;          // lemmas: deny, reject, ...
  StringSet calendar_words;         // months, weekdays: not names
  StringSet org_heads;              // "Institute", "Ministry", ...
  StringSet stance_classes;         // verb classes that take a position
  StringSet occurrence_hosts;       // "at", "held": a noun event after them is the clause's
  StringSet tone_words;             // detect/tone_words: what makes a scene claim
  StringMap<std::string> concepts;  // word -> concept
  StringMap<std::string> demonym_places;
  StringMap<std::string> trends;  // word -> up/down
  // Casualty counts (quantities/casualty_verbs.tsv, casualty_words.tsv): word -> concept.
  StringMap<std::string> casualty_verbs;     // before the figure: "killing 12"
  StringMap<std::string> casualty_after;     // after it: "27 injured", "12 people died"
  StringMap<std::string> casualty_suffered;  // after "suffered": "six people suffered injuries"
  StringMap<std::string> casualty_tolls;     // a noun before it: "the death toll rose to 14"
  StringSet casualty_people;                 // nouns that name no one in particular: "people"
  // Rates (quantities/rate_periods.tsv): "a day" -> day, "annually" -> year; and the words
  // that, after the period, make it a time instead ("a day after").
  StringMap<std::string> rate_periods;
  StringSet rate_not_after;
  StringMap<int> months;    // "August" -> 8
  StringMap<int> weekdays;  // "Monday" -> 0

  // Runs `pack` over every sentence of `document` (RE2::Set first, captures only where it
  // hit) and returns the matches in document offsets.
  // `only`, when given, says which sentences to look at (a cheap test has ruled out the
  // others: quote cues need a quote mark, reported speech a reporting verb).
  std::vector<SentenceMatches> match_sentences(const rules::Pack& pack, const Document& document,
                                               const std::vector<bool>* only = nullptr) const;
  // Lemma of a cue verb as written ("stated" -> "state").
  std::string cue_lemma(std::string_view cue) const;
  // Verb class of a lemma ("refuse" -> "reject"); empty when the table has none.
  std::string verb_class(std::string_view lemma) const;
  // The keyword a content word contributes: its concept, else its stem; empty for
  // function words.
  std::string keyword(std::string_view lower, normalize::Stemmer& stemmer) const;
};

uint32_t sentence_at(const Document& document, uint32_t offset);

// Lookups that stay logarithmic on long documents (mentions and times are kept sorted by
// offset).
// Mentions starting in [start, end).
std::pair<std::vector<Mention>::const_iterator, std::vector<Mention>::const_iterator> mentions_in(
    const std::vector<Mention>& mentions, uint32_t start, uint32_t end);
// The mention that covers [start, end), if any.
const Mention* mention_covering(const std::vector<Mention>& mentions, uint32_t start, uint32_t end);
// The time expression that covers [start, end), if any.
const TimeMention* time_covering(const std::vector<TimeMention>& times, uint32_t start,
                                 uint32_t end);
// The cues pack's matches in one sentence (empty when none).
const std::vector<rules::Match>& cues_of(const DocumentState& state, uint32_t sentence);

// The matches that overlap no better one (higher `priority` attribute, then longer), in
// text order.
std::vector<const rules::Match*> best_matches(const std::vector<rules::Match>& matches);

// Entity mentions: titled and first-name persons (entities pack), places and
// organisations (tables), capitalised names no dictionary knows. Sorted by offset.
std::vector<Mention> find_mentions(const Extractor::Impl& impl, DocumentState& state);

// Adds a mention at every occurrence of the surname of each person already in
// `mentions` ("Trump's position"), so that pronouns find the person the text last spoke
// of. Keeps `mentions` sorted by offset.
void add_surname_mentions(const Document& document, std::vector<Mention>& mentions);

// The person a pronoun or role phrase at `offset` stands for, or nullptr. `names` tells
// titles ("chief executive") between an employer and its person's name.
const Mention* antecedent(const Document& document, const std::vector<Mention>& mentions,
                          uint32_t offset, const normalize::SpeakerPhrase& phrase,
                          const normalize::Names& names);
// The first person named in `sentence` before `before` (the subject of a participle cue).
const Mention* sentence_subject(const std::vector<Mention>& mentions, Span sentence,
                                uint32_t before);
// Entity key of a speaker phrase at `offset` ("he", "the Russian leader", "Merz"); empty
// when it cannot be resolved. Named speakers are added to `mentions`.
std::string resolve_speaker(const Extractor::Impl& impl, const Document& document,
                            std::vector<Mention>& mentions, std::string_view phrase,
                            uint32_t offset, std::string* display = nullptr);

// The span of a cue match's speaker: its `speaker` group, or, when that is a role with no
// name ("the union's president") and the `apposition` group after it is exactly a person
// the mention finder found ("the union's president, Lars Winther, said"), that name.
std::optional<Span> speaker_span(const Extractor::Impl& impl, const Document& document,
                                 const std::vector<Mention>& mentions, const rules::Match& match);

// Direct quotes with their speakers; each quote becomes a Frame too.
void extract_quotes(const Extractor::Impl& impl, DocumentState& state);
// Reported speech without quote marks; each content clause becomes a Frame.
void extract_speech(const Extractor::Impl& impl, DocumentState& state);
// Time expressions, resolved (state.times); Time claims are made by attach_times().
void extract_times(const Extractor::Impl& impl, DocumentState& state);
// Event and stance claims.
void extract_events(const Extractor::Impl& impl, DocumentState& state);
// Quantity claims (figures inside time expressions are left to those).
void extract_quantities(const Extractor::Impl& impl, DocumentState& state);
// Scene claims: a sentence with no other claim that characterises a scene with a tone
// word ("the road to the border post was quiet"); what a tone finding cites.
void extract_scenes(const Extractor::Impl& impl, DocumentState& state);
// Gives event and quantity claims the nearest time of their sentence and makes a Time
// claim per expression.
void attach_times(DocumentState& state);
// Polarity and modality from the cues pack, attribution from frames, entities and
// keywords: the fields every claim has, filled last.
void finish_claims(const Extractor::Impl& impl, DocumentState& state);

}  // namespace cc::extract
