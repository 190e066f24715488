// Small UTF-8 helpers that need no ICU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cc::utf8 {

// Offset of the first byte that breaks UTF-8 validity (overlong forms, surrogates,
// code points above U+10FFFF, truncated sequences), or npos when `text` is valid.
size_t find_invalid(std::string_view text);
inline bool is_valid(std::string_view text) {
  return find_invalid(text) == std::string_view::npos;
}

// Number of code points in valid UTF-8 (continuation bytes are not counted).
size_t count_code_points(std::string_view text);

// Decodes the code point at `offset` and advances `offset`; returns U+FFFD on bad input.
char32_t decode(std::string_view text, size_t& offset);

// decode with the ASCII case inline: most bytes of news text are ASCII, and the tokenisers
// call this on every byte of every sentence several times over.
inline char32_t decode_fast(std::string_view text, size_t& offset) {
  auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x80) {
    ++offset;
    return c;
  }
  return decode(text, offset);
}

// Appends the UTF-8 encoding of `code_point` (U+FFFD for invalid values).
void append(std::string& out, char32_t code_point);

}  // namespace cc::utf8
