#include "align/values.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::align {

namespace {

// The largest rounding tolerance a round figure gets, relative to the figure.
constexpr double kMaxRounding = 0.1;

std::optional<double> parse_number(std::string_view text) {
  double out = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(out)) {
    return std::nullopt;
  }
  return out;
}

// Half a unit of the last non-zero digit of a whole number of 100 or more; 0 otherwise.
double rounding(double value) {
  double magnitude = std::fabs(value);
  if (magnitude < 100 || magnitude > 1e15 || magnitude != std::floor(magnitude)) return 0;
  double unit = 1;
  while (std::fmod(magnitude, unit * 10) == 0) unit *= 10;
  return std::min(unit / 2, magnitude * kMaxRounding);
}

}  // namespace

Units::Units(const rules::RuleSet& rules) {
  if (const auto* table = rules.table("detect/units")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 3) continue;
      auto factor = parse_number(row[2]);
      if (!factor || *factor <= 0) continue;
      units_.emplace(text::fold(row[0]), Unit{text::fold(row[1]), *factor});
    }
  }
}

std::optional<Measure> Units::measure(const Value& value) const {
  if (value.kind != Value::Kind::Number) return std::nullopt;
  // A bound may be open-ended ("more than 320", "at least four days": high is infinite);
  // the low end must be a number.
  if (!std::isfinite(value.low) || std::isnan(value.high) || value.low > value.high) {
    return std::nullopt;
  }
  Measure out;
  double factor = 1;
  // A rate ("per day", "km per hour") is its unit's dimension per period: "count/day".
  std::string unit = text::fold(value.unit);
  std::string period;
  if (units_.count(unit)) {
    // a unit of its own
  } else if (size_t per = unit.rfind(" per "); per != std::string::npos) {
    period = unit.substr(per + 5);
    unit.resize(per);
  } else if (unit.starts_with("per ")) {
    period = unit.substr(4);
    unit.clear();
  }
  if (!unit.empty()) {
    auto it = units_.find(unit);
    if (it == units_.end()) return std::nullopt;
    out.dimension = it->second.dimension;
    factor = it->second.factor;
  }
  if (!period.empty())
    out.dimension = (out.dimension.empty() ? "count" : out.dimension) + "/" + period;
  double tolerance = std::clamp(value.tolerance, 0.0, 1.0);
  double low = value.low, high = value.high;
  // An approximator's tolerance is already in the interval the extractor made ("about 60"
  // is [54, 66]); it widens only a point ("six miles" converted is 9.66 km, give or take
  // half a mile).
  if (tolerance > 0 && low == high) {
    low -= std::fabs(low) * tolerance;
    high += std::fabs(high) * tolerance;
  } else if (low == high && !value.low_open && !value.high_open) {
    double half = rounding(low);
    low -= half;
    high += half;
  }
  out.interval = Interval{low * factor, high * factor, value.low_open, value.high_open};
  return out;
}

bool overlap(const Interval& a, const Interval& b) {
  // An open end that meets a bound exactly leaves no common point.
  auto before = [](const Interval& x, const Interval& y) {  // x lies wholly below y
    return x.high < y.low || (x.high == y.low && (x.high_open || y.low_open));
  };
  return !before(a, b) && !before(b, a);
}

double relative_gap(const Interval& a, const Interval& b) {
  if (overlap(a, b)) return 0;
  double gap = a.high < b.low ? b.low - a.high : a.low - b.high;
  // The scale is the largest finite bound: "more than 320" against "about 230" is 67 in
  // 320, not 67 in infinity.
  double scale = 0;
  for (double bound : {a.low, a.high, b.low, b.high}) {
    if (std::isfinite(bound)) scale = std::max(scale, std::fabs(bound));
  }
  return scale > 0 ? gap / scale : 0;
}

std::optional<Interval> days(const Value& value) {
  if (value.kind != Value::Kind::Date) return std::nullopt;
  if (!std::isfinite(value.low) || !std::isfinite(value.high) || value.low > value.high) {
    return std::nullopt;
  }
  return Interval{value.low, value.high, value.low_open, value.high_open};
}

std::optional<bool> dates_overlap(const Value& a, const Value& b) {
  auto x = days(a);
  auto y = days(b);
  if (!x || !y) return std::nullopt;
  return overlap(*x, *y);
}

}  // namespace cc::align
