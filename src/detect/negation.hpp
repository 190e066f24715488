// Negation detector: the same event asserted by one source and denied by another.
#pragma once

#include "detect/detector.hpp"

namespace cc::detect {

// Reports an aligned pair of claims with the same predicate and opposite polarity
// ("territory was not discussed" / "we discussed exchanges of territory") as a
// contradiction — unless both are tentative, the actors differ or the times cannot both
// hold (then they are two events, not one event told two ways).
class NegationDetector final : public Detector {
 public:
  std::string_view type() const override { return "negation"; }
  std::string_view summary() const override {
    return "one source asserts an event that another denies";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;
};

}  // namespace cc::detect
