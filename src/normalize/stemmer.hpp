// Snowball (libstemmer) English stemmer: "discussion", "discussed" -> "discuss".
// One instance is not thread-safe; make one per thread or per document.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace cc::normalize {

class Stemmer {
 public:
  Stemmer();  // english, UTF-8
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  // Stem of a lower-case word; the word itself when the stemmer is unavailable.
  std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace cc::normalize
