// Splitting one run's documents and claims into per-story analyses, and joining the
// results back into one Analysis with run-wide claim numbers.
#pragma once

#include <cstdint>
#include <vector>

#include <memory>

#include "core/model.hpp"
#include "graph/claim_graph.hpp"
#include "normalize/entities.hpp"

namespace cc::pipeline {

// What extraction leaves of one document until its story is gathered: its claims, and
// its entity mentions in the part normalize reads. A pile keeps one pointer per document,
// not two empty vectors (48 bytes) for every document of every story not yet extracted.
struct Extracted {
  std::vector<Claim> claims;                 // in text order; Claim::index assigned later
  std::vector<normalize::Mention> mentions;  // in text order
};
using ExtractedSlots = std::vector<std::unique_ptr<Extracted>>;  // by run-wide document

// One story's share of a run: an Analysis of its own, with local document and claim
// numbers, and the run-wide numbers they stand for.
struct StoryRun {
  std::vector<uint32_t> documents;           // run-wide index of each local document, increasing
  std::vector<uint32_t> claims;              // run-wide index of each local claim, increasing
  std::vector<normalize::Mention> mentions;  // gathered with the claims, until normalize
  Analysis analysis;                         // local: Claim::source and Claim::index are local
  // The claim pairs the aligner compared (the claim graph's SameEvent edges, local claim
  // numbers), from align to detect: all detect needs of the graph, a fraction of its size.
  std::vector<graph::Edge> compared;
  // The documents went back to the run's vector once compared (give_back_documents):
  // run.analysis.documents is empty and the join leaves them where they are.
  bool documents_given_back = false;
};

// The three steps of splitting a run into stories, so that a story's claims can be
// gathered as soon as its documents are extracted (the claims are then never held per
// document and per story at once):
// 1. One StoryRun per story (`story` gives each document's story, numbered from 0), with
//    the run-wide indices of its documents listed and nothing else filled in.
std::vector<StoryRun> plan_stories(const std::vector<uint32_t>& story);
// 2. Moves the claims of the run's documents out of `found` (indexed by run-wide document)
//    into run.analysis.claims with local numbers, and their mentions into run.mentions,
//    and frees those slots (an empty slot has nothing). Touches only this run's entries
//    of `found`: stories may be gathered on several threads.
void gather_claims(StoryRun& run, ExtractedSlots& found);
// 2b. Optionally, once gathered: moves the run's documents into run.analysis.documents
//    (local order), for a story to be compared before the others are extracted. Touches
//    only this run's entries of `documents`.
void take_documents(StoryRun& run, std::vector<Document>& documents);
// 2c. Optionally, once the story is compared: moves them back to their places in
//    `documents` (so that a pile's documents are not held in two vectors till the join).
void give_back_documents(StoryRun& run, std::vector<Document>& documents);
// 3. Once every story is gathered: numbers the claims run-wide in document order, as if
//    there were a single story, and moves the documents into the runs that have not
//    taken them yet.
void finish_split(std::vector<StoryRun>& runs, std::vector<Document>& documents,
                  const std::vector<uint32_t>& story);

// The three steps at once; `found` is left empty.
std::vector<StoryRun> split_into_stories(std::vector<Document>& documents,
                                         const std::vector<uint32_t>& story, ExtractedSlots& found);

// Hands freed heap pages back to the system (glibc's malloc_trim): glibc keeps what is
// freed inside its heaps (below their tops) resident. Its cost grows with the heaps'
// free chunks, so callers release after freeing megabytes, not after every block.
void release_free_memory();

// Drops the resident pages of every loaded file's read-only segments (the executable's
// and the shared libraries' code and constants): what loading the rules, reading a pile
// and grouping it touched, and the rest of the run never reads again, stays resident
// otherwise. A page read later is faulted in again from the file (the page cache keeps it
// while memory allows). For a pile, once it is grouped: about 3 MiB off the peak of the
// 50.7 MB pile's Markdown run on one and two threads (docs/performance.md, "7 December,
// nineteenth session").
void release_loaded_pages();

// Moves every story's results back into one Analysis: documents and claims in their
// run-wide places, and every claim index inside links, facts and findings translated.
// Entities with the same key in two stories become one (the first story's name, all
// surface forms). Links, facts and findings are sorted as a single story sorts them.
// A field added to Analysis that holds claim or document indices must be translated here.
Analysis join_stories(std::vector<StoryRun> runs, size_t document_count);
// The same, reusing `documents`: the run's vector whose documents all moved into the
// stories (one moved-from element per document) or were given back to it
// (give_back_documents, which needs this form). They move back into it, so no second
// vector of documents is held while the stories are joined.
Analysis join_stories(std::vector<StoryRun> runs, std::vector<Document> documents);

}  // namespace cc::pipeline
