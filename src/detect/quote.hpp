// Quote detector: the same speaker quoted with different words in two sources.
#pragma once

#include <string>
#include <unordered_set>

#include "core/text.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Grades each aligned pair of quotes by its word-level diff: identical or punctuation
// only (nothing), a cut (one quote is part of the other: nothing), a wording change
// (divergence), or a change of meaning such as a negation added or removed
// (contradiction).
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
  std::unordered_set<std::string> negations_;  // words that flip a statement: not, never, ...
  std::unordered_set<std::string> idioms_;     // "no matter", "not only": no denial
};

}  // namespace cc::detect
