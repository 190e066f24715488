// Antonym detector: opposite predicates or evaluations of the same thing.
#pragma once

#include "detect/common.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Reports an aligned pair of one actor whose predicates are opposites (the news-verb
// table rules/detect/verb_antonyms.tsv or WordNet antonyms: increase/decrease, win/lose,
// accept/reject) with the same polarity, or whose wording differs by one word swapped
// for its opposite ("the talks were productive" / "unproductive").
// "Rejected" and "did not accept" agree, so opposite polarity cancels an antonym.
// Aligned figures reported as changes in opposite directions ("shares rose 4 percent" /
// "fell 4 percent") are opposite accounts too.
// Opposites where one follows the other (arrested / released) contradict only when both
// are dated to the same day; events marked as one of several, conditions and the
// content of demands are not compared.
class AntonymDetector final : public Detector {
 public:
  explicit AntonymDetector(const rules::RuleSet& rules)
      : occurrence_(rules), trends_(word_list(rules, "quantities/trends")) {}
  std::string_view type() const override { return "antonym"; }
  std::string_view summary() const override {
    return "opposite predicates or evaluations of the same thing";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // The figures of one aligned pair of quantities: opposite trends.
  void figures(const Context& context, const Link& link, std::vector<Finding>& out) const;
  Occurrence occurrence_;
  std::unordered_set<std::string> trends_;  // rules/quantities/trends.tsv words
};

}  // namespace cc::detect
