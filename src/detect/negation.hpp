// Negation detector: the same event asserted by one source and denied by another.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/string_map.hpp"
#include "detect/common.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Reports an aligned pair of claims with the same predicate and opposite polarity
// ("territory was not discussed" / "we need to discuss exchanges of territory") as a
// contradiction — unless either is tentative (a plan does not contradict a denial of what
// happened; a quote that raises a matter is no plan: speech_acts.txt), the actors differ,
// the times cannot both hold, the sentence marks the event as one of several ("would not
// host the Oscars again"), either claim is not stated as a fact (the content of a demand,
// a condition), an affirmed claim holds a negation the extractor did not read, or one
// claim acts on a property of what the other acts on ("has not revealed a release date or
// pricing for the Curve" / "announced the Curve": attribute_of_other).
class NegationDetector final : public Detector {
 public:
  explicit NegationDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "negation"; }
  std::string_view summary() const override {
    return "one source asserts an event that another denies";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // The second route: a sentence that denies what an alike sentence of another source
  // states, in other words than an aligned pair of claims ("She said there was no imminent
  // danger of flooding" / "warned that the town was in imminent danger of flooding"): a
  // negation's word, the first content word after it, stated without a negation in the
  // other sentence. Skips the sentence pairs in `reported` (source, sentence of each side).
  void told_alike(const Context& context, const std::set<std::array<uint32_t, 4>>& reported,
                  std::vector<Finding>& out) const;
  enum class Cue : uint8_t { None, Negation, Implicit };
  // Whether a lower-cased word denies: "not", "didn't" (Negation), "declined" (Implicit).
  Cue cue_of(std::string_view word) const;
  // True when the text holds a negation or an implicit one: a scan of its bytes.
  bool has_cue(std::string_view text) const;
  // A word's first three letters as a number (for has_start()).
  static uint32_t start_of(std::string_view word);
  // True when a word of the text starts with one of `starts` (start_of() of a key).
  bool has_start(std::string_view text, const std::unordered_set<uint32_t>& starts) const;
  Occurrence occurrence_;
  StringMap<Cue> cues_;  // negations, bare contractions and implicit negations
  size_t longest_cue_ = 0;
  uint32_t cue_starts_ = 0;                       // a bit per letter a cue starts with
  std::unordered_set<std::string> negations_;     // common/negations
  std::unordered_set<std::string> implicit_;      // detect/implicit_negations ("declined")
  std::unordered_set<std::string> speech_forms_;  // verbs of saying as written (cue_verbs)
};

}  // namespace cc::detect
