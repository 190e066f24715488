#include "ingest/source_map.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace cc::ingest {

Line line_at(std::string_view text, size_t begin) {
  // A plain loop: find_first_of with a set of two calls memchr on the set for every byte.
  size_t end = begin;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  if (end >= text.size()) return Line{begin, text.size(), text.size()};
  size_t next = end + 1;
  if (text[end] == '\r' && next < text.size() && text[next] == '\n') ++next;
  return Line{begin, end, next};
}

FileMap::FileMap(std::string_view bytes) : bytes_(bytes) {
  line_starts_.push_back(0);
  for (Line line = line_at(bytes_, 0); line.next != line.content_end;
       line = line_at(bytes_, line.next)) {
    line_starts_.push_back(static_cast<uint32_t>(line.next));
  }
}

size_t FileMap::line_index(size_t pos) const {
  auto in_line = [&](size_t line) {
    return line_starts_[line] <= pos &&
           (line + 1 == line_starts_.size() || pos < line_starts_[line + 1]);
  };
  if (in_line(cached_line_)) return cached_line_;
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return static_cast<size_t>(after - line_starts_.begin()) - 1;
}

Origin FileMap::origin(size_t pos) {
  pos = std::min(pos, bytes_.size());
  size_t line = line_index(pos);
  if (line != cached_line_ || pos < cached_pos_) {
    cached_line_ = line;
    cached_pos_ = line_starts_[line];
    cached_column_ = 1;
  }
  cached_column_ +=
      static_cast<uint32_t>(utf8::count_code_points(bytes_.substr(cached_pos_, pos - cached_pos_)));
  cached_pos_ = pos;
  return Origin{static_cast<uint32_t>(line + 1), cached_column_};
}

size_t FileMap::run_end(size_t pos) {
  size_t line = line_index(pos);
  return line + 1 < line_starts_.size() ? line_starts_[line + 1] : bytes_.size();
}

namespace {

// Value of the four hex digits at `at`, or -1.
int hex4(std::string_view json, size_t at) {
  if (at + 4 > json.size()) return -1;
  int value = 0;
  for (size_t k = at; k < at + 4; ++k) {
    char c = json[k];
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// Decodes "\uXXXX" (and a following low surrogate) at `at`; returns the offset after it.
size_t decode_unicode_escape(std::string_view json, size_t at, std::string& out) {
  int unit = hex4(json, at + 2);
  if (unit < 0) {
    utf8::append(out, 0xFFFD);
    return at + 2;
  }
  size_t next = at + 6;
  auto cp = static_cast<char32_t>(unit);
  if (cp >= 0xD800 && cp <= 0xDBFF && json.substr(next, 2) == "\\u") {
    int low = hex4(json, next + 2);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
      next += 6;
    }
  }
  // A NUL would reach consumers that treat text as C strings; show it as U+FFFD instead.
  utf8::append(out, cp == 0 ? 0xFFFD : cp);
  return next;
}

// Decodes the escape sequence at `at` (a backslash); returns the offset after it.
size_t decode_escape(std::string_view json, size_t at, std::string& out) {
  char c = at + 1 < json.size() ? json[at + 1] : '\0';
  switch (c) {
    case '"':
    case '\\':
    case '/':
      out.push_back(c);
      break;
    case 'b':
      out.push_back('\b');
      break;
    case 'f':
      out.push_back('\f');
      break;
    case 'n':
      out.push_back('\n');
      break;
    case 'r':
      out.push_back('\r');
      break;
    case 't':
      out.push_back('\t');
      break;
    case 'u':
      return decode_unicode_escape(json, at, out);
    default:
      utf8::append(out, 0xFFFD);
      return std::min(at + 2, json.size());
  }
  return at + 2;
}

}  // namespace

size_t decode_json_string(std::string_view json, size_t pos, std::string& out,
                          std::vector<JsonPiece>* pieces) {
  size_t i = pos + 1;
  size_t run = i;  // start of the current verbatim run
  auto flush_run = [&] {
    if (i == run) return;
    if (pieces) pieces->push_back(JsonPiece{out.size(), run, true});
    out.append(json.substr(run, i - run));
  };
  while (i < json.size() && json[i] != '"') {
    if (json[i] != '\\') {
      ++i;
      continue;
    }
    flush_run();
    if (pieces) pieces->push_back(JsonPiece{out.size(), i, false});
    i = decode_escape(json, i, out);
    run = i;
  }
  flush_run();
  return std::min(i + 1, json.size());
}

JsonStringMap::JsonStringMap(FileMap& file, size_t literal) : file_(file) {
  decode_json_string(file.buffer(), literal, decoded_, &pieces_);
  // An empty string has no pieces; one empty piece keeps origin() total.
  if (pieces_.empty()) pieces_.push_back(JsonPiece{0, literal + 1, true});
}

size_t JsonStringMap::piece_index(size_t pos) {
  auto contains = [&](size_t index) {
    return pieces_[index].decoded <= pos &&
           (index + 1 == pieces_.size() || pos < pieces_[index + 1].decoded);
  };
  if (contains(cached_piece_)) return cached_piece_;
  if (cached_piece_ + 1 < pieces_.size() && contains(cached_piece_ + 1)) return ++cached_piece_;
  auto after = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                                [](size_t value, const JsonPiece& p) { return value < p.decoded; });
  cached_piece_ = static_cast<size_t>(after - pieces_.begin()) - 1;
  return cached_piece_;
}

Origin JsonStringMap::origin(size_t pos) {
  const JsonPiece& piece = pieces_[piece_index(pos)];
  return file_.origin(piece.verbatim ? piece.file + (pos - piece.decoded) : piece.file);
}

size_t JsonStringMap::run_end(size_t pos) {
  size_t index = piece_index(pos);
  return index + 1 < pieces_.size() ? pieces_[index + 1].decoded : decoded_.size();
}

}  // namespace cc::ingest
