#include "detect/numeric.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

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
// Figures this close are one figure converted to another unit and rounded.
constexpr double kConversion = 0.02;
// The rounding tolerance of an approximator ("about"): a figure this loose gives a range.
constexpr double kApproximate = 0.05;
// Counts that only grow (a toll) further apart than this are not one figure misreported:
// another event's ("killing at least 50" in an earlier quake) or a first report beside a
// final one.
constexpr double kCumulativeReach = 3;
// Two times of day this close (minutes) may be one moment told loosely.
constexpr int kSameMoment = 60;

// True when the larger figure is more than kCumulativeReach times the smaller one (open
// ends measured from their finite end).
bool far_apart(const align::Interval& a, const align::Interval& b) {
  auto finite = [](double x, double fallback) { return std::isfinite(x) ? x : fallback; };
  double low = std::min(finite(a.high, a.low), finite(b.high, b.low));
  double high = std::max(a.low, b.low);
  return low > 0 && high / low > kCumulativeReach;
}

// The figure as the source wrote it ("12 people"), else its value and what it counts.
std::string figure(const Analysis& analysis, const Claim& claim) {
  std::string_view written = analysis.documents[claim.source].slice(claim.span);
  if (!written.empty() && written.size() <= 40) return text::squeeze_spaces(written);
  std::string out = claim.detail->value.text.empty() ? text::truncate(claim.detail->object, 40)
                                                     : claim.detail->value.text;
  if (!claim.detail->counted.empty() && out.find(claim.detail->counted) == std::string::npos) {
    out += " " + claim.detail->counted;
  }
  return out;
}

// The stem of the last word of what is counted ("Ukrainian soldiers" -> "soldier").
std::string counted_key(const Claim& claim, const align::Lexicon& lexicon,
                        align::Stemmer& stemmer) {
  auto words = text::words(claim.detail->counted);
  return words.empty() ? std::string() : lexicon.key(words.back().norm, stemmer);
}

// True when two point figures differ by a power of a thousand exactly: the same digits
// with a scale word ("million") read in one source and lost in the other.
bool scale_slip(const align::Interval& a, const align::Interval& b) {
  if (a.low != a.high || b.low != b.high || a.low <= 0 || b.low <= 0) return false;
  double ratio = std::max(a.low, b.low) / std::min(a.low, b.low);
  for (double scale : {1e3, 1e6, 1e9}) {
    if (std::fabs(ratio / scale - 1) < 1e-9) return true;
  }
  return false;
}

// True when both figures are placed at one time ("on Tuesday" in both).
bool same_occasion(const Claim& a, const Claim& b) {
  if (a.detail->time.kind == Value::Kind::None || b.detail->time.kind == Value::Kind::None)
    return false;
  if (auto overlap = align::dates_overlap(a.detail->time, b.detail->time)) return *overlap;
  return a.detail->time.text == b.detail->time.text;
}

// True when the claim is dated to a year of its own ("In 2004, a tsunami killed ..."): a
// figure of another occasion than the story's, unless the other figure has that date too.
bool dated_by_year(const Claim& claim) {
  if (claim.detail->time.kind != Value::Kind::Date) return false;
  const std::string& t = claim.detail->time.text;
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    if (std::all_of(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(i) + 4,
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        (i == 0 || !(t[i - 1] >= '0' && t[i - 1] <= '9')) &&
        (i + 4 == t.size() || !(t[i + 4] >= '0' && t[i + 4] <= '9'))) {
      return true;
    }
  }
  return false;
}

// True when both claims carry a time and the times differ: disjoint dates, or different
// names of times where no date is known ("month:january" / "weekday:friday").
bool differently_timed(const Claim& a, const Claim& b) {
  if (a.detail->time.kind == Value::Kind::None || b.detail->time.kind == Value::Kind::None)
    return false;
  if (auto overlap = align::dates_overlap(a.detail->time, b.detail->time)) return !*overlap;
  if (a.detail->time.kind != Value::Kind::Text || b.detail->time.kind != Value::Kind::Text)
    return false;
  // A weekday and a day of a month with no year ("on Saturday" / "on 22 August") may name
  // one day: nothing says they differ.
  auto weekday = [](const std::string& t) { return t.starts_with("weekday:"); };
  auto yearless = [](const std::string& t) { return t.starts_with("date:XXXX-"); };
  const std::string& ta = a.detail->time.text;
  const std::string& tb = b.detail->time.text;
  if ((weekday(ta) && yearless(tb)) || (yearless(ta) && weekday(tb))) return false;
  // "over the next five years" and "within five years" are one span ahead.
  auto ahead = [](const std::string& t) -> std::string_view {
    for (std::string_view kind : {"relative:ahead:", "relative:within:"}) {
      if (t.starts_with(kind)) return std::string_view(t).substr(kind.size());
    }
    return {};
  };
  if (!ahead(ta).empty() && ahead(ta) == ahead(tb)) return false;
  // Times of day are told loosely ("around 8:30 p.m." / "about 8 p.m."): within an hour
  // they may name one moment.
  auto minutes = [](const std::string& t) {
    return t.size() == 11 && t.starts_with("clock:")
               ? std::atoi(t.substr(6, 2).c_str()) * 60 + std::atoi(t.substr(9, 2).c_str())
               : -1;
  };
  int ma = minutes(ta), mb = minutes(tb);
  if (ma >= 0 && mb >= 0) return std::abs(ma - mb) > kSameMoment;
  // A time of day and a day ("around 8 p.m." / "on Wednesday night") may be one moment.
  if ((ma >= 0) != (mb >= 0)) return false;
  return ta != tb;
}

// True when the figure's reading is unsure: it sits in a web address ("http://.../2007-04-09-
// office-shooting"), or its digits follow a digit and a point or comma across a space
// ("6. 1", "120, 000": one figure broken by spacing, read as its last piece).
bool unsure_reading(const Analysis& analysis, const Claim& claim) {
  const Document& document = analysis.documents[claim.source];
  const std::string& text = document.text;
  if (claim.span.end > text.size() || claim.span.start >= claim.span.end) return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  size_t at = claim.span.start;
  while (at < claim.span.end && !digit(text[at])) ++at;
  if (at == claim.span.end) return false;  // a figure in words
  // A piece of a figure broken by spacing: a digit or two and a point ("6. 1", "0. 07";
  // the sentence splitter may have cut there), or a group of three digits after a comma
  // ("120, 000"; not "In 2003, 12 people").
  Span extent = analysis.sentence_extent(claim);
  size_t before = at;
  while (before > 0 && text[before - 1] == ' ') --before;
  size_t digits = 0;
  while (before >= digits + 2 && digit(text[before - digits - 2])) ++digits;
  size_t run = 0;
  while (at + run < text.size() && digit(text[at + run])) ++run;
  // The denominator of a fraction written with a slash ("4 1/2 months", tokenised "41 / 2
  // months"): read alone it is another figure.
  if (before > extent.start && text[before - 1] == '/') return true;
  if (before < at && digits > 0) {
    char lead = text[before - 1];  // the point or comma
    if (lead == '.' && digits <= 2) return true;
    if (lead == ',' && digits <= 3 && run == 3 && before > extent.start) return true;
  }
  // The first piece of such a figure: "killed 170, 000 people" read as 170.
  size_t next = at + run;
  if (run <= 3 && next + 5 <= extent.end && next + 5 <= text.size() && text[next] == ',' &&
      text[next + 1] == ' ' && digit(text[next + 2]) && digit(text[next + 3]) &&
      digit(text[next + 4]) && (next + 5 == text.size() || !digit(text[next + 5]))) {
    return true;
  }
  // A web address: the figure's token holds one, or its sentence is one.
  size_t start = at, end = at;
  while (start > 0 && !space(text[start - 1])) --start;
  while (end < text.size() && !space(text[end])) ++end;
  std::string_view token(text.data() + start, end - start);
  if (token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos) {
    return true;
  }
  if (extent.end > text.size()) return false;
  std::string_view sentence = text::trim(document.slice(extent));
  return sentence.starts_with("http:") || sentence.starts_with("https:") ||
         sentence.starts_with("www.");
}

// True when a figure reported as a change is the size of the change ("rose 14 percent",
// "fell by 3%"), not the level reached ("rose to 40", "fell from 12"): the word before
// it is not "to" or "from".
bool change_size(const Analysis& analysis, const Claim& claim) {
  if (claim.detail->trend.empty()) return false;
  Span extent = analysis.sentence_extent(claim);
  if (claim.span.start < extent.start) return false;
  auto before =
      text::words(analysis.documents[claim.source].slice(Span{extent.start, claim.span.start}));
  return !before.empty() && before.back().norm != "to" && before.back().norm != "from";
}

// True when a figure follows "by" ("overstated by 50%", "outnumbered by 3,000"): the size
// of a difference or a change.
bool by_difference(const Analysis& analysis, const Claim& claim) {
  Span extent = analysis.sentence_extent(claim);
  if (claim.span.start < extent.start) return false;
  auto before =
      text::words(analysis.documents[claim.source].slice(Span{extent.start, claim.span.start}));
  return !before.empty() && before.back().norm == "by";
}

// True when the figure is a part "of" a whole it names ("71% of the market").
bool share_of(const Analysis& analysis, const Claim& claim) {
  const std::string& figure = claim.detail->value.text;
  std::string_view text = analysis.documents[claim.source].slice(claim.span);
  size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  if (at == std::string_view::npos) return false;
  auto after = text::words(text.substr(at + figure.size()));
  return !after.empty() && after.front().norm == "of";
}

// A discrepancy between two sources: the dimension and the middle of each figure.
struct Told {
  uint32_t first_source = 0, second_source = 0;
  std::string dimension;
  double first = 0, second = 0;
  bool operator==(const Told&) const = default;
};

// What a numeric finding says, kept to word it from either side.
struct Made {
  const Claim* a = nullptr;
  const Claim* b = nullptr;
  std::string what;    // what is counted
  int gap = 0;         // percent apart
  std::string note;    // update and bound notes
  std::string reason;  // why the two claims were aligned
};

}  // namespace

bool NumericDetector::bounded_time(const Analysis& analysis, const Claim& claim) const {
  const Value& time = claim.detail->time;
  size_t colon = time.text.find(':');
  if (time.kind != Value::Kind::Text || colon == std::string::npos) return false;
  std::string_view kind(time.text.data(), colon);
  if (kind != "weekday" && kind != "month") return false;
  auto at = find_words(analysis, claim, std::string_view(time.text).substr(colon + 1));
  if (!at || at->start < claim.span.end) return false;
  const Document& document = analysis.documents[claim.source];
  for (const auto& word : text::words(document.slice(Span{claim.span.end, at->start}))) {
    if (bounds_.count(word.norm)) return true;
  }
  return false;
}

bool NumericDetector::bounded_year(const Analysis& analysis, const Claim& claim) const {
  const Value& time = claim.detail->time;
  if (time.kind != Value::Kind::Date || time.text.empty()) return false;
  auto at = find_words(analysis, claim, time.text);
  if (!at) return false;
  Span extent = analysis.sentence_extent(claim);
  if (at->start < extent.start) return false;
  auto before = text::words(analysis.documents[claim.source].slice(Span{extent.start, at->start}));
  if (before.empty()) return false;
  // "hired 40 engineers from early 2021" starts the period as "since early 2021" does, when
  // the year follows the figure ("Dating from 1985, the crossing carries 48,000 vehicles"
  // tells the crossing's age); only before a year: "from July 1" may be the day a rule
  // takes effect, the temporal detector's to compare.
  if (before.back().norm == "from") return claim.span.end <= at->start;
  return bounds_.count(before.back().norm) > 0;
}

NumericDetector::NumericDetector(const rules::RuleSet& rules) : occurrence_(rules) {
  align::Stemmer stemmer;
  if (const auto* table = rules.table("detect/time_bounds")) {
    for (const auto& row : table->rows()) bounds_.insert(text::fold(row.front()));
  }
  if (const auto* table = rules.table("detect/cumulative")) {
    for (const auto& row : table->rows()) cumulative_.insert(stemmer.stem(text::fold(row.front())));
  }
  for (std::string_view name : {"detect/scope_words", "detect/part_words"}) {
    const auto* table = rules.table(name);
    if (!table) continue;
    for (const auto& row : table->rows()) {
      std::vector<std::string> words;
      for (const auto& word : text::words(row.front())) words.push_back(word.norm);
      if (words.empty()) continue;
      if (name == "detect/part_words" && words.size() == 1) parts_.insert(words.front());
      scope_.push_back(std::move(words));
    }
  }
}

bool NumericDetector::also_gives(const Context& context, const Claim& claim,
                                 const Value& value) const {
  const Analysis& analysis = context.analysis;
  auto wanted = context.units.measure(value);
  if (!wanted) return false;
  auto agrees = [&](const Claim& other) {
    if (other.kind != ClaimKind::Quantity || tentative(other)) return false;
    // A figure with an approximator ("nearly four fifths", "about 70") gives a range,
    // not this figure: it is the other figure's pair.
    const Value& given = other.detail->value;
    if (given.low_open || given.high_open || given.tolerance >= kApproximate) return false;
    auto measure = context.units.measure(other.detail->value);
    if (!measure || measure->dimension != wanted->dimension) return false;
    // A bound ("at least 21 dead") holds a figure above it but does not give it.
    if (std::isinf(measure->interval.high) && !std::isinf(wanted->interval.high)) return false;
    // A conversion rounds: "55 kilometers (34 miles)".
    return align::relative_gap(measure->interval, wanted->interval) < kConversion;
  };
  return any_in_sentence(analysis, claim, agrees);
}

std::vector<std::string> NumericDetector::scope(const Context& context, const Claim& claim,
                                                bool casualty, align::Stemmer& stemmer) const {
  const Analysis& analysis = context.analysis;
  std::vector<std::string> out;
  Span extent = analysis.sentence_extent(claim);
  auto words = text::words(analysis.documents[claim.source].slice(extent));
  // A casualty count's own part words: the word before its figure, its own words, the word
  // after them; none when an earlier figure of the sentence counts another casualty.
  bool own_only = casualty && claim.span.start >= extent.start && claim.span.end <= extent.end;
  size_t own_first = 0, own_last = words.size();
  if (own_only) {
    std::string own = counted_key(claim, context.lexicon, stemmer);
    bool after_other = any_in_sentence(analysis, claim, [&](const Claim& other) {
      if (other.kind != ClaimKind::Quantity || other.span.start >= claim.span.start) return false;
      std::string key = counted_key(other, context.lexicon, stemmer);
      return key != own && context.lexicon.casualty(key);
    });
    uint32_t start = claim.span.start - extent.start, end = claim.span.end - extent.start;
    own_last = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].span.end <= start) own_first = i;  // the last word before the figure
      if (words[i].span.start < end) own_last = i + 1;
    }
    if (after_other) own_first = words.size() + 1;  // no part word is its own
  }
  // A count followed by "and tens of thousands more" (number words, then a part word) is
  // itself a part: "killed 170,000 people in the province and tens of thousands more in
  // countries around the ocean" counts the province only. A verb between ("and injuring
  // dozens more") makes the later figure another count.
  if (own_only && own_first <= words.size()) {
    auto quantity_word = [&](const text::Word& word) {
      static const std::unordered_set<std::string_view> kFillers = {
          "tens", "scores", "of", "a", "few", "many", "several", "some", "at", "least"};
      return (!word.norm.empty() && std::isdigit(static_cast<unsigned char>(word.norm[0]))) ||
             context.lexicon.number_word(word.norm) || kFillers.count(word.norm) > 0;
    };
    for (size_t k = own_last; k < words.size() && k < own_last + 12; ++k) {
      if (words[k].norm != "and") continue;
      size_t j = k + 1;
      while (j < words.size() && j < k + 7 && quantity_word(words[j])) ++j;
      if (j > k + 1 && j < words.size() && parts_.count(words[j].norm) &&
          (j + 1 >= words.size() || words[j + 1].norm != "than")) {
        out.push_back(words[j].norm);
        break;
      }
    }
  }
  // A position before the figure makes it a part: "the final two games", "the first three
  // days", "the remaining 40 homes" (not "last" alone: "last week").
  if (claim.span.start >= extent.start) {
    uint32_t start = claim.span.start - extent.start;
    size_t before = words.size();
    for (size_t i = 0; i < words.size() && words[i].span.end <= start; ++i) before = i;
    static const std::unordered_set<std::string_view> kPositions = {
        "final", "last", "first", "remaining", "next", "past", "previous", "opening", "closing"};
    if (before < words.size() && words[before].span.end + 2 >= start &&
        kPositions.count(words[before].norm) > 0)
      out.push_back("position:" + words[before].norm);
  }
  for (const auto& phrase : scope_) {
    for (size_t i = 0; i + phrase.size() <= words.size(); ++i) {
      if (own_only && phrase.size() == 1 && parts_.count(phrase[0]) &&
          (i < own_first || i > own_last)) {
        continue;
      }
      // A part word right after another figure is that figure's ("left about 2,100
      // residents without power and some 9,000 more without water": 9,000 is the part).
      if (phrase.size() == 1 && parts_.count(phrase[0]) && i > 0 &&
          claim.span.start >= extent.start) {
        const text::Word& previous = words[i - 1];
        uint32_t at = extent.start + previous.span.start;
        bool figure = (!previous.norm.empty() &&
                       std::isdigit(static_cast<unsigned char>(previous.norm[0]))) ||
                      context.lexicon.number_word(previous.norm);
        if (figure && (at < claim.span.start || at >= claim.span.end)) continue;
      }
      bool match = true;
      for (size_t j = 0; match && j < phrase.size(); ++j) match = words[i + j].norm == phrase[j];
      // "more than 300" bounds a figure; "300 more" adds to one.
      size_t next = i + phrase.size();
      if (match && phrase.back() == "more" && next < words.size() && words[next].norm == "than") {
        match = false;
      }
      if (match) {
        std::string joined;
        for (const auto& word : phrase) joined += (joined.empty() ? "" : " ") + word;
        // "in cash and stock" is a sum of two, not the cash part: "$5.4 billion in cash and
        // stock" / "$4.2 billion in cash and 57 million shares".
        if (phrase.size() >= 2 && phrase[0] == "in" && next < words.size() &&
            (words[next].norm == "and" || words[next].norm == "plus") &&
            !(next + 1 < words.size() && !words[next + 1].norm.empty() &&
              std::isdigit(static_cast<unsigned char>(words[next + 1].norm[0]))))
          joined += " and more";
        out.push_back(std::move(joined));
        break;
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

void NumericDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  // The discrepancies found: their finding and how many of its claims are not headlines.
  std::vector<std::tuple<Told, size_t, int>> told;
  std::vector<Made> texts;  // what each entry of `told` says, to word it from either side
  auto summary = [&](const Made& made, bool flip) {
    const Claim& a = flip ? *made.b : *made.a;
    const Claim& b = flip ? *made.a : *made.b;
    return "Different figures" + (made.what.empty() ? std::string() : " for " + made.what) + ": " +
           figure(analysis, a) + " vs " + figure(analysis, b);
  };
  auto explanation = [&](const Made& made, bool flip) {
    const Claim& a = flip ? *made.b : *made.a;
    const Claim& b = flip ? *made.a : *made.b;
    return who(analysis, a) + " gives " + figure(analysis, a) + "; " + who(analysis, b) +
           " gives " + figure(analysis, b) +
           ". Even allowing for approximators and rounding the two ranges do not overlap (" +
           std::to_string(made.gap) + "% apart)." + made.note +
           (flip && !made.reason.empty() ? " Aligned because: " + made.reason + "." : "");
  };
  align::Stemmer stemmer;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (a.kind != ClaimKind::Quantity || b.kind != ClaimKind::Quantity) continue;
    if (!comparable(context, a, b) || tentative(a) || tentative(b)) continue;
    if (unsure_reading(analysis, a) || unsure_reading(analysis, b)) continue;
    if (a.polarity != b.polarity) continue;  // "not 30" vs "31": the negation is the claim
    std::string counted_a = counted_key(a, context.lexicon, stemmer);
    std::string counted_b = counted_key(b, context.lexicon, stemmer);
    // People and a noun that names people are one count (align::Scorer::one_counted).
    bool people_and_kind = context.lexicon.people_and_kind(a.detail->counted, b.detail->counted);
    if (!counted_a.empty() && !counted_b.empty() &&
        !context.lexicon.related(counted_a, counted_b) && !people_and_kind) {
      continue;
    }
    auto ma = context.units.measure(a.detail->value);
    auto mb = context.units.measure(b.detail->value);
    if (!ma || !mb || ma->dimension != mb->dimension) continue;
    // Two lower bounds ("at least 37" / "at least 47") agree as sets, but a report's
    // bound is its confirmed figure: the bounds are compared as figures (with rounding:
    // "more than 300" / "more than 320" agree), and differ at most as a divergence.
    bool bounds = std::isinf(ma->interval.high) && std::isinf(mb->interval.high);
    // Two upper bounds ("fines of up to 20,000 euros" / "up to 40,000 euros") each give
    // a maximum, and only one maximum can be right: they too are compared as figures.
    auto ceiling = [](const Value& value) {
      return value.low == 0 && !value.low_open && !value.high_open && std::isfinite(value.high) &&
             value.high > 0;
    };
    bool ceilings = ceiling(a.detail->value) && ceiling(b.detail->value);
    if (bounds || ceilings) {
      auto bound = [&](const Value& value) {
        Value point = value;
        if (bounds)
          point.high = point.low;
        else
          point.low = point.high;
        point.low_open = point.high_open = false;
        return context.units.measure(point);
      };
      ma = bound(a.detail->value);
      mb = bound(b.detail->value);
      if (!ma || !mb) continue;
    }
    if (align::overlap(ma->interval, mb->interval)) continue;  // consistent
    // "$2.6-million" read as $2.6 beside "$2.6 million": one figure, its scale word lost.
    if (scale_slip(ma->interval, mb->interval)) continue;
    // The other sentence gives this figure too: the pairing, not the figure, differs.
    if (also_gives(context, b, a.detail->value) || also_gives(context, a, b.detail->value))
      continue;
    // A total and a part, an average and a count: two different quantities.
    if (scope(context, a, context.lexicon.casualty(counted_a), stemmer) !=
        scope(context, b, context.lexicon.casualty(counted_b), stemmer))
      continue;
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    // "The last earthquake ... at a depth of 1.1 miles": another occurrence's figure.
    // (A name holding such a word, "Bosphorus Daily", "New York", does not count here; the
    // other detectors still read it: on ECB+ "a New York facility" kept two rehab
    // centres, one approved and one not, apart only by it.)
    // (Not for rates: their period, "daily", "every year", is no other occurrence.)
    // (An ordinal after "a" in both sentences, "fines of up to ... for a first offence",
    // names a kind both figures are of, not one of several occurrences: "earlier this
    // season" or "once again" in both still tell of other games and other years.)
    bool rates = ma->dimension.find('/') != std::string::npos;
    if (!rates) {
      std::string mark_a = occurrence_.recurrence_mark(analysis, a, true);
      std::string mark_b = occurrence_.recurrence_mark(analysis, b, true);
      // A percentage's year is the period a rate is told by when none is named ("annual
      // inflation stood at 7.1%" / "inflation ran at 9.3%"): no other occurrence.
      auto yearly_rate = [&](const std::string& mark) {
        return ma->dimension == "share" &&
               (mark.starts_with("annual ") || mark.starts_with("yearly "));
      };
      if (yearly_rate(mark_a)) mark_a.clear();
      if (yearly_rate(mark_b)) mark_b.clear();
      // (Nor one period of the event named alike, "on the first day" / "on the opening
      // day": the same day's figures.)
      bool kind_alike = mark_a == mark_b &&
                        (((mark_a.starts_with("a ") || mark_a.starts_with("an ")) &&
                          !mark_a.ends_with(" time")) ||  // "for a second time" is the act again
                         occurrence_.period_of_event(mark_a));
      if ((!mark_a.empty() || !mark_b.empty()) && !kind_alike) continue;
    }
    // Figures placed at different times ("in January" / "on Friday") measure two moments,
    // even when the times are only known as names.
    if (differently_timed(a, b) && !bounded_time(analysis, a) && !bounded_time(analysis, b))
      continue;
    // A year only bounds the figure ("14 contracts signed since 2019") is no date of it.
    if ((dated_by_year(a) && !bounded_year(analysis, a)) !=
        (dated_by_year(b) && !bounded_year(analysis, b)))
      continue;
    // "overstated by nearly 40%" is the size of a difference, "bought 61% of the
    // market" a part of a whole: neither tells the other (with a trend word the change
    // rules below judge them).
    if (a.detail->trend.empty() && b.detail->trend.empty() &&
        ((by_difference(analysis, a) && share_of(analysis, b)) ||
         (by_difference(analysis, b) && share_of(analysis, a))))
      continue;

    if ((cumulative_.count(counted_a) || cumulative_.count(counted_b)) &&
        far_apart(ma->interval, mb->interval)) {
      continue;
    }
    // Time order: a figure reported later may be an update of the earlier one.
    auto ta = when(analysis, a);
    auto tb = when(analysis, b);
    bool ordered = ta && tb && (ta->second < tb->first || tb->second < ta->first);
    bool claim_times = align::days(a.detail->time) && align::days(b.detail->time);
    if (ordered && claim_times && !times_compatible(a, b)) {
      // Both figures carry their own, different times: two measurements, unless one is
      // reported as a change that the other contradicts (handled below via trend).
      if (a.detail->trend.empty() && b.detail->trend.empty()) continue;
    }
    std::string update_note;
    bool maybe_update = false;  // from different days, with no direction to judge by
    if (ordered) {
      bool b_later = tb->first > ta->second;
      const Claim& later = b_later ? b : a;
      const auto& later_measure = b_later ? *mb : *ma;
      const auto& earlier_measure = b_later ? *ma : *mb;
      bool rose = later_measure.interval.low > earlier_measure.interval.high;
      std::string expected = later.detail->trend;
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
    } else if (!a.detail->trend.empty() && !b.detail->trend.empty()) {
      // Two levels reached ("rose to 14" / "rose to 19"): some order always explains them,
      // unless both are the level of one period ("prices rose to 8.4% in May" / "rose to
      // 6.4% in May"). Two sizes of one change in one direction ("rose 14 percent" /
      // "climbed 19 percent") are one move told with two figures (opposite moves are
      // antonyms).
      bool levels = !change_size(analysis, a) && !change_size(analysis, b);
      if (a.detail->trend != b.detail->trend ||
          (levels ? !same_occasion(a, b)
                  : !change_size(analysis, a) || !change_size(analysis, b))) {
        continue;
      }
      // A toll rising through the day may be told at two of its levels.
      if (levels && (cumulative_.count(counted_a) || cumulative_.count(counted_b))) {
        maybe_update = true;
        update_note =
            " Both tell the count rising on the same occasion; the higher one may be a later "
            "update.";
      }
    } else if (a.detail->trend.empty() != b.detail->trend.empty() &&
               !change_size(analysis, a.detail->trend.empty() ? b : a)) {
      // No dates, but one figure is reported as a change ("rose to 25"): when moving from
      // the other figure to it goes the way it says, it reads as the later update. (Not a
      // change's size: "grow by 7 percent" beside "a 4 percent rise" is no level reached.)
      const Claim& changed = a.detail->trend.empty() ? b : a;
      const auto& changed_measure = a.detail->trend.empty() ? *mb : *ma;
      const auto& other_measure = a.detail->trend.empty() ? *ma : *mb;
      bool rose = changed_measure.interval.low > other_measure.interval.high;
      if ((changed.detail->trend == "up") == rose) continue;
    } else if (cumulative_.count(counted_a) && !same_occasion(a, b)) {
      // A toll without dates: one source may simply report later than the other.
      maybe_update = true;
      update_note =
          " Counts of this kind grow as a story unfolds; with no dates to order the "
          "two reports, the higher one may be an update.";
    }
    double gap = align::relative_gap(ma->interval, mb->interval);
    // People against spectators: the spectators may be a part of the people.
    if (people_and_kind) {
      update_note +=
          " One source counts people, the other a kind of people: one figure may be a part of "
          "the other.";
    }
    Level level = gap < kSmallGap || maybe_update || bounds || people_and_kind
                      ? Level::Divergence
                      : Level::Contradiction;
    if (bounds) {
      update_note +=
          " Both are lower bounds: they can both be true, but they give different "
          "confirmed figures.";
    }
    if (ceilings) update_note += " Both are upper bounds: each gives its maximum.";
    Made made{&a,
              &b,
              a.detail->counted.empty() ? b.detail->counted : a.detail->counted,
              static_cast<int>(std::lround(gap * 100)),
              std::move(update_note),
              link.reason};
    Finding finding =
        pair_finding(link, a, b, level, "numeric",
                     level == Level::Contradiction ? "contradiction.numeric" : "divergence.numeric",
                     summary(made, false), explanation(made, false));
    highlight(analysis, finding.evidence[0], a.detail->value.text);
    highlight(analysis, finding.evidence[1], b.detail->value.text);
    // One discrepancy told twice in a source (its headline and its story: "62,000
    // ovens" / "about 62,000 ovens") is one finding, that of the closer pair.
    auto middle = [](const auto& measure) {
      const auto& range = measure->interval;
      return std::isfinite(range.high) ? (range.low + range.high) / 2 : range.low;
    };
    Told pair{a.source, b.source, ma->dimension, middle(ma), middle(mb)};
    auto same = std::find_if(told.begin(), told.end(),
                             [&](const auto& entry) { return std::get<0>(entry) == pair; });
    // A pair of the stories' own sentences is kept over one citing a headline, which
    // only sums the story up; then the closer pair.
    int body = (analysis.in_headline(a) ? 0 : 1) + (analysis.in_headline(b) ? 0 : 1);
    if (same != told.end()) {
      auto& [kept_pair, index, kept_body] = *same;
      if (std::make_pair(kept_body, out[index].score) >= std::make_pair(body, link.score)) continue;
      out[index] = std::move(finding);
      kept_body = body;
      texts[static_cast<size_t>(same - told.begin())] = std::move(made);
      continue;
    }
    told.emplace_back(pair, out.size(), body);
    texts.push_back(std::move(made));
    out.push_back(std::move(finding));
  }

  // One finding per source giving the figure fewer sources give, with every source giving
  // the other figure as further evidence: a draft that misstates a toll ten wires give
  // alike gets one finding, not ten. On a tie, the figure of the earliest source is
  // reported (in `check`, the draft's).
  std::map<std::tuple<std::string, std::string, double, double>, std::vector<size_t>> groups;
  for (size_t t = 0; t < told.size(); ++t) {
    const auto& [pair, index, body] = told[t];
    groups[{pair.dimension, out[index].rule.str(), std::min(pair.first, pair.second),
            std::max(pair.first, pair.second)}]
        .push_back(t);
  }
  std::vector<bool> dropped(out.size(), false);
  for (const auto& [key, entries] : groups) {
    if (entries.size() < 2) continue;
    double low = std::get<2>(key);
    std::set<uint32_t> low_sources, high_sources;
    for (size_t t : entries) {
      const Told& pair = std::get<0>(told[t]);
      (pair.first == low ? low_sources : high_sources).insert(pair.first_source);
      (pair.second == low ? low_sources : high_sources).insert(pair.second_source);
    }
    bool low_main = fewer_sources(low_sources, high_sources);
    // Per source giving the reported figure: the other sources and the entry with each,
    // the one of the stories' own sentences and the strongest link first.
    std::map<uint32_t, std::map<uint32_t, size_t>> by_main;
    for (size_t t : entries) {
      const auto& [pair, index, body] = told[t];
      bool first_is_main = (pair.first == low) == low_main;
      uint32_t main = first_is_main ? pair.first_source : pair.second_source;
      uint32_t other = first_is_main ? pair.second_source : pair.first_source;
      auto [it, fresh] = by_main[main].try_emplace(other, t);
      if (fresh) continue;
      const auto& kept = told[it->second];
      if (std::make_pair(std::get<2>(kept), out[std::get<1>(kept)].score) <
          std::make_pair(body, out[index].score)) {
        dropped[std::get<1>(kept)] = true;
        it->second = t;
      } else {
        dropped[index] = true;
      }
    }
    for (const auto& [main, others] : by_main) {
      if (others.size() < 2) continue;
      size_t lead = others.begin()->second;
      for (const auto& [other, t] : others) {
        const auto& [pair, index, body] = told[t];
        const auto& [lead_pair, lead_index, lead_body] = told[lead];
        if (std::make_pair(body, out[index].score) >
            std::make_pair(lead_body, out[lead_index].score))
          lead = t;
      }
      Finding& finding = out[std::get<1>(told[lead])];
      bool flip = analysis.claims[finding.evidence[0].claim].source != main;
      if (flip) {
        std::swap(finding.evidence[0], finding.evidence[1]);
        finding.summary = summary(texts[lead], true);
        finding.explanation = explanation(texts[lead], true);
      }
      const uint32_t lead_other = analysis.claims[finding.evidence[1].claim].source;
      std::vector<uint32_t> also;
      for (const auto& [other, t] : others) {
        if (t == lead) continue;
        const Finding& merged = out[std::get<1>(told[t])];
        const Evidence& theirs = analysis.claims[merged.evidence[0].claim].source == other
                                     ? merged.evidence[0]
                                     : merged.evidence[1];
        finding.evidence.push_back(theirs);
        dropped[std::get<1>(told[t])] = true;
        also.push_back(other);
      }
      finding.explanation += " " + source_list(analysis, also) +
                             (also.size() == 1 ? " gives" : " give") + " it as " +
                             analysis.documents[lead_other].id + " does.";
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i < dropped.size() && dropped[i]) continue;
    if (kept != i) out[kept] = std::move(out[i]);
    ++kept;
  }
  out.resize(kept);
}

}  // namespace cc::detect
