// Tone detector: opposite characterisations of the same event.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Finds tone words (rules/detect/tone_words.tsv: calm "smooth", "cordial" / tense
// "tense", "dramatic") next to an event noun (rules/detect/event_nouns.tsv: "meeting",
// "talks") in the sentences of claims, skipping words that are negated, that follow a
// contrast marker in their clause ("unlike the tense session in February") or that
// describe an earlier occurrence ("their first meeting"). Two sources characterise the
// same event when sentences with opposite tone words hold aligned claims, or claims that
// share two entities at compatible times; each pair of sources gets one divergence.
class ToneDetector final : public Detector {
 public:
  explicit ToneDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "tone"; }
  std::string_view summary() const override {
    return "opposite characterisations of the same event";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

  // A tone word characterising an event in one sentence.
  struct Mention {
    Span span;          // the tone word, in document bytes
    std::string word;   // as written
    int side = 0;       // +1 calm, -1 tense
    std::string event;  // event class of the noun it qualifies ("meeting")
  };
  // The tone mentions of one sentence of a document.
  std::vector<Mention> mentions(const Document& document, uint32_t sentence) const;
  // The same, given the sentence's words (text::words of its span).
  std::vector<Mention> mentions(const Document& document, uint32_t sentence,
                                const std::vector<text::Word>& words) const;

 private:
  std::unordered_map<std::string, int> tone_;            // word -> +1 calm / -1 tense
  std::unordered_map<std::string, std::string> events_;  // noun -> event class
  std::unordered_set<std::string> contrast_;             // "unlike", "than"
  std::unordered_set<std::string> recurrence_;           // "first", "last"
  std::unordered_set<std::string> negations_;            // "not", "never"
};

}  // namespace cc::detect
