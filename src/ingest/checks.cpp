#include "ingest/checks.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "ingest/ascii.hpp"
#include "ingest/source_map.hpp"

namespace cc::ingest {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Control bytes that never occur in text (everything below 0x20 except the usual
// whitespace, and DEL).
bool is_binary_byte(char c) {
  auto byte = static_cast<unsigned char>(c);
  return (byte < 0x20 && !is_space(c)) || byte == 0x7F;
}

// A NUL never occurs in text; beyond that a file is binary when more than one byte in ten
// is a control byte (a text with a few stray escape codes still passes).
bool looks_binary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) return true;
  auto controls = static_cast<size_t>(std::count_if(bytes.begin(), bytes.end(), is_binary_byte));
  return controls * 10 > bytes.size();
}

[[noreturn]] void throw_invalid_utf8(const std::string& path, std::string_view text, size_t bad,
                                     size_t skipped) {
  FileMap map(text);
  Origin at = map.origin(bad);
  throw InputError(path, "invalid UTF-8 at line " + std::to_string(at.line) + ", column " +
                             std::to_string(at.column) + " (byte " + std::to_string(bad + skipped) +
                             ")");
}

}  // namespace

std::string_view checked_text(const std::string& path, std::string_view bytes) {
  // Offsets into the text are 32-bit throughout the pipeline.
  if (bytes.size() > std::numeric_limits<uint32_t>::max()) {
    throw InputError(path, "larger than 4 GiB, the most one article may be");
  }
  if (looks_binary(bytes)) throw InputError(path, "binary file, not text");
  size_t skipped = bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  std::string_view text = bytes.substr(skipped);
  size_t bad = utf8::find_invalid(text);
  if (bad != std::string_view::npos) throw_invalid_utf8(path, text, bad, skipped);
  if (is_blank(text)) throw InputError(path, "empty article");
  return text;
}

}  // namespace cc::ingest
