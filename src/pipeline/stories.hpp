// Stories: which of the documents of one run report the same event.
//
// A pile of articles (a wire folder, an archive, all 982 ECB+ documents at once) holds many
// events; claims are only worth aligning inside one of them. Documents are grouped by the
// words they share, weighted by how rare each word is (a capitalised name mid-sentence
// counts double), without ever comparing all pairs:
//
// 1. Every document becomes a sparse vector of its rarest words (tf-idf with binary term
//    frequency, the 64 heaviest kept, unit length).
// 2. Candidate neighbours come from an inverted index on two kinds of keys: each
//    document's 24 heaviest words, and 32 MinHash bands (two hashes each) over all its
//    content words. A key shared by more than 64 documents says nothing and is skipped,
//    so the work per document is bounded.
// 3. Documents are taken in input order; each joins the candidate story whose centroid is
//    closest (cosine) when that similarity reaches the threshold, or starts a new story.
//    Comparing with a centroid rather than with single documents keeps one ambiguous
//    article from chaining two events together.
//
// The result depends only on the documents and their order, never on threads or timing.
// docs/performance.md gives its quality on ECB+ and its cost from 1k to 100k documents.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"

namespace cc::pipeline {

struct StoryOptions {
  // Runs of at most this many documents are one story: a person who names a handful of
  // files means them to be compared (docs/decisions.md). Grouping is for piles.
  size_t group_above = 20;
  // Minimum cosine between a document and a story's centroid for the document to join.
  double threshold = 0.12;
};

// Story of each document (parallel to `documents`), numbered 0, 1, ... in the order of each
// story's first document. `documents` must be segmented (sentence starts tell a capitalised
// name from a capitalised first word). `stopwords` are lower-case words that never count.
// Documents are read on up to `jobs` threads; the result is the same for any number.
std::vector<uint32_t> group_stories(const std::vector<Document>& documents,
                                    const std::unordered_set<std::string>& stopwords,
                                    const StoryOptions& options = {}, unsigned jobs = 1);

// group_stories in two steps, for a caller that frees each document's text once read (a
// pile read file by file). Step 1, one document at a time: its distinct content words.
// One reader per thread; `stopwords` as above.
class StoryWordReader {
 public:
  explicit StoryWordReader(const std::unordered_set<std::string>& stopwords);
  ~StoryWordReader();
  StoryWordReader(StoryWordReader&&) noexcept;
  StoryWordReader& operator=(StoryWordReader&&) noexcept;
  // The words of a segmented document, as group_stories reads them.
  std::vector<uint32_t> read(const Document& document);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};
// Step 2: the story of each document from every document's words, in input order (the
// words are consumed). The same stories as group_stories on the documents themselves.
std::vector<uint32_t> group_stories(std::vector<std::vector<uint32_t>> words,
                                    const StoryOptions& options = {}, unsigned jobs = 1);

// The id a report shows for a story index: "t1", "t2", ... ("t" for topic).
std::string story_id(uint32_t story);

}  // namespace cc::pipeline
