// Numeric detector: two figures for the same quantity of the same thing that cannot both
// be true.
#pragma once

#include <string>
#include <unordered_set>

#include "detect/detector.hpp"

namespace cc::detect {

// Compares aligned quantity claims as intervals in one base unit, widened by their
// approximators and rounding (align::Units): overlapping intervals agree ("roughly 20%"
// and "about one-fifth"). Disjoint ones contradict — unless the later figure is an update
// that moves the way the count moves (a "rose to" trend, or a count that only grows,
// rules/detect/cumulative.txt). A later figure that moves against its own trend is a
// contradiction; figures a few percent apart are a divergence.
class NumericDetector final : public Detector {
 public:
  explicit NumericDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "numeric"; }
  std::string_view summary() const override {
    return "different figures for the same quantity of the same thing";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  std::unordered_set<std::string> cumulative_;  // stems of counts that only grow
};

}  // namespace cc::detect
