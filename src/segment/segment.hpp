// Segment: paragraphs by line breaks, sentences by ICU's sentence break iterator.
//
// News text is one paragraph per line (or blank-line separated); a single newline inside
// a sentence (hard-wrapped text) is joined when the line ends mid-sentence and the next
// starts in lower case. ICU cuts after "Dr." or "U.S." unless told not to, so the
// abbreviation list (rules/common/abbreviations.txt) is given to its filter.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace cc::segment {

class Segmenter {
 public:
  // `abbreviations`: words ending in '.' after which no sentence ends ("Mr.", "U.S.").
  // Throws UsageError when ICU cannot build the iterator.
  explicit Segmenter(const std::vector<std::string>& abbreviations);
  ~Segmenter();
  // A copy has its own iterator state: use one Segmenter per thread.
  Segmenter(const Segmenter& other);
  Segmenter& operator=(const Segmenter&) = delete;

  // Fills document.paragraphs and document.sentences, replacing what was there.
  void split(Document& document);

 private:
  struct Impl;  // holds the ICU iterator; ICU headers stay out of this one
  std::unique_ptr<Impl> impl_;
};

}  // namespace cc::segment
