#include "normalize/stemmer.hpp"

#include <libstemmer.h>

namespace cc::normalize {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view word) {
  if (!stemmer_ || word.empty() || word.size() > kLongest) return std::string(word);
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
