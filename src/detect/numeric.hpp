// Numeric detector: two figures for the same quantity of the same thing that cannot both
// be true.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "align/lexicon.hpp"
#include "detect/common.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Compares aligned quantity claims as intervals in one base unit, widened by their
// approximators and rounding (align::Units): overlapping intervals agree ("roughly 20%"
// and "about one-fifth"). Disjoint ones contradict — unless the later figure is an update
// that moves the way the count moves (a "rose to" trend, or a count that only grows,
// rules/detect/cumulative.txt). A later figure that moves against its own trend is a
// contradiction; figures a few percent apart are a divergence. A pair is left alone when
// the other sentence gives the figure too (a list read in another order), when only one
// of the sentences counts a total or an average ("a total of 10 people", "per game":
// rules/detect/scope_words.txt), or when either figure is not stated as a fact.
class NumericDetector final : public Detector {
 public:
  explicit NumericDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "numeric"; }
  std::string_view summary() const override {
    return "different figures for the same quantity of the same thing";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // True when the sentence of `claim` gives a figure that agrees with `value`.
  bool also_gives(const Context& context, const Claim& claim, const Value& value) const;
  // The scope words ("total", "so far", "per") the claim's sentence uses, sorted. A
  // casualty count (`casualty`: its counted key is a casualty concept) takes a part word
  // ("others", "more", "another") only from next to its own figure, and not when an
  // earlier figure of its sentence counts another casualty: in "9 people died and 31
  // others were hurt" the injured are others than the dead, all the injured.
  std::vector<std::string> scope(const Context& context, const Claim& claim, bool casualty,
                                 align::Stemmer& stemmer) const;
  // True when the claim's date is a year after a bound word ("since 2019").
  bool bounded_year(const Analysis& analysis, const Claim& claim) const;
  // True when the figure's time bounds the period it covers: "has scorched 3,100 hectares
  // ... since it started on Thursday" (a word of time_bounds.txt between the two).
  bool bounded_time(const Analysis& analysis, const Claim& claim) const;
  std::unordered_set<std::string> cumulative_;   // stems of counts that only grow
  std::unordered_set<std::string> bounds_;       // "since", "until" (time_bounds.txt)
  std::vector<std::vector<std::string>> scope_;  // scope words and phrases, as folded words
  std::unordered_set<std::string> parts_;        // part words ("other", "more": part_words.txt)
  Occurrence occurrence_;
};

}  // namespace cc::detect
