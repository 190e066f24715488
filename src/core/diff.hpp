// Word-level diff: the longest common subsequence of two word sequences.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/text.hpp"

namespace cc::text {

// One step of a diff over word indices.
struct DiffStep {
  DiffToken::Op op;  // Equal: a[first] == b[second]; Delete: a[first]; Insert: b[second]
  size_t first;      // index into a (Equal, Delete)
  size_t second;     // index into b (Equal, Insert)
};

// Diff of two word lists compared by Word::norm. Sequences longer than a few thousand
// words fall back to matching common prefix and suffix only, to stay fast.
std::vector<DiffStep> diff_words(const std::vector<Word>& a, const std::vector<Word>& b);

// Number of Equal steps (the LCS length).
size_t common_words(const std::vector<DiffStep>& steps);

}  // namespace cc::text
