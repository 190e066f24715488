#include "core/model.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <stdexcept>

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

Origin OffsetMap::locate_in(std::string_view piece, uint32_t piece_start, Origin piece_origin,
                            uint32_t offset) const {
  if (anchors_.empty()) return Origin{};
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](uint32_t value, const Anchor& a) { return value < a.text_offset; });
  if (it == anchors_.begin()) return Origin{anchors_.front().line, anchors_.front().column};
  const Anchor& anchor = *std::prev(it);
  // Counted from the anchor when it lies in the piece, else from the piece's start (the
  // same anchor's position plus the code points up to the piece).
  Origin base = piece_origin;
  uint32_t from = piece_start;
  if (anchor.text_offset >= piece_start) {
    base = Origin{anchor.line, anchor.column};
    from = anchor.text_offset;
  }
  uint32_t end = std::min<uint32_t>(offset, piece_start + static_cast<uint32_t>(piece.size()));
  uint32_t begin = std::min(from, end);
  auto chars = static_cast<uint32_t>(
      utf8::count_code_points(piece.substr(begin - piece_start, end - begin)));
  return Origin{base.line, base.column + chars};
}

void OffsetMap::keep_within(const std::vector<Span>& pieces) {
  std::vector<Anchor> kept;
  auto piece = pieces.begin();
  for (size_t i = 0; i < anchors_.size(); ++i) {
    uint32_t at = anchors_[i].text_offset;
    while (piece != pieces.end() && piece->end < at) ++piece;
    if (i == 0 || (piece != pieces.end() && piece->start <= at)) kept.push_back(anchors_[i]);
  }
  kept.shrink_to_fit();
  anchors_ = std::move(kept);
}

Origin Document::locate(uint32_t offset) const {
  if (excerpts.empty()) return origin.locate(text, offset);
  const Excerpt& piece = excerpt_of(Span{offset, offset});
  return origin.locate_in(std::string_view(text).substr(piece.at, piece.span.size()),
                          piece.span.start, piece.origin, offset);
}

const Excerpt& Document::excerpt_of(Span span) const {
  auto it = std::upper_bound(excerpts.begin(), excerpts.end(), span.start,
                             [](uint32_t value, const Excerpt& e) { return value < e.span.start; });
  if (it == excerpts.begin() || span.end > std::prev(it)->span.end) {
    throw std::logic_error("document " + id + ": bytes " + std::to_string(span.start) + "-" +
                           std::to_string(span.end) + " are not in its excerpts");
  }
  return *std::prev(it);
}

std::string_view Document::slice_excerpt(Span span) const {
  const Excerpt& piece = excerpt_of(span);
  return std::string_view(text).substr(piece.at + (span.start - piece.span.start), span.size());
}

void Document::keep_excerpts(std::vector<Span> pieces) {
  if (!excerpts.empty()) throw std::logic_error("document " + id + " is already cut to excerpts");
  const auto size = static_cast<uint32_t>(text.size());
  for (Span& piece : pieces) {
    piece.end = std::min(piece.end, size);
    piece.start = std::min(piece.start, piece.end);
  }
  std::sort(pieces.begin(), pieces.end());
  std::vector<Span> merged;
  for (Span piece : pieces) {
    if (!merged.empty() && piece.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, piece.end);
    } else {
      merged.push_back(piece);
    }
  }
  std::string kept;
  size_t total = 0;
  for (Span piece : merged) total += piece.size();
  kept.reserve(total);
  std::vector<Excerpt> out;
  out.reserve(merged.size());
  for (Span piece : merged) {
    out.push_back(Excerpt{piece, static_cast<uint32_t>(kept.size()), locate(piece.start)});
    kept.append(text, piece.start, piece.size());
  }
  text = std::move(kept);
  excerpts = std::move(out);
  origin.keep_within(merged);
  std::vector<Paragraph>().swap(paragraphs);
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

namespace {

// The packed form of a ClaimDetail: every field in declaration order; a string is its
// length (LEB128) and bytes, a list its count and strings, a Value its kind, then (numbers
// and dates) its flags and three doubles, then its unit and text.
class Packer {
 public:
  void number(uint64_t value) {
    do {
      auto byte = static_cast<char>(value & 0x7f);
      value >>= 7;
      if (value != 0) byte = static_cast<char>(byte | 0x80);
      out_.push_back(byte);
    } while (value != 0);
  }
  void text(const std::string& value) {
    number(value.size());
    out_.append(value);
  }
  void list(const std::vector<std::string>& values) {
    number(values.size());
    for (const std::string& value : values) text(value);
  }
  void value(const Value& value) {
    out_.push_back(static_cast<char>(value.kind));
    if (value.kind == Value::Kind::Number || value.kind == Value::Kind::Date) {
      out_.push_back(static_cast<char>((value.low_open ? 1 : 0) | (value.high_open ? 2 : 0)));
      for (double x : {value.low, value.high, value.tolerance}) {
        char bytes[sizeof(double)];
        std::memcpy(bytes, &x, sizeof x);
        out_.append(bytes, sizeof bytes);
      }
    }
    text(value.unit);
    text(value.text);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Unpacker {
 public:
  explicit Unpacker(std::string_view in) : in_(in) {}
  uint64_t number() {
    uint64_t value = 0;
    for (int shift = 0; at_ < in_.size(); shift += 7) {
      auto byte = static_cast<unsigned char>(in_[at_++]);
      value |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
    }
    return value;
  }
  void text(std::string& value) {
    size_t size = number();
    value.assign(in_.substr(at_, size));
    at_ += size;
  }
  void list(std::vector<std::string>& values) {
    values.resize(number());
    for (std::string& value : values) text(value);
  }
  void value(Value& value) {
    value.kind = static_cast<Value::Kind>(in_[at_++]);
    value.low_open = value.high_open = false;
    value.low = value.high = value.tolerance = 0;
    if (value.kind == Value::Kind::Number || value.kind == Value::Kind::Date) {
      auto flags = static_cast<unsigned char>(in_[at_++]);
      value.low_open = (flags & 1) != 0;
      value.high_open = (flags & 2) != 0;
      for (double* x : {&value.low, &value.high, &value.tolerance}) {
        std::memcpy(x, in_.data() + at_, sizeof(double));
        at_ += sizeof(double);
      }
    }
    text(value.unit);
    text(value.text);
  }

 private:
  std::string_view in_;
  size_t at_ = 0;
};

// Every field of a detail, in the packed order, to a Packer (const detail) or an Unpacker:
// one list for both directions.
template <class Detail, class Coder>
void code_fields(Detail& d, Coder& c) {
  c.text(d.subject);
  c.text(d.predicate);
  c.text(d.object);
  c.text(d.speaker);
  c.text(d.speaker_text);
  c.text(d.cue);
  c.list(d.attribution);
  c.value(d.value);
  c.text(d.rule);
  c.text(d.predicate_class);
  c.list(d.entities);
  c.list(d.keywords);
  c.text(d.counted);
  c.text(d.trend);
  c.value(d.time);
  c.text(d.polarity_cue);
  c.text(d.modality_cue);
}

std::unique_ptr<char[]> pack_detail(const ClaimDetail& d) {
  Packer p;
  p.bytes().append(sizeof(uint32_t), '\0');  // the length, filled in below
  code_fields(d, p);
  std::string& bytes = p.bytes();
  auto size = static_cast<uint32_t>(bytes.size());
  std::memcpy(bytes.data(), &size, sizeof size);
  auto out = std::make_unique<char[]>(bytes.size());
  std::memcpy(out.get(), bytes.data(), bytes.size());
  return out;
}

std::string_view packed_bytes(const char* packed) {
  uint32_t size = 0;
  std::memcpy(&size, packed, sizeof size);
  return std::string_view(packed, size).substr(sizeof size);
}

void unpack_detail(std::string_view bytes, ClaimDetail& d) {
  Unpacker u(bytes);
  code_fields(d, u);
}

std::unique_ptr<char[]> copy_packed(const char* packed) {
  if (packed == nullptr) return nullptr;
  uint32_t size = 0;
  std::memcpy(&size, packed, sizeof size);
  auto out = std::make_unique<char[]>(size);
  std::memcpy(out.get(), packed, size);
  return out;
}

}  // namespace

ClaimDetailPtr::ClaimDetailPtr(const ClaimDetailPtr& other)
    : owned_(other.owned_ ? std::make_unique<ClaimDetail>(*other.owned_) : nullptr),
      packed_(copy_packed(other.packed_.get())) {}

ClaimDetailPtr& ClaimDetailPtr::operator=(const ClaimDetailPtr& other) {
  if (this != &other) {
    owned_ = other.owned_ ? std::make_unique<ClaimDetail>(*other.owned_) : nullptr;
    packed_ = copy_packed(other.packed_.get());
  }
  return *this;
}

const ClaimDetail& ClaimDetailPtr::empty() {
  static const ClaimDetail kEmpty;
  return kEmpty;
}

const ClaimDetail* ClaimDetailPtr::unowned() const {
  if (packed_) throw std::logic_error("a packed claim detail is read with view()");
  return &empty();
}

ClaimDetail& ClaimDetailPtr::own() {
  owned_ = std::make_unique<ClaimDetail>();
  if (packed_) {
    unpack_detail(packed_bytes(packed_.get()), *owned_);
    packed_.reset();
  }
  return *owned_;
}

void ClaimDetailPtr::pack() {
  if (!owned_) return;
  packed_ = pack_detail(*owned_);
  owned_.reset();
}

const ClaimDetail& ClaimDetailPtr::view(ClaimDetail& scratch) const {
  if (owned_) return *owned_;
  if (!packed_) return empty();
  unpack_detail(packed_bytes(packed_.get()), scratch);
  return scratch;
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

bool Analysis::in_headline(const Claim& claim) const {
  const Document& document = documents[claim.source];
  if (document.title.empty() || claim.sentence != 0 || document.sentences.empty()) return false;
  return document.slice(document.sentences[0].span).starts_with(std::string_view(document.title));
}

}  // namespace cc
