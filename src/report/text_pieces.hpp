// Internal to the report stage: a document's full text cut into pieces for the HTML
// report, so claims, conflicting words and flagged sentences can be marked even where
// they overlap or cross each other.
#pragma once

#include <cstdint>
#include <vector>

#include "core/model.hpp"

namespace cc::report {

// A run of text whose marking does not change inside it.
struct TextPiece {
  Span span;                      // bytes of the document's text
  std::vector<uint32_t> claims;   // claims covering the run, ascending
  bool highlighted = false;       // inside a finding's conflicting words
  bool flagged = false;           // inside a sentence that takes part in a finding
  std::vector<uint32_t> anchors;  // claims whose link target goes just before the run
  std::vector<uint32_t> closing;  // claims that end within or at the end of the run
};

// What to mark in one document.
struct TextMarks {
  std::vector<Span> highlights;  // conflicting words
  std::vector<Span> flagged;     // sentences of findings' evidence
};

// The document's paragraphs (its text split at line ends when it was not segmented),
// each cut into pieces. Every claim of the document is anchored exactly once and closed
// exactly once, even when its span is empty or lies between paragraphs.
std::vector<std::vector<TextPiece>> text_pieces(const Analysis& analysis, uint32_t document,
                                                const TextMarks& marks);

}  // namespace cc::report
