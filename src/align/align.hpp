// Align: links the claims of different sources that speak of the same thing.
//
// Claims are grouped into blocks by normalised keys (for quotes: the speaker entity), so
// the cost grows with the size of the blocks, never with all pairs of all claims. Within a
// block every cross-source pair is scored; pairs at or above the threshold become Links
// (with a reason a person can read) and Aligned edges in the claim graph. The connected
// components of those edges are the facts of the story.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "core/model.hpp"

namespace cc::rules {
class RuleSet;
}
namespace cc::graph {
class ClaimGraph;
}

namespace cc::align {

struct Options {
  bool within_source = false;  // also link two claims of the same source
  double threshold = 0.5;      // minimum score for a link
};

class Aligner {
 public:
  // Reads common/stopwords from the rules.
  explicit Aligner(const rules::RuleSet& rules);

  // Fills analysis.links and analysis.facts and adds edges to `graph`.
  void run(Analysis& analysis, graph::ClaimGraph& graph, const Options& options) const;

  // Similarity of two quote claims of the same speaker, in [0, 1], with its reason.
  double score_quotes(const Analysis& analysis, const Claim& a, const Claim& b,
                      std::string& reason) const;

 private:
  std::unordered_set<std::string> stopwords_;
};

}  // namespace cc::align
