// The words of the sentences of one story, split once each: the aligner and the detectors
// read the same claim sentences again and again (every figure of a sentence, every
// detector), and text::words is much of what they cost.
#pragma once

#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "core/model.hpp"
#include "core/text.hpp"

namespace cc::align {

// Not thread-safe: one per story run. The analysis's documents must not change while it
// is in use (the words are kept by document offsets).
class SentenceWords {
 public:
  explicit SentenceWords(const Analysis& analysis) : analysis_(analysis) {}
  const Analysis& analysis() const { return analysis_; }

  // text::words(document.slice(extent)) of document `source`: spans relative to
  // extent.start. Split on the first call for an extent, kept for the next ones.
  const std::vector<text::Word>& of(uint32_t source, Span extent);

  // The words of a piece of a text whose words are known.
  struct Range {
    const text::Word* first = nullptr;
    const text::Word* last = nullptr;
    uint32_t offset = 0;  // a word's span minus `offset` is relative to the piece's start
    size_t size() const { return static_cast<size_t>(last - first); }
    bool empty() const { return first == last; }
    const text::Word* begin() const { return first; }
    const text::Word* end() const { return last; }
    const text::Word& operator[](size_t i) const { return first[i]; }
    uint32_t start(size_t i) const { return first[i].span.start - offset; }
    uint32_t end(size_t i) const { return first[i].span.end - offset; }
  };
  // The words of `piece` (document offsets, inside `extent`), exactly what
  // text::words(document.slice(piece)) gives: taken from the extent's words when the
  // piece cuts no word and no character (its edges sit between ASCII bytes), else split
  // afresh into `scratch`.
  Range in(uint32_t source, Span extent, Span piece, std::vector<text::Word>& scratch);

 private:
  const Analysis& analysis_;
  std::map<std::tuple<uint32_t, uint32_t, uint32_t>, std::vector<text::Word>> cache_;
};

}  // namespace cc::align
