#include "normalize/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::normalize {

namespace {

std::optional<double> to_double(std::string_view view) {
  const std::string text(view);
  try {
    size_t used = 0;
    double value = std::stod(text, &used);
    if (used != text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
  } catch (...) {
    return std::nullopt;
  }
}

// "1,300.5" -> 1300.5; nullopt when the text is not digits with separators.
std::optional<double> parse_digits(std::string_view text) {
  std::string plain;
  for (char c : text) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
    plain += c;
  }
  if (plain.empty() || plain.size() > 18) return std::nullopt;
  return to_double(plain);
}

// Splits on spaces and hyphens, lower-cased.
std::vector<std::string> pieces(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

// How far "about N" reaches: the approximator's tolerance for a round figure ("about 80",
// "some 25,000"), but a figure written to its last unit says how near it is ("about 78%"
// is not "some 87%", "about 3,100" not "some 1,300"): the unit of its last digit that is
// not zero (a 5 counts as half a round figure), and no less than 5%. Only whole numbers:
// fractions ("about a third"), decimals and small counts ("around twelve days") keep the
// table's tolerance.
double approximation(double value, double tolerance) {
  constexpr double kLeast = 0.05;
  if (!(value >= 20) || value != std::floor(value) || value > 1e15) return tolerance;
  double unit = 1;
  while (std::fmod(value, unit * 10) == 0) unit *= 10;
  if (std::fmod(value / unit, 10) == 5) unit *= 5;
  return std::min(tolerance, std::max(unit / value, kLeast));
}

}  // namespace

Numbers::Numbers(const rules::RuleSet& rules) {
  auto each = [&](std::string_view name, auto&& row_function) {
    if (const auto* table = rules.table(name)) {
      for (const auto& row : table->rows()) row_function(row);
    }
  };
  each("quantities/number_words", [&](const auto& row) {
    if (row.size() < 3) return;
    if (auto value = to_double(row[1]))
      words_[text::fold(row[0])] = Word{*value, std::string(row[2])};
  });
  each("quantities/fractions", [&](const auto& row) {
    if (row.size() < 2) return;
    if (auto value = to_double(row[1])) denominators_[text::fold(row[0])] = *value;
  });
  each("quantities/ordinals", [&](const auto& row) {
    if (row.size() < 2) return;
    if (auto value = to_double(row[1])) ordinals_[text::fold(row[0])] = *value;
  });
  each("quantities/units", [&](const auto& row) {
    if (row.size() < 4) return;
    auto factor = to_double(row[2]);
    auto offset = to_double(row[3]);
    if (factor && offset) units_[std::string(row[0])] = Unit{std::string(row[1]), *factor, *offset};
  });
  for (std::string_view table : {"quantities/currencies", "quantities/scaled_currencies"}) {
    each(table, [&](const auto& row) {
      if (row.size() >= 2) currencies_[text::fold(row[0])] = std::string(row[1]);
    });
  }
  each("quantities/durations", [&](const auto& row) {
    if (row.size() < 2) return;
    if (auto value = to_double(row[1])) durations_[text::fold(row[0])] = *value;
  });
  each("quantities/approximators", [&](const auto& row) {
    if (row.size() < 3) return;
    if (auto tolerance = to_double(row[2]))
      approximators_[text::fold(row[0])] = Approximator{std::string(row[1]), *tolerance};
  });
}

std::optional<Amount> Numbers::parse(std::string_view text) const {
  std::vector<std::string> parts = pieces(text);
  if (parts.empty()) return std::nullopt;
  double total = 0;
  double current = 0;
  bool any = false;
  bool vague = false;
  double vague_scale = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    if (part == "and" && any) continue;
    // "tens of thousands", "hundreds of millions": a vague multiple of the scale after it.
    if ((part == "tens" || part == "hundreds") && i + 2 < parts.size() && parts[i + 1] == "of") {
      auto rest = words_.find(parts[i + 2]);
      if (rest != words_.end() && rest->second.kind == "vague" && i + 3 == parts.size()) {
        double base = part == "tens" ? 10 : 100;
        double scale = rest->second.value;
        return Amount{2 * base * scale, 10 * base * scale, true};
      }
    }
    // "half a dozen" (6), "half a million": a half of the scale after the article.
    if (part == "half" && i + 2 < parts.size() && (parts[i + 1] == "a" || parts[i + 1] == "an")) {
      current = 0.5;
      any = true;
      ++i;
      continue;
    }
    if ((part == "a" || part == "an") && i + 1 < parts.size()) {
      current = 1;
      any = true;
      continue;
    }
    if (auto digits = parse_digits(part)) {
      current += *digits;
      any = true;
      continue;
    }
    auto it = words_.find(part);
    if (it == words_.end()) return std::nullopt;
    const Word& word = it->second;
    any = true;
    if (word.kind == "scale") {
      double base = current == 0 ? 1 : current;
      if (word.value == 100) {
        current = base * 100;
      } else {
        total += base * word.value;
        current = 0;
      }
    } else if (word.kind == "vague") {
      vague = true;
      vague_scale = word.value;
    } else {
      current += word.value;
    }
  }
  if (!any) return std::nullopt;
  double value = total + current;
  if (vague) {
    // "dozens" is 24 to 143, "thousands" 2,000 to 9,999: at least two, fewer than twelve
    // (dozens) or ten of the unit, times what came before ("tens of thousands" aside).
    double base = value == 0 ? 1 : value;
    double upper = vague_scale == 12 ? 12 : 10;
    return Amount{2 * vague_scale * base, upper * vague_scale * base, true};
  }
  return Amount{value, value, false};
}

std::optional<double> Numbers::denominator(std::string_view word) const {
  auto it = denominators_.find(text::fold(word));
  return it == denominators_.end() ? std::nullopt : std::optional<double>(it->second);
}

std::optional<double> Numbers::ordinal(std::string_view word) const {
  std::string folded = text::fold(word);
  if (auto it = ordinals_.find(folded); it != ordinals_.end()) return it->second;
  size_t digits = 0;
  while (digits < folded.size() && folded[digits] >= '0' && folded[digits] <= '9') ++digits;
  if (digits == 0 || digits > 9) return std::nullopt;
  std::string_view suffix = std::string_view(folded).substr(digits);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  return to_double(folded.substr(0, digits));
}

const Numbers::Unit* Numbers::unit(std::string_view surface) const {
  std::string squeezed = text::squeeze_spaces(surface);
  if (auto it = units_.find(squeezed); it != units_.end()) return &it->second;
  if (auto it = units_.find(text::fold(squeezed)); it != units_.end()) return &it->second;
  return nullptr;
}

std::string Numbers::currency(std::string_view surface) const {
  auto it = currencies_.find(text::fold(text::squeeze_spaces(surface)));
  return it == currencies_.end() ? std::string() : it->second;
}

std::optional<double> Numbers::duration_days(std::string_view unit) const {
  auto it = durations_.find(text::fold(unit));
  return it == durations_.end() ? std::nullopt : std::optional<double>(it->second);
}

std::string Numbers::approximator_before(std::string_view before, size_t& length) const {
  length = 0;
  size_t end = before.size();
  while (end > 0 && before[end - 1] == ' ') --end;
  if (end == before.size() && !before.empty() && before.back() != ' ') return {};  // "US$"
  // The longest phrase of up to three words wins: "slightly more than" over "more than".
  std::string found;
  size_t start = end;
  for (int words = 1; words <= 3 && start > 0; ++words) {
    size_t space = before.find_last_of(' ', start - 1);
    start = space == std::string_view::npos ? 0 : space + 1;
    std::string phrase = text::fold(text::squeeze_spaces(before.substr(start, end - start)));
    if (approximators_.count(phrase)) {
      found = phrase;
      length = before.size() - start;
    }
    if (start == 0) break;
    start = space;
  }
  return found;
}

void Numbers::apply(std::string_view approximator, const Amount& amount, Value& value) const {
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  value.low = amount.low;
  value.high = amount.high;
  value.high_open = amount.vague;
  value.low_open = false;
  value.tolerance = 0;
  if (approximator.empty()) return;
  auto it = approximators_.find(text::fold(text::squeeze_spaces(approximator)));
  if (it == approximators_.end()) return;
  const auto& [kind, tolerance] = it->second;
  double v = amount.low;
  value.tolerance = tolerance;
  if (kind == "approx") {
    double reach = amount.low == amount.high ? approximation(amount.low, tolerance) : tolerance;
    value.tolerance = reach;
    value.low = amount.low * (1 - reach);
    value.high = amount.high * (1 + reach);
    value.high_open = false;
  } else if (kind == "below") {
    value.low = v * (1 - tolerance);
    value.high = v;
    value.high_open = true;
  } else if (kind == "over") {
    value.low = amount.high;
    value.low_open = true;
    value.high = amount.high * (1 + tolerance);
  } else if (kind == "min") {
    value.high = kInfinity;
  } else if (kind == "above") {
    value.low = amount.high;
    value.low_open = true;
    value.high = kInfinity;
  } else if (kind == "max") {
    value.low = 0;
  } else if (kind == "under") {
    value.low = 0;
    value.high = v;
    value.high_open = true;
  }
}

}  // namespace cc::normalize
