// Byte-level helpers for the ASCII syntax of the input formats.
#pragma once

#include <algorithm>
#include <string_view>

namespace cc::ingest {

// Space, tab, line feed, carriage return, form feed, vertical tab.
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// True when `text` holds nothing but ASCII whitespace.
inline bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), is_space);
}

inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Equal when ASCII letters are compared without case.
inline bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

}  // namespace cc::ingest
