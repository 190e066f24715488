// Tone detector: opposite characterisations of the same event.
#pragma once

#include <map>
#include <set>
#include <tuple>

#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/string_map.hpp"
#include "core/text.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Finds tone words (rules/detect/tone_words.tsv: calm "smooth", "orderly" / tense
// "tense", "unruly"; upbeat / sombre on a second axis) next to an event noun
// (rules/detect/event_nouns.tsv: "meeting", "talks", "evacuation") in every sentence,
// skipping words that are negated, that follow a contrast marker in their clause
// ("unlike the tense session in February") or that describe an earlier occurrence
// ("their first meeting"). Two sources characterise the same event when sentences with
// opposite tone words name the same event noun (or one of its class with two shared
// entities, or hold aligned claims), at compatible times and, when both name entities,
// with a shared one; each pair of sources gets one divergence per event and axis.
class ToneDetector final : public Detector {
 public:
  explicit ToneDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "tone"; }
  std::string_view summary() const override {
    return "opposite characterisations of the same event";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

  struct Sentence;  // a sentence with tone words and its claims (tone.cpp)
  // A tone word characterising an event in one sentence.
  struct Mention {
    Span span;              // the tone word, in document bytes
    std::string word;       // as written
    int side = 0;           // +1 calm / upbeat, -1 tense / sombre
    int axis = 0;           // 0 calm–tense, 1 upbeat–sombre (mood)
    std::string event;      // event class of the noun it qualifies ("meeting")
    std::string noun;       // the noun itself, folded, singular when listed ("meeting")
    std::string qualifier;  // "last" for the final occurrence ("the last round of talks")
  };
  // The tone mentions of one sentence of a document.
  std::vector<Mention> mentions(const Document& document, uint32_t sentence) const;
  // The same, given the sentence's words (text::words of its span).
  std::vector<Mention> mentions(const Document& document, uint32_t sentence,
                                const std::vector<text::Word>& words) const;

 private:
  struct Tone {
    int side = 0;         // +1 calm / upbeat, -1 tense / sombre
    int axis = 0;         // 0 calm–tense, 1 upbeat–sombre
    bool manner = false;  // an adverb only (WordNet): how something was done ("easily")
  };
  // True when the mention tells a scene's mood in a sentence read alone: not an adverb of
  // manner ("easily dismantled"), not a period's character ("after 800 years of quiet").
  // `words` are the sentence's (spans from its start, `start` in the document).
  bool scene_mood(const Mention& mention, const std::vector<text::Word>& words, size_t start) const;
  // True when the sentence's text holds a tone word: a cheap scan without splitting it.
  bool has_tone_word(std::string_view text) const;
  // mentions(); with `scenes`, also the tone words next to no event noun, with an empty
  // event ("the station concourse was orderly", "scenes of panic").
  std::vector<Mention> read(const Document& document, uint32_t sentence,
                            const std::vector<text::Word>& words, bool scenes) const;
  // The second route: two sentences of two sources that tell one scene in other words,
  // of opposite tones ("the station concourse was orderly" / "chaotic scenes on the
  // station concourse"), when no event noun ties them. Skips the sentence pairs in
  // `reported` (indices into `sentences`).
  // Also two sentences that are each their source's only account of a scene on one axis
  // (`scene_sentences`: per source, per axis, the sentences with a tone word of it, claims or
  // not), of opposite tones, sharing words of the scene ("inside the terminal some 300 passengers
  // stayed calm" / "frantic passengers pushed toward the exits of the terminal").
  // Skips the source pairs and axes in `told` (already found by the first route).
  void scenes(const Context& context, const std::vector<Sentence>& sentences,
              const std::set<std::pair<size_t, size_t>>& reported,
              const std::map<std::pair<uint32_t, int>, size_t>& scene_sentences,
              const std::set<std::tuple<uint32_t, uint32_t, int>>& told,
              std::vector<Finding>& out) const;

  StringMap<Tone> tone_;  // word -> side and axis
  StringSet tone_parts_;  // last parts of hyphenated tone words ("tempered"), for the scan
  std::unordered_map<std::string, std::string> events_;  // noun -> event class
  std::unordered_set<std::string> contrast_;             // "unlike", "than"
  std::unordered_set<std::string> recurrence_;           // "first", "again"
  std::unordered_set<std::string> final_;                // "last", "final": a qualifier
  std::unordered_set<std::string> change_;               // "turned", "became"
  std::unordered_set<std::string> unheld_;               // "planned", "scheduled"
  std::unordered_set<std::string> negations_;            // "not", "never"
};

}  // namespace cc::detect
