#include "core/diff.hpp"

#include <algorithm>
#include <cstdint>

namespace cc::text {

std::vector<DiffStep> diff_words(const std::vector<Word>& a, const std::vector<Word>& b) {
  std::vector<DiffStep> steps;
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix].norm == b[prefix].norm) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix].norm == b[b.size() - 1 - suffix].norm) {
    ++suffix;
  }
  for (size_t i = 0; i < prefix; ++i) steps.push_back({DiffToken::Op::Equal, i, i});
  size_t n = a.size() - prefix - suffix;
  size_t m = b.size() - prefix - suffix;
  constexpr size_t kMaxCells = 4'000'000;
  if (n > 0 && m > 0 && n * m <= kMaxCells) {
    // table[i][j] = LCS of a[prefix+i..] and b[prefix+j..]
    std::vector<uint32_t> table((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return table[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        at(i, j) = a[prefix + i].norm == b[prefix + j].norm ? at(i + 1, j + 1) + 1
                                                            : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[prefix + i].norm == b[prefix + j].norm) {
        steps.push_back({DiffToken::Op::Equal, prefix + i, prefix + j});
        ++i, ++j;
      } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
        steps.push_back({DiffToken::Op::Insert, 0, prefix + j});
        ++j;
      } else {
        steps.push_back({DiffToken::Op::Delete, prefix + i, 0});
        ++i;
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i) steps.push_back({DiffToken::Op::Delete, prefix + i, 0});
    for (size_t j = 0; j < m; ++j) steps.push_back({DiffToken::Op::Insert, 0, prefix + j});
  }
  for (size_t k = 0; k < suffix; ++k) {
    steps.push_back({DiffToken::Op::Equal, a.size() - suffix + k, b.size() - suffix + k});
  }
  return steps;
}

size_t common_words(const std::vector<DiffStep>& steps) {
  return static_cast<size_t>(std::count_if(
      steps.begin(), steps.end(), [](const DiffStep& s) { return s.op == DiffToken::Op::Equal; }));
}

}  // namespace cc::text
