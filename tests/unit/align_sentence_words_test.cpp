#include <doctest/doctest.h>

#include <random>
#include <string>

#include "align/sentence_words.hpp"
#include "core/text.hpp"

using namespace cc;

namespace {

// The words of a piece as SentenceWords gives them, spans relative to the piece.
std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> listed(
    const align::SentenceWords::Range& range) {
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> out;
  for (size_t i = 0; i < range.size(); ++i) {
    out.push_back({{range.start(i), range.end(i)}, range[i].norm});
  }
  return out;
}

std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> listed(
    const std::vector<text::Word>& words) {
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> out;
  for (const auto& w : words) out.push_back({{w.span.start, w.span.end}, w.norm});
  return out;
}

}  // namespace

TEST_CASE("align::SentenceWords gives a piece's words as text::words would split it") {
  // Pieces cut anywhere: inside words, at joiners ("U.S.", "don't", "three-year"), inside
  // multi-byte characters; the answer must always be text::words of the piece.
  const std::vector<std::string> alphabet = {"a",
                                             "B",
                                             "7",
                                             " ",
                                             ".",
                                             "-",
                                             "'",
                                             ",",
                                             "U.S.",
                                             "\xE2\x80\x99",
                                             "\xE2\x80\x9C",
                                             "\xC3\xA9",
                                             "\xE2\x80\x94",
                                             "\xE2",
                                             "\x80",
                                             "\xF0\x9F"};
  std::mt19937 random(12345);
  for (int round = 0; round < 300; ++round) {
    Analysis analysis;
    Document document;
    size_t length = 5 + random() % 40;
    for (size_t i = 0; i < length; ++i) document.text += alphabet[random() % alphabet.size()];
    analysis.documents.push_back(document);
    align::SentenceWords words(analysis);
    auto size = static_cast<uint32_t>(document.text.size());
    for (int cut = 0; cut < 40; ++cut) {
      uint32_t x = static_cast<uint32_t>(random() % (size + 1));
      uint32_t y = static_cast<uint32_t>(random() % (size + 1));
      Span extent{std::min(x, y), std::max(x, y)};
      uint32_t p = extent.start + static_cast<uint32_t>(random() % (extent.size() + 1));
      uint32_t q = extent.start + static_cast<uint32_t>(random() % (extent.size() + 1));
      Span piece{std::min(p, q), std::max(p, q)};
      std::vector<text::Word> scratch;
      auto got = words.in(0, extent, piece, scratch);
      CAPTURE(document.text);
      CAPTURE(piece.start);
      CAPTURE(piece.end);
      CHECK(listed(got) == listed(text::words(document.slice(piece))));
      CHECK(listed(words.of(0, extent)) == listed(text::words(document.slice(extent))));
    }
  }
}

TEST_CASE("align::SentenceWords takes a clean piece from the sentence's words") {
  Analysis analysis;
  Document document;
  document.text = "Shares rose 4 percent in the U.S. on Monday.";
  analysis.documents.push_back(document);
  align::SentenceWords words(analysis);
  Span extent{0, static_cast<uint32_t>(document.text.size())};
  std::vector<text::Word> scratch;
  auto got = words.in(0, extent, Span{14, 33}, scratch);  // "percent in the U.S."
  CHECK(scratch.empty());                                 // not split again
  REQUIRE(got.size() == 4);
  CHECK(got[0].norm == "percent");
  CHECK(got[3].norm == "u.s.");
  CHECK(got.start(3) == 15);
}
