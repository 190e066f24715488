// Attribution detector: the same words attributed to different speakers.
#pragma once

#include "detect/detector.hpp"

namespace cc::detect {

// Reports aligned quotes whose words agree (the aligner links quotes of different
// speakers only when at least six words long and 70% the same) but whose speakers are two
// different people. A quote without a named speaker in one source is not reported: an
// omission is not a different attribution.
class AttributionDetector final : public Detector {
 public:
  std::string_view type() const override { return "attribution"; }
  std::string_view summary() const override {
    return "the same words attributed to different speakers";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;
};

}  // namespace cc::detect
