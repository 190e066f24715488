// Word-level text helpers shared by extraction, alignment and detection.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace cc::text {

// A word: a run of letters and digits, with inner apostrophes, hyphens and periods
// ("don't", "three-year", "U.S.") kept inside it.
struct Word {
  Span span;         // byte range relative to the text that was split
  std::string norm;  // lower-cased (ASCII), typographic apostrophes folded to '\''
};

// Splits `text` into words; punctuation and spaces are dropped.
std::vector<Word> words(std::string_view text);

// The relative clauses of a sentence set off by a comma, as byte ranges of `sentence`
// (of `words`, its words): from a "which", "who" or "whose" right after a comma to the
// first word after the next comma, semicolon, colon, dash or bracket, or the end. "The
// union, which represents 3,100 pilots, said" has one: "which represents 3,100
// pilots, ".
std::vector<Span> relative_clauses(std::string_view sentence, const std::vector<Word>& words);
// The clause of `clauses` that holds byte `at` of the sentence; nullptr when none does.
const Span* clause_at(const std::vector<Span>& clauses, uint32_t at);

// Lower-cases ASCII letters and folds typographic apostrophes and quotes to ASCII.
std::string fold(std::string_view text);
// fold() into `out` (replacing its contents; its capacity is reused). `text` must not
// view `out`.
void fold_into(std::string_view text, std::string& out);

// True for bytes that start or continue a word (ASCII letters, digits, any non-ASCII byte
// that is not typographic punctuation is handled by words()).
bool is_ascii_alnum(char c);

// Trims ASCII whitespace from both ends.
std::string_view trim(std::string_view text);

// Collapses runs of whitespace to one space and trims.
std::string squeeze_spaces(std::string_view text);

// At most `max_bytes` of `text`, cut at a character boundary, with "…" when shortened.
std::string truncate(std::string_view text, size_t max_bytes);

// 64-bit FNV-1a hash; stable across platforms and runs.
uint64_t fnv1a(std::string_view data, uint64_t seed = 1469598103934665603ULL);
// 16 lower-case hex digits.
std::string hex16(uint64_t value);

// Calls `visit` with each run of ASCII letters of `text`, lower-cased (with `apostrophes`,
// apostrophes too, the typographic one folded: "didn't"), at most 24 bytes (longer runs
// are skipped), without allocating; stops and returns true when `visit` does. A cheap
// scan for a few listed words before a sentence is split.
template <typename Visit>
bool any_folded_word(std::string_view text, Visit&& visit, bool apostrophes) {
  char buffer[24];
  size_t size = 0;
  bool too_long = false;
  auto end = [&] {
    bool hit = size > 0 && !too_long && visit(std::string_view(buffer, size));
    size = 0;
    too_long = false;
    return hit;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char lower = static_cast<char>(c | 0x20);
    bool letter = (lower >= 'a' && lower <= 'z') || (apostrophes && c == '\'');
    if (apostrophes && static_cast<unsigned char>(c) == 0xE2 && text.substr(i, 3) == "\u2019")
      lower = '\'', letter = true, i += 2;
    if (!letter) {
      if (end()) return true;
      continue;
    }
    if (size == sizeof buffer) {
      too_long = true;
    } else {
      buffer[size++] = lower;
    }
  }
  return end();
}

}  // namespace cc::text
