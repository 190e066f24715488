// Stance detector: one source reports a firm position, another a softened or opposite one
// from the same actor.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "detect/common.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Each claim of an actor gets a direction from its predicate (rules/detect/stance_words.tsv:
// "reject" is against, "consider" is for; a negation reverses it) and a firmness: firm
// when asserted or reported without a softening cue (a refusal stated as a plan, "will
// never accept", is firm too), soft when hedged ("may consider") or softened by a cue.
// Aligned claims of the same actor with opposite directions are reported:
//   one firm, one soft  -> divergence.stance   ("rejects any concession" / "may consider
//                                                compromises")
//   both firm           -> contradiction.stance, unless the antonym or negation detector
//                          already covers the pair (opposite verbs, or one verb negated)
//   both soft           -> nothing (two hedges are not positions)
class StanceDetector final : public Detector {
 public:
  explicit StanceDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "stance"; }
  std::string_view summary() const override {
    return "a firm position in one source, a softened or opposite one in another";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

  // +1 for, -1 against, 0 when the predicate expresses no position.
  int direction(const Claim& claim) const;
  // True when the claim states a position firmly (see the class comment).
  bool firm(const Analysis& analysis, const Claim& claim) const;
  // True when the position is softened by its own words, not by a hedge, a plan or a
  // clause after it: a soft predicate ("doubt", "open to") or a softener ("broadly").
  bool softened(const Analysis& analysis, const Claim& claim) const;

 private:
  Occurrence occurrence_;                            // which positions are stated
  std::unordered_map<std::string, int> directions_;  // predicate -> +1 for, -1 against
  std::unordered_set<std::string> soft_;  // cues and predicates that soften ("may", "consider")
  std::vector<std::string> firm_;         // cues that harden ("any", "never"), highlighted
};

}  // namespace cc::detect
