// Temporal detector: the same event placed at incompatible times.
#pragma once

#include <array>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "detect/common.hpp"
#include "detect/detector.hpp"

namespace cc::detect {

// Reports an aligned pair of event claims of one actor with the same predicate whose
// times (day intervals) cannot overlap. Events that recur ("their first meeting", "met
// again": rules/detect/recurrence.txt), plans (which move), bounds ("by 1958", "since
// May": rules/detect/time_bounds.txt) and sentences that also name the other date ("won
// in 2001 and again in 2005") are left alone: two dates there are two occurrences or a
// range, not one event told two ways.
class TemporalDetector final : public Detector {
 public:
  explicit TemporalDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "temporal"; }
  std::string_view summary() const override {
    return "the same event placed at incompatible times";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

 private:
  // The word that makes the claim's time only a bound in its sentence ("by" in "by 1958",
  // "until"), empty when it is none.
  std::string bound(const Analysis& analysis, const Claim& claim) const;
  // True when the claim's sentence also names a time that overlaps `time`.
  bool also_dates(const Analysis& analysis, const Claim& claim, const Value& time) const;
  // True when the claim's source tells, elsewhere, an event of `other`'s kind at `other`'s
  // time, with its polarity.
  bool dated_elsewhere(const Analysis& analysis, const Claim& claim, const Claim& other) const;
  // True when the claim's day or month name, told without a date, is not its own: the
  // name of a day ("Patch Tuesday"), or a time standing next to another verb ("officials
  // said Saturday", "announced on Tuesday that it has signed", "on Thursday intercepted").
  // `own` is the claim's event predicate (a time claim's event's, for the second route).
  bool named_elsewhere(const Analysis& analysis, const Claim& claim, std::string_view word,
                       std::string_view own) const;
  // How many different times the claim's sentence names (its time claims).
  static size_t times_in_sentence(const Analysis& analysis, const Claim& claim);
  // The second route: times of two sentences that tell the same thing in other words
  // ("The ferry docked at 7:10 p.m." / "The vessel finally docked at 8:10 p.m."),
  // paired by their words when no event of theirs was aligned. Skips the
  // sentence pairs in `reported` (source, sentence of each side).
  void told_alike(const Context& context, const std::set<std::array<uint32_t, 4>>& reported,
                  std::vector<Finding>& out) const;
  Occurrence occurrence_;
  std::unordered_set<std::string> bounds_;
  std::unordered_map<std::string, std::string> verb_forms_;  // form -> class (events, speech)
  std::unordered_set<std::string> same_event_;  // "open\x1fstart": classes of one event
};

}  // namespace cc::detect
