// Words of one sentence with what the extractors need to find phrase boundaries:
// capitalisation, possessives, punctuation before each word, closed word classes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "normalize/lexicon.hpp"

namespace cc::extract {

// Punctuation seen between the previous word and this one (bit flags).
enum Gap : uint8_t {
  kComma = 1,     // ,
  kBreak = 2,     // ; : — – ( ) and sentence-internal periods
  kQuoteMark = 4  // “ ” " `` ''
};

struct Token {
  Span span;                 // document offsets, possessive ending included
  std::string lower;         // ASCII lower-cased, possessive ending removed
  bool capitalised = false;  // starts with an upper-case letter
  bool possessive = false;   // ended in 's or ’s
  bool digit = false;        // starts with a digit
  uint8_t gap = 0;           // Gap flags for the punctuation before this word
  normalize::Closed closed = normalize::Closed::None;
};

// Tokenises `span` of `text` into `out` (cleared first; its capacity is reused).
void tokenize(std::string_view text, Span span, const normalize::Lexicon& lexicon,
              std::vector<Token>& out);

// Index of the first token starting at or after `offset` (out.size() when none).
size_t token_at(const std::vector<Token>& tokens, uint32_t offset);

}  // namespace cc::extract
