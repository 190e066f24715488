// Antonym detector: opposite predicates or evaluations of the same thing.
#pragma once

#include "detect/detector.hpp"

namespace cc::detect {

// Reports an aligned pair whose predicates are opposites (the news-verb table
// rules/detect/verb_antonyms.tsv or WordNet antonyms: increase/decrease, win/lose,
// accept/reject) with the same polarity and the same actor, or whose wording differs by
// one word swapped for its opposite ("the talks were productive" / "unproductive").
// "Rejected" and "did not accept" agree, so opposite polarity cancels an antonym.
class AntonymDetector final : public Detector {
 public:
  std::string_view type() const override { return "antonym"; }
  std::string_view summary() const override {
    return "opposite predicates or evaluations of the same thing";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;
};

}  // namespace cc::detect
