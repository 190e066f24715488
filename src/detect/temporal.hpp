// Temporal detector: the same event placed at incompatible times.
#pragma once

#include <string>
#include <unordered_set>

#include "detect/detector.hpp"

namespace cc::detect {

// Reports an aligned pair of event claims with the same predicate whose times (day
// intervals) cannot overlap. Events that recur ("their first meeting", "met again":
// rules/detect/recurrence.txt) and plans (which move) are left alone: two dates there are
// two occurrences, not one event told two ways.
class TemporalDetector final : public Detector {
 public:
  explicit TemporalDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "temporal"; }
  std::string_view summary() const override {
    return "the same event placed at incompatible times";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // True when the claim's sentence marks the event as one of several.
  bool recurs(const Analysis& analysis, const Claim& claim) const;
  std::unordered_set<std::string> recurrence_;
};

}  // namespace cc::detect
