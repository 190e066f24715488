// Splitting one run's documents and claims into per-story analyses, and joining the
// results back into one Analysis with run-wide claim numbers.
#pragma once

#include <cstdint>
#include <vector>

#include <memory>

#include "core/model.hpp"
#include "extract/extract.hpp"
#include "graph/claim_graph.hpp"

namespace cc::pipeline {

// One story's share of a run: an Analysis of its own, with local document and claim
// numbers, and the run-wide numbers they stand for.
struct StoryRun {
  std::vector<uint32_t> documents;  // run-wide index of each local document, increasing
  std::vector<uint32_t> claims;     // run-wide index of each local claim, increasing
  Analysis analysis;                // local: Claim::source and Claim::index are local
  std::unique_ptr<graph::ClaimGraph> graph;  // from align to detect; local claim numbers
};

// Moves the documents and their claims into one StoryRun per story (`story` gives each
// document's story, numbered from 0). Claims are numbered run-wide in document order, as
// if there were a single story; `found` keeps everything but the claims.
std::vector<StoryRun> split_into_stories(std::vector<Document>& documents,
                                         const std::vector<uint32_t>& story,
                                         std::vector<extract::DocumentClaims>& found);

// Moves every story's results back into one Analysis: documents and claims in their
// run-wide places, and every claim index inside links, facts and findings translated.
// Entities with the same key in two stories become one (the first story's name, all
// surface forms). Links, facts and findings are sorted as a single story sorts them.
// A field added to Analysis that holds claim or document indices must be translated here.
Analysis join_stories(std::vector<StoryRun> runs, size_t document_count);

}  // namespace cc::pipeline
