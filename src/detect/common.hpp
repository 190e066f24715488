// Helpers every detector shares: which pairs may be compared at all, how firm a claim is,
// how a claim is described in a finding, and where a word sits in a claim's sentence.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Two claims may be compared: not the same claim, and from different sources unless
// --within-source was given.
bool comparable(const Context& context, const Claim& a, const Claim& b);

// A claim that commits to nothing yet: hedged ("may", "reportedly") or planned ("will").
bool tentative(const Claim& claim);

// The predicate class, else the predicate; empty for quotes (whose predicate is "say"),
// reported speech (compared by what was said, not the verb of saying) and time claims
// (which repeat their event's predicate).
std::string predicate_of(const Claim& claim);

// Who acts in the claim: its subject; for a quote without one, its speaker. The speaker
// of an event told inside a quote is not its actor ("We need to discuss", Trump said).
const std::string& actor_of(const Claim& claim);
// True when the actor is a named entity (the extractor lists it among the claim's
// entities), not a common noun such as "meeting" or "officials".
bool named_actor(const Claim& claim);
// True when both claims have the same actor.
bool same_actor(const Claim& a, const Claim& b);
// True when the actors cannot be the same: both named, different, and neither named
// among the other claim's entities.
bool different_actors(const Claim& a, const Claim& b);

// The first column of a rule table, case-folded; empty when the rule set lacks it.
std::unordered_set<std::string> word_list(const rules::RuleSet& rules, std::string_view name);

// Which events a claim states as having happened, read from its sentence with the word
// lists of rules/detect: a detector compares only those.
class Occurrence {
 public:
  explicit Occurrence(const rules::RuleSet& rules);
  // True when the sentence marks the event as one of several ("first", "again",
  // "previous": recurrence.txt): a second date or a denial is then another occurrence.
  // With `names_apart` (figures), a word of the list inside a name does not count:
  // "MERSIN (Coastal Daily) - Nine people died" (see recurs() in common.cpp).
  // With `objects_apart`, a word of the list after a determiner inside the claim's object
  // marks the object, not the act ("supported the plan for a second runway": the
  // support is one; "won the game again" still recurs).
  bool recurs(const Analysis& analysis, const Claim& claim, bool names_apart = false,
              bool objects_apart = false) const {
    return !recurrence_mark(analysis, claim, names_apart, objects_apart).empty();
  }
  // The first word that makes recurs() true, with the word after it and an indefinite
  // article before it ("a first offence", "again"); empty when there is none.
  std::string recurrence_mark(const Analysis& analysis, const Claim& claim,
                              bool names_apart = false, bool objects_apart = false) const;
  // True when a mark names one period of the event by its rank ("first day", "second
  // week": an ordinal and a unit of durations.tsv). "The opening day" is marked "first
  // day". Two figures of one such period are of one occasion.
  bool period_of_event(std::string_view mark) const;
  // The word that picks one occurrence of a recurring event ("the last inspection", "had
  // first been reported": ordinal_recurrence.txt) when it is the sentence's only
  // recurrence word, inside the claim's own words and in no time ("last week"); else empty.
  std::string ordinal(const Analysis& analysis, const Claim& claim) const;
  // True when a plan is marked as the next occurrence and nothing else: its sentence's
  // recurrence words, outside times, are all of next_occurrence.txt ("will meet again",
  // "the next round of negotiations is scheduled for"), or its predicate is ("talks will
  // resume").
  bool next(const Analysis& analysis, const Claim& claim) const;
  // True when the claim is not stated as a fact of its own: the content of a demand, a
  // proposal, a promise, a threat or a warning made in its sentence ("Putin demanded that
  // Ukraine relinquish the Donbas": nonfactive.txt lists the classes), or a condition
  // ("If Teixeira signs with the Red Sox": conditionals.txt).
  bool embedded(const Analysis& analysis, const Claim& claim) const;
  // True when the claim is read as affirmed although its own words hold a negation ("no
  // one else was injured", "Neither RIM nor T-Mobile has announced"): its polarity is not
  // known, so it is not compared on polarity.
  bool unread_negation(const Analysis& analysis, const Claim& claim) const;
  // True when the claim is an act of saying (discuss, mention: speech_acts.txt) that a
  // quote performs: "We also need to discuss the possible exchanges of territory," said
  // in the meeting, raises the matter whatever the modal ("need to") says.
  bool said_in_quote(const Analysis& analysis, const Claim& claim) const;
  // Whether the claim lies inside a direct quote of its sentence.
  bool inside_quote(const Analysis& analysis, const Claim& claim) const;
  // True when a stance claim is softened by its own words (stance_words.tsv, a "softener"
  // before its object: "broadly defended") or qualified by the clause
  // right after it ("qualifier": "welcomed the ruling but said ..."; not with `clause` false).
  bool qualified(const Analysis& analysis, const Claim& claim, bool clause = true) const;

 private:
  std::unordered_set<std::string> recurrence_;
  // Recurrence words that mark one only before a time word ("every year", not "every
  // ballot"): recurrence.txt rows with `time` in their second column.
  std::unordered_set<std::string> before_time_;
  std::unordered_set<std::string> time_words_;  // durations' units, weekdays, months, day parts
  std::unordered_set<std::string> durations_;   // durations' units ("week", "year")
  std::unordered_set<std::string> ordinals_;
  std::unordered_set<std::string> next_;
  std::unordered_set<std::string> negations_;
  std::vector<std::vector<std::string>> negation_idioms_;
  std::unordered_set<std::string> speech_acts_;
  std::unordered_set<std::string> nonfactive_;
  std::unordered_set<std::string> conditionals_;
  std::unordered_set<std::string> softeners_;
  std::unordered_set<std::string> qualifiers_;
};

// True when two times can both hold: overlapping dates, or (weekdays not placed on the
// calendar) the same weekday; a time of another kind can hold with anything.
bool times_may_coincide(const Value& a, const Value& b);
// False when both claims carry times that cannot both hold.
bool times_compatible(const Claim& a, const Claim& b);

// When the source says the claim's event happened: its time, else the source's
// publication date, as a day interval; nullopt when neither is known.
std::optional<std::pair<double, double>> when(const Analysis& analysis, const Claim& claim);

// Of sources writing one thing two ways, whether those writing it the first way (`one`)
// get the grouped finding against those writing it the other way (`two`): the fewer, on a
// tie the side of the earliest source (in `check`, the draft's).
bool fewer_sources(const std::set<uint32_t>& one, const std::set<uint32_t>& two);
// "s2", "s2 and s5", "s2, s5 and s7"; past `listed` sources "s2, s3, s5 and 7 other sources".
std::string source_list(const Analysis& analysis, const std::vector<uint32_t>& sources,
                        size_t listed = SIZE_MAX);

// "s2 (Mark Rutte)" — the source id and, when known, the named actor or the speaker.
std::string who(const Analysis& analysis, const Claim& claim);
// A short quotation of the claim for explanations: its own words, at most `bytes` long.
std::string gist(const Analysis& analysis, const Claim& claim, size_t bytes = 80);

// Byte span (in the document) of the first occurrence of `word` (folded, one word or
// several) in the claim's sentence; nullopt when absent.
std::optional<Span> find_words(const Analysis& analysis, const Claim& claim,
                               std::string_view words);

// A finding over one aligned pair: `first` is the main claim (evidence[0]); the link's
// reason is appended to the explanation so that a reader sees why the claims were paired.
Finding pair_finding(const Link& link, const Claim& first, const Claim& second, Level level,
                     std::string type, std::string rule, std::string summary,
                     std::string explanation);
// True when `test` holds for another claim of the claim's sentence. Claims are numbered in
// document order, so the claims of a sentence are its neighbours.
template <typename Test>
bool any_in_sentence(const Analysis& analysis, const Claim& claim, Test&& test) {
  auto same_sentence = [&](const Claim& other) {
    return other.source == claim.source && other.sentence == claim.sentence;
  };
  for (size_t i = claim.index; i-- > 0 && same_sentence(analysis.claims[i]);) {
    if (test(analysis.claims[i])) return true;
  }
  for (size_t i = claim.index + 1; i < analysis.claims.size() && same_sentence(analysis.claims[i]);
       ++i) {
    if (test(analysis.claims[i])) return true;
  }
  return false;
}

// Adds the span of `words` in the claim's sentence to its evidence highlights, if found.
void highlight(const Analysis& analysis, Evidence& evidence, std::string_view words);

// A word with British spellings mapped to American ones ("neighbourhood", "organise",
// "defence", "travelled", "centre"): two words that differ only so compare equal.
std::string american_spelling(std::string word);

// Display form of a day interval ("2025-08-18" or "2025-08-18 to 2025-08-24").
std::string format_days(double low, double high);

}  // namespace cc::detect
