// Align: links the claims of different sources that speak of the same thing.
//
// Every claim gets a few block keys from its normalised fields (speaker, entities +
// predicate family, counted noun + unit, quote words); only claims that share a key are
// compared, and big blocks are sub-blocked (blocking.hpp), so the cost grows close to
// linearly with the number of claims. Each candidate pair is scored (score.hpp); pairs at
// or above the threshold become Links with a reason, and Aligned edges in the claim
// graph. The connected components of those edges are the facts of the story.
// docs/alignment.md explains the keys, the scores and the thresholds.
#pragma once

#include <cstddef>

#include "align/blocking.hpp"
#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/model.hpp"
#include "normalize/lexicon.hpp"

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
  size_t max_block = 64;       // blocks bigger than this are sub-blocked
  size_t window = 8;           // neighbours compared inside a sub-blocked block
};

// What one run did, for benchmarks and `--verbose` style diagnostics.
struct Stats {
  BlockingStats blocking;  // blocks and candidate pairs
  size_t links = 0;        // pairs at or above the threshold
};

class Aligner {
 public:
  // Loads the lexicon and the units from the rules (missing tables make them smaller).
  explicit Aligner(const rules::RuleSet& rules);

  // Fills analysis.links and analysis.facts (stands are filled after detection) and adds
  // Mentions, SameEvent and Aligned edges to `graph`.
  Stats run(Analysis& analysis, graph::ClaimGraph& graph, const Options& options) const;

  const Lexicon& lexicon() const { return lexicon_; }
  const Units& units() const { return units_; }

 private:
  Lexicon lexicon_;
  Units units_;
  normalize::Lexicon places_;  // place containment ("donbas" lies in "ukraine")
};

}  // namespace cc::align
