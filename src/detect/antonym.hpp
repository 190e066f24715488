// Antonym detector: opposite predicates or evaluations of the same thing.
#pragma once

#include <unordered_map>

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
// Second route, where no aligned pair ties them: two sentences of two sources told alike
// but for one word swapped for its opposite ("the tram was running three minutes behind
// schedule" / "ahead of schedule", "levels fell" / "rose" in otherwise the same words),
// neither negated, at times that can both hold.
class AntonymDetector final : public Detector {
 public:
  explicit AntonymDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "antonym"; }
  std::string_view summary() const override {
    return "opposite predicates or evaluations of the same thing";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // The figures of one aligned pair of quantities: opposite trends.
  void figures(const Context& context, const Link& link, std::vector<Finding>& out) const;
  // The second route: sentences told alike but for a word and its opposite.
  void swaps(const Context& context, std::vector<Finding>& out) const;
  Occurrence occurrence_;
  std::unordered_set<std::string> trends_;           // rules/quantities/trends.tsv words
  std::unordered_map<std::string, int> directions_;  // trends.tsv: word -> +1 up, -1 down
  std::unordered_set<std::string> verb_forms_;       // lexicon/event_verb_forms.tsv words
};

}  // namespace cc::detect
