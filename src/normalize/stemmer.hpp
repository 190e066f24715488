// Snowball (libstemmer) English stemmer: "discussion", "discussed" -> "discuss".
// One instance is not thread-safe; make one per thread or per document.
#pragma once

#include <string>
#include <string_view>

#include "core/string_map.hpp"

struct sb_stemmer;

namespace cc::normalize {

class Stemmer {
 public:
  Stemmer();  // english, UTF-8
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  // Stem of a lower-case word; the word itself when the stemmer is unavailable or the
  // word is longer than kLongest bytes (no English word is; it never fails on any bytes).
  std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_ = nullptr;
  // Stems already computed (the stemmer is far slower than a lookup); cleared when it
  // grows past kMemoSize words.
  StringMap<std::string> memo_;
  static constexpr size_t kMemoSize = 1 << 11;
  static constexpr size_t kLongest = 64;
};

}  // namespace cc::normalize
