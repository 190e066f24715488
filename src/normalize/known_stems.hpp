// The Snowball stems of the words in the built-in rules, computed at build time by
// cc-stems (make_stems.cpp) with the same library the Stemmer calls at run time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cc::normalize::known_stems {

extern const char kText[];        // "word\tstem\n" lines, sorted by word
extern const uint32_t kLines[];   // offset of each line in kText, then kText's length
extern const uint8_t kLengths[];  // per line: the word's length, the stem's length
extern const size_t kCount;

// The stem of `word` when the table holds it.
std::optional<std::string_view> find(std::string_view word);

}  // namespace cc::normalize::known_stems
