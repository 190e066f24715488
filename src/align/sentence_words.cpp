#include "align/sentence_words.hpp"

#include <algorithm>

namespace cc::align {

const std::vector<text::Word>& SentenceWords::of(uint32_t source, Span extent) {
  auto key = std::tuple(source, extent.start, extent.end);
  auto it = cache_.find(key);
  if (it == cache_.end()) {
    it = cache_.emplace(key, text::words(analysis_.documents[source].slice(extent))).first;
  }
  return it->second;
}

namespace {

bool ascii(std::string_view text, size_t at) {
  return at >= text.size() || static_cast<unsigned char>(text[at]) < 0x80;
}

}  // namespace

SentenceWords::Range SentenceWords::in(uint32_t source, Span extent, Span piece,
                                       std::vector<text::Word>& scratch) {
  const Document& document = analysis_.documents[source];
  auto fresh = [&]() {
    scratch = text::words(document.slice(piece));
    return Range{scratch.data(), scratch.data() + scratch.size(), 0};
  };
  if (extent.start > extent.end || extent.end > document.text.size() ||
      piece.start < extent.start || piece.end > extent.end || piece.start > piece.end) {
    return fresh();
  }
  if (piece.start == piece.end) return Range{};
  const auto& words = of(source, extent);
  std::string_view text = document.slice(extent);
  uint32_t a = piece.start - extent.start;
  uint32_t b = piece.end - extent.start;
  // Cut points text::words would read differently on its own: inside a character or next
  // to one that is not ASCII, after a period (the "U.S." rule looks two bytes back).
  if (a > 0 && (!ascii(text, a - 1) || !ascii(text, a) || text[a - 1] == '.')) return fresh();
  if (b < text.size() && (!ascii(text, b - 1) || !ascii(text, b))) return fresh();
  // The first word ending after a; it must not start before a (a word cut in two).
  auto first = std::partition_point(words.begin(), words.end(),
                                    [a](const text::Word& w) { return w.span.end <= a; });
  if (first != words.end() && first->span.start < a) return fresh();
  auto last = std::partition_point(first, words.end(),
                                   [b](const text::Word& w) { return w.span.end <= b; });
  if (last != words.end() && last->span.start < b) return fresh();
  return Range{words.data() + (first - words.begin()), words.data() + (last - words.begin()), a};
}

}  // namespace cc::align
