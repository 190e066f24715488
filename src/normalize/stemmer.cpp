#include "normalize/stemmer.hpp"

#include <libstemmer.h>

#include <algorithm>

#include "normalize/known_stems.hpp"

namespace cc::normalize {

namespace known_stems {

std::optional<std::string_view> find(std::string_view word) {
  auto word_at = [](size_t line) {
    return std::string_view(kText + kLines[line], kLengths[2 * line]);
  };
  size_t low = 0;
  size_t high = kCount;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (word_at(middle) < word) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  if (low == kCount || word_at(low) != word) return std::nullopt;
  return std::string_view(kText + kLines[low] + word.size() + 1, kLengths[2 * low + 1]);
}

}  // namespace known_stems

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view word) {
  if (!stemmer_ || word.empty() || word.size() > kLongest) return std::string(word);
  if (auto known = known_stems::find(word)) return std::string(*known);
  if (auto it = memo_.find(word); it != memo_.end()) return it->second;
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  std::string stem = out ? std::string(reinterpret_cast<const char*>(out),
                                       static_cast<size_t>(sb_stemmer_length(stemmer_)))
                         : std::string(word);
  if (memo_.size() >= kMemoSize) memo_.clear();
  memo_.emplace(word, stem);
  return stem;
}

}  // namespace cc::normalize
