// Coverage detector: facts only one source states.
#pragma once

#include "detect/detector.hpp"

namespace cc::detect {

// A note for each fact whose claims all come from one source, when other sources had
// something to say on the matter — the aligner compared the claim with theirs (same
// speaker, same entity and predicate family, same counted thing) and found no match — so
// their silence is informative. Only claims a reader can check are noted: quotes of three
// words or more with a named speaker that no other source's text prints (extraction may
// have missed the quote there) and that no other source tells in its own words (a quote or
// reported speech of the same speaker sharing its content words).
class CoverageDetector final : public Detector {
 public:
  std::string_view type() const override { return "coverage"; }
  std::string_view summary() const override { return "a fact that only one source states"; }
  void run(const Context& context, std::vector<Finding>& out) const override;
};

}  // namespace cc::detect
