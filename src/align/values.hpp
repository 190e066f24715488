// Normalised values compared as intervals: quantities in a common base unit, widened by
// their approximators ("about", "roughly") and by the rounding of round figures; dates as
// day intervals. Two figures disagree only when their intervals are disjoint.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "core/model.hpp"

namespace cc::rules {
class RuleSet;
}

namespace cc::align {

// A numeric interval; an open end excludes its bound ("more than 5,000").
struct Interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;
};

// A quantity in the base unit of its dimension.
struct Measure {
  std::string dimension;  // "share", "length", "usd", or "" for plain counts
  Interval interval;      // in the dimension's base unit, widened (see measure())
};

class Units {
 public:
  // Reads detect/units (unit, dimension, factor); without it only plain counts compare.
  explicit Units(const rules::RuleSet& rules);
  // The quantity of a Number value in base units, widened by its tolerance and, for round
  // figures of 100 or more given without an approximator, by half a unit of their last
  // non-zero digit (at most 10%): "1,300" is [1250, 1350]. nullopt when the value is not a
  // number or its unit is unknown (never compared, so never a false alarm).
  std::optional<Measure> measure(const Value& value) const;

 private:
  struct Unit {
    std::string dimension;
    double factor = 1;
  };
  std::unordered_map<std::string, Unit> units_;
};

// True when the two intervals share at least one point.
bool overlap(const Interval& a, const Interval& b);
// Distance between the closest ends relative to the larger magnitude (0 when they overlap).
double relative_gap(const Interval& a, const Interval& b);

// Day interval of a Date value (inclusive ends); nullopt for other kinds.
std::optional<Interval> days(const Value& value);
// Dates: nullopt when either is unknown, else whether the day intervals overlap.
std::optional<bool> dates_overlap(const Value& a, const Value& b);

}  // namespace cc::align
