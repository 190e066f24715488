// Numbers as written ("1,300", "thirty", "three thousand", "one-fifth") to values, units
// to one canonical unit per dimension, and approximators ("about", "at least") to
// intervals with a stated tolerance. Tables come from rules/quantities/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/model.hpp"

namespace cc::rules {
class RuleSet;
}

namespace cc::normalize {

// A number read from text: a point, or a range for vague words ("thousands" is
// [2000, 10000)).
struct Amount {
  double low = 0;
  double high = 0;
  bool vague = false;  // "dozens", "hundreds", "thousands"
};

class Numbers {
 public:
  explicit Numbers(const rules::RuleSet& rules);

  // "20", "1,300", "3.5", "1.5 million", "thirty", "twenty-five", "three thousand",
  // "two hundred and five", "a dozen", "thousands"; nullopt when it is not a number.
  std::optional<Amount> parse(std::string_view text) const;
  // Denominator of a fraction word: "fifth" -> 5, "quarters" -> 4.
  std::optional<double> denominator(std::string_view word) const;
  // Rank of an ordinal: "second" -> 2, "3rd" -> 3.
  std::optional<double> ordinal(std::string_view word) const;

  struct Unit {
    std::string canonical;  // "km", "kg", "litre", "celsius", "percent"
    double factor = 1;      // canonical = value * factor + offset
    double offset = 0;
  };
  const Unit* unit(std::string_view surface) const;
  // Currency code ("usd") of a symbol or word; empty when unknown.
  std::string currency(std::string_view surface) const;
  // Length of a duration unit in days ("month" -> 30.44); nullopt when unknown.
  std::optional<double> duration_days(std::string_view unit) const;

  // The approximator or bound that ends `before` (the text right before a figure):
  // "about", "at least", "no more than"; `length` gets the bytes it takes, up to the
  // figure. Empty when there is none.
  std::string approximator_before(std::string_view before, size_t& length) const;

  // Sets value.low/high/low_open/high_open/tolerance for `amount` qualified by
  // `approximator` (may be empty: an exact figure, or a vague word's range).
  void apply(std::string_view approximator, const Amount& amount, Value& value) const;

 private:
  struct Word {
    double value = 0;
    std::string kind;  // unit, ten, scale, vague
  };
  struct Approximator {
    std::string kind;  // approx, below, over, min, above, max, under, exact
    double tolerance = 0;
  };
  std::unordered_map<std::string, Word> words_;
  std::unordered_map<std::string, double> denominators_;
  std::unordered_map<std::string, double> ordinals_;
  std::unordered_map<std::string, Unit> units_;
  std::unordered_map<std::string, std::string> currencies_;
  std::unordered_map<std::string, double> durations_;
  std::unordered_map<std::string, Approximator> approximators_;
};

}  // namespace cc::normalize
