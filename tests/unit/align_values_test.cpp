#include <doctest/doctest.h>
#include <limits>

#include "align/values.hpp"
#include "detect_fixture.hpp"

using namespace cc;
using cc::testing::number;

TEST_CASE("align::values approximators make overlapping intervals") {
  align::Units units(testing::builtin_rules());
  // "roughly 20% of Ukraine's land" (seeds) vs "about one-fifth of Ukraine": whichever
  // unit the extractor gives the fraction, the two agree.
  auto roughly = units.measure(number(20, 20, "percent", 0.1, "roughly 20%"));
  auto fifth_percent = units.measure(number(20, 20, "percent", 0.1, "about one-fifth"));
  auto fifth_fraction = units.measure(number(0.2, 0.2, "fraction", 0.1, "about one-fifth"));
  REQUIRE(roughly);
  REQUIRE(fifth_fraction);
  CHECK(roughly->dimension == "share");
  CHECK(fifth_fraction->dimension == "share");
  CHECK(align::overlap(roughly->interval, fifth_percent->interval));
  CHECK(align::overlap(roughly->interval, fifth_fraction->interval));
  // "about 25%" is outside "roughly 20%" even with both tolerances.
  auto quarter = units.measure(number(25, 25, "percent", 0.05));
  CHECK_FALSE(align::overlap(roughly->interval, quarter->interval));
}

TEST_CASE("align::values open bounds, rounding and units") {
  align::Units units(testing::builtin_rules());
  // "more than 5,000" excludes 5,000 itself; "at least 5,000" includes it.
  Value more = number(5000, 1e18, {}, 0);
  more.low_open = true;
  auto more_than = units.measure(more);
  auto exactly = units.measure(number(4999, 4999));
  auto at_least = units.measure(number(5000, 1e18));
  CHECK_FALSE(align::overlap(more_than->interval, exactly->interval));
  CHECK(align::overlap(at_least->interval, units.measure(number(5000, 5000))->interval));
  // A round figure is read as rounded: "a 1,300km frontline" (seed 004) covers 1,320 km.
  auto frontline = units.measure(number(1300, 1300, "km"));
  auto precise = units.measure(number(1320000, 1320000, "m"));
  CHECK(align::overlap(frontline->interval, precise->interval));
  // ... but small counts are exact: "30 countries" and "31 countries" differ.
  auto thirty = units.measure(number(30, 30));
  auto thirty_one = units.measure(number(31, 31));
  CHECK_FALSE(align::overlap(thirty->interval, thirty_one->interval));
  // Unknown units never compare; dimensions keep kilometres from percentages.
  CHECK_FALSE(units.measure(number(3, 3, "furlong")));
  CHECK(units.measure(number(3, 3, "km"))->dimension !=
        units.measure(number(3, 3, "percent"))->dimension);
}

TEST_CASE("align::values an open-ended figure measures, and its gap counts from its bound") {
  // "More than 320 firefighters" (our own story) and "more than $160 million" (ECB+ topic
  // 38): no upper end, but a figure all the same.
  align::Units units(testing::builtin_rules());
  Value more = number(320, std::numeric_limits<double>::infinity(), {}, 0, "More than 320");
  more.low_open = true;
  auto open = units.measure(more);
  REQUIRE(open);
  auto around = units.measure(number(230, 230, {}, 0.1, "Around 230"));
  CHECK_FALSE(align::overlap(open->interval, around->interval));
  CHECK(align::relative_gap(open->interval, around->interval) ==
        doctest::Approx((320.0 - 253.0) / 320.0));
  Value money = number(160e6, std::numeric_limits<double>::infinity(), "usd");
  CHECK(units.measure(money)->dimension == "usd");
}

TEST_CASE("align::values gaps and dates") {
  align::Interval a{100, 110}, b{120, 130};
  CHECK(align::relative_gap(a, b) == doctest::Approx(10.0 / 130.0));
  CHECK(align::relative_gap(a, a) == 0);
  Value monday = testing::date_value(testing::day(2025, 8, 18), testing::day(2025, 8, 18));
  Value week = testing::date_value(testing::day(2025, 8, 18), testing::day(2025, 8, 24));
  Value friday = testing::date_value(testing::day(2025, 8, 22), testing::day(2025, 8, 22));
  CHECK(*align::dates_overlap(monday, week));
  CHECK_FALSE(*align::dates_overlap(monday, friday));
  CHECK_FALSE(align::dates_overlap(monday, Value{}));
}

TEST_CASE("align::values hostile numbers") {
  align::Units units(testing::builtin_rules());
  Value bad = number(10, 5);  // low above high
  CHECK_FALSE(units.measure(bad));
  CHECK_FALSE(units.measure(number(std::numeric_limits<double>::quiet_NaN(), 1)));
  CHECK(units.measure(number(1e300, 1e300)));  // huge but finite: no overflow in rounding
}

TEST_CASE("align::values every unit the extractor writes can be measured") {
  // The extractor's canonical units (quantities/units.tsv: km, kg, litre, celsius, km2) and
  // currencies (quantities/currencies.tsv, scaled_currencies.tsv) each need a row in
  // detect/units.tsv, or their figures never compare: hectares and temperatures did not.
  const auto& rules = testing::builtin_rules();
  align::Units units(rules);
  for (std::string_view table :
       {"quantities/units", "quantities/currencies", "quantities/scaled_currencies"}) {
    const auto* rows = rules.table(table);
    REQUIRE(rows);
    for (const auto& row : rows->rows()) {
      if (row.size() < 2) continue;
      INFO(table << ": " << row[1]);
      CHECK(units.measure(number(1, 1, std::string(row[1]), 0)));
    }
  }
  // A rate is its unit's dimension per period.
  auto rate = units.measure(number(520, 520, "per day", 0));
  REQUIRE(rate);
  CHECK(rate->dimension == "count/day");
  auto money = units.measure(number(30e9, 30e9, "usd per year", 0));
  REQUIRE(money);
  CHECK(money->dimension == "usd/year");
}
