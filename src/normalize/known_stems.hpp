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
// An open-addressing index over the lines, so that a lookup hashes the word once instead
// of comparing it with 17 words of a binary search (16 M instructions of a check went to
// that): kSlots[hash(word) & (kSlotCount - 1)] and the slots after it hold line + 1 until
// a 0. kSlotCount is a power of two at least 1.5 times kCount (a lookup then reads two
// slots on average, and the index takes 512 KB rather than 1 MB).
// The hash is text::fnv1a, in cc-stems, which lays the slots out, and in find().
extern const uint32_t kSlots[];
extern const size_t kSlotCount;

// The stem of `word` when the table holds it.
std::optional<std::string_view> find(std::string_view word);

}  // namespace cc::normalize::known_stems
