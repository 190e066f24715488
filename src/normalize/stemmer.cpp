#include "normalize/stemmer.hpp"

#include <libstemmer.h>

#include <algorithm>

#include "core/text.hpp"
#include "normalize/known_stems.hpp"

namespace cc::normalize {

namespace known_stems {

std::optional<std::string_view> find(std::string_view word) {
  const size_t mask = kSlotCount - 1;
  for (size_t slot = text::fnv1a(word) & mask; kSlots[slot] != 0; slot = (slot + 1) & mask) {
    size_t line = kSlots[slot] - 1;
    if (std::string_view(kText + kLines[line], kLengths[2 * line]) == word) {
      return std::string_view(kText + kLines[line] + word.size() + 1, kLengths[2 * line + 1]);
    }
  }
  return std::nullopt;
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
