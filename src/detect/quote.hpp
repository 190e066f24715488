// Quote detector: the same speaker quoted with different words in two sources.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Grades each aligned pair of quotes of one speaker by a word-level diff (after expanding
// contractions: "can't" = "cannot" = "can not"):
//   identical, punctuation or case only, a hyphenation or spelling variant, an ordinal
//   in words or figures ("twelfth" / "12th"), or a cut (one quote is part of the other)
//                                                        -> nothing
//   every change is a WordNet synonym or another form of the same word
//                                                        -> divergence.quote-synonym
//   other wording changes                                -> divergence.quote
//   a word swapped for its opposite                      -> contradiction.quote-antonym
//   a negation added or removed ("will" / "will not")    -> contradiction.quote-negation
class QuoteDetector final : public Detector {
 public:
  explicit QuoteDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "quote"; }
  std::string_view summary() const override {
    return "the same speaker quoted with different words in two sources";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // True when words[i] denies something (a negation word that does not open an idiom).
  bool negates(const std::vector<text::Word>& words, size_t i) const;
  // True when `part` (non-empty) is a contiguous run of the words of `whole`.
  static bool contiguous_run(const std::vector<text::Word>& whole,
                             const std::vector<text::Word>& part);
  std::unordered_set<std::string> negations_;  // words that flip a statement: not, never, ...
  std::unordered_set<std::string> idioms_;     // "no matter", "not only": no denial
  std::unordered_map<std::string, std::string> ordinals_;  // "twelfth", "12th" -> "12"
};

}  // namespace cc::detect
