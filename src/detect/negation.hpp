// Negation detector: the same event asserted by one source and denied by another.
#pragma once

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
  explicit NegationDetector(const rules::RuleSet& rules) : occurrence_(rules) {}
  std::string_view type() const override { return "negation"; }
  std::string_view summary() const override {
    return "one source asserts an event that another denies";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  Occurrence occurrence_;
};

}  // namespace cc::detect
