#include "detect/numeric.hpp"

#include <cmath>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Figures closer than this (relative gap) differ by rounding or a late correction: a
// divergence, not a contradiction.
constexpr double kSmallGap = 0.05;

std::string figure(const Claim& claim) {
  std::string out = claim.value.text.empty() ? text::truncate(claim.object, 40) : claim.value.text;
  if (!claim.counted.empty() && out.find(claim.counted) == std::string::npos) {
    out += " " + claim.counted;
  }
  return out;
}

// The stem of the last word of what is counted ("Ukrainian soldiers" -> "soldier").
std::string counted_key(const Claim& claim, const align::Lexicon& lexicon,
                        align::Stemmer& stemmer) {
  auto words = text::words(claim.counted);
  return words.empty() ? std::string() : lexicon.key(words.back().norm, stemmer);
}

}  // namespace

NumericDetector::NumericDetector(const rules::RuleSet& rules) {
  align::Stemmer stemmer;
  if (const auto* table = rules.table("detect/cumulative")) {
    for (const auto& row : table->rows()) cumulative_.insert(stemmer.stem(text::fold(row.front())));
  }
}

void NumericDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  align::Stemmer stemmer;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (a.kind != ClaimKind::Quantity || b.kind != ClaimKind::Quantity) continue;
    if (!comparable(context, a, b) || tentative(a) || tentative(b)) continue;
    if (a.polarity != b.polarity) continue;  // "not 30" vs "31": the negation is the claim
    std::string counted_a = counted_key(a, context.lexicon, stemmer);
    std::string counted_b = counted_key(b, context.lexicon, stemmer);
    if (!counted_a.empty() && !counted_b.empty() &&
        !context.lexicon.related(counted_a, counted_b)) {
      continue;
    }
    auto ma = context.units.measure(a.value);
    auto mb = context.units.measure(b.value);
    if (!ma || !mb || ma->dimension != mb->dimension) continue;
    if (align::overlap(ma->interval, mb->interval)) continue;  // consistent

    // Time order: a figure reported later may be an update of the earlier one.
    auto ta = when(analysis, a);
    auto tb = when(analysis, b);
    bool ordered = ta && tb && (ta->second < tb->first || tb->second < ta->first);
    bool claim_times = align::days(a.time) && align::days(b.time);
    if (ordered && claim_times && !times_compatible(a, b)) {
      // Both figures carry their own, different times: two measurements, unless one is
      // reported as a change that the other contradicts (handled below via trend).
      if (a.trend.empty() && b.trend.empty()) continue;
    }
    std::string update_note;
    bool maybe_update = false;  // from different days, with no direction to judge by
    if (ordered) {
      bool b_later = tb->first > ta->second;
      const Claim& later = b_later ? b : a;
      const auto& later_measure = b_later ? *mb : *ma;
      const auto& earlier_measure = b_later ? *ma : *mb;
      bool rose = later_measure.interval.low > earlier_measure.interval.high;
      std::string expected = later.trend;
      if (expected.empty() && cumulative_.count(b_later ? counted_b : counted_a)) expected = "up";
      if (expected.empty()) {
        maybe_update = true;
        update_note = " The figures come from different days and may be an update.";
      } else if ((expected == "up") == rose) {
        continue;  // an update that moves the way the count moves
      } else {
        update_note = " The later figure is reported as going " + expected + ", but it is " +
                      (rose ? "higher" : "lower") + " than the earlier one.";
      }
    } else if (!a.trend.empty() && !b.trend.empty()) {
      continue;  // two reported changes without dates: some order always explains them
    } else if (a.trend.empty() != b.trend.empty()) {
      // No dates, but one figure is reported as a change ("rose to 25"): when moving from
      // the other figure to it goes the way it says, it reads as the later update.
      const Claim& changed = a.trend.empty() ? b : a;
      const auto& changed_measure = a.trend.empty() ? *mb : *ma;
      const auto& other_measure = a.trend.empty() ? *ma : *mb;
      bool rose = changed_measure.interval.low > other_measure.interval.high;
      if ((changed.trend == "up") == rose) continue;
    }
    double gap = align::relative_gap(ma->interval, mb->interval);
    Level level = gap < kSmallGap || maybe_update ? Level::Divergence : Level::Contradiction;
    std::string what = a.counted.empty() ? b.counted : a.counted;
    std::string summary = "Different figures" + (what.empty() ? std::string() : " for " + what) +
                          ": " + figure(a) + " vs " + figure(b);
    std::string explanation =
        who(analysis, a) + " gives " + figure(a) + "; " + who(analysis, b) + " gives " + figure(b) +
        ". Even allowing for approximators and rounding the two ranges do not " + "overlap (" +
        std::to_string(static_cast<int>(std::lround(gap * 100))) + "% apart)." + update_note;
    Finding finding =
        pair_finding(link, a, b, level, "numeric",
                     level == Level::Contradiction ? "contradiction.numeric" : "divergence.numeric",
                     summary, explanation);
    highlight(analysis, finding.evidence[0], a.value.text);
    highlight(analysis, finding.evidence[1], b.value.text);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
