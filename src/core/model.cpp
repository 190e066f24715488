#include "core/model.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "core/utf8.hpp"

namespace cc {

void OffsetMap::add(Anchor anchor) {
  if (!anchors_.empty() && anchors_.back().text_offset == anchor.text_offset) {
    anchors_.back() = anchor;
    return;
  }
  anchors_.push_back(anchor);
}

Origin OffsetMap::locate(std::string_view text, uint32_t offset) const {
  if (anchors_.empty()) return Origin{};
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](uint32_t value, const Anchor& a) { return value < a.text_offset; });
  if (it == anchors_.begin()) return Origin{anchors_.front().line, anchors_.front().column};
  const Anchor& anchor = *std::prev(it);
  uint32_t end = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  uint32_t begin = std::min(anchor.text_offset, end);
  auto chars = static_cast<uint32_t>(utf8::count_code_points(text.substr(begin, end - begin)));
  return Origin{anchor.line, anchor.column + chars};
}

std::string Date::iso() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

namespace {
bool parse_int(std::string_view text, int& out) {
  auto result = std::from_chars(text.data(), text.data() + text.size(), out);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}
int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}
}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ' && text[10] != 't') {
    return std::nullopt;
  }
  Date date;
  if (!parse_int(text.substr(0, 4), date.year) || !parse_int(text.substr(5, 2), date.month) ||
      !parse_int(text.substr(8, 2), date.day)) {
    return std::nullopt;
  }
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

// Howard Hinnant's civil-calendar algorithms.
int64_t days_from_civil(const Date& date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (date.month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Date& date) {
  int64_t days = days_from_civil(date);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

ClaimDetailPtr::ClaimDetailPtr(const ClaimDetailPtr& other)
    : owned_(other.owned_ ? std::make_unique<ClaimDetail>(*other.owned_) : nullptr) {}

ClaimDetailPtr& ClaimDetailPtr::operator=(const ClaimDetailPtr& other) {
  if (this != &other) {
    owned_ = other.owned_ ? std::make_unique<ClaimDetail>(*other.owned_) : nullptr;
  }
  return *this;
}

const ClaimDetail& ClaimDetailPtr::empty() {
  static const ClaimDetail kEmpty;
  return kEmpty;
}

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::Quote:
      return "quote";
    case ClaimKind::ReportedSpeech:
      return "reported-speech";
    case ClaimKind::Quantity:
      return "quantity";
    case ClaimKind::Time:
      return "time";
    case ClaimKind::Event:
      return "event";
    case ClaimKind::Stance:
      return "stance";
  }
  return "event";
}

std::string_view to_string(Polarity polarity) {
  return polarity == Polarity::Negated ? "negated" : "affirmed";
}

std::string_view to_string(Modality modality) {
  switch (modality) {
    case Modality::Asserted:
      return "asserted";
    case Modality::Reported:
      return "reported";
    case Modality::Hedged:
      return "hedged";
    case Modality::Planned:
      return "planned";
  }
  return "asserted";
}

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::Person:
      return "person";
    case EntityType::Organization:
      return "organization";
    case EntityType::Place:
      return "place";
    case EntityType::Other:
      return "other";
  }
  return "other";
}

std::string_view to_string(Level level) {
  switch (level) {
    case Level::Note:
      return "note";
    case Level::Divergence:
      return "divergence";
    case Level::Contradiction:
      return "contradiction";
  }
  return "note";
}

std::string_view to_string(Stand stand) {
  switch (stand) {
    case Stand::Silent:
      return "silent";
    case Stand::States:
      return "states";
    case Stand::Diverges:
      return "diverges";
    case Stand::Contradicts:
      return "contradicts";
  }
  return "silent";
}

std::optional<Level> parse_level(std::string_view text) {
  if (text == "note") return Level::Note;
  if (text == "divergence") return Level::Divergence;
  if (text == "contradiction") return Level::Contradiction;
  return std::nullopt;
}

std::string_view Analysis::entity_name(std::string_view key) const {
  auto it = std::lower_bound(entities.begin(), entities.end(), key,
                             [](const Entity& e, std::string_view k) { return e.key < k; });
  return it != entities.end() && it->key == key ? std::string_view(it->name) : key;
}

Span Analysis::sentence_extent(const Claim& claim) const {
  const Document& document = documents[claim.source];
  const auto& sentences = document.sentences;
  if (sentences.empty()) return claim.span;
  Span out = claim.sentence < sentences.size() ? sentences[claim.sentence].span : claim.span;
  for (size_t i = claim.sentence; i < sentences.size() && sentences[i].span.start < claim.span.end;
       ++i) {
    out.end = std::max(out.end, sentences[i].span.end);
  }
  out.start = std::min(out.start, claim.span.start);
  out.end = std::max(out.end, claim.span.end);
  return out;
}

}  // namespace cc
