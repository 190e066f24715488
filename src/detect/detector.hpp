// Detectors: each looks at aligned claims and reports one type of discrepancy.
//
// A detector is a small class behind this interface, registered in registry.cpp (one
// explicit list, no static-initialisation tricks), with a doc page under docs/detectors/
// and end-to-end cases under tests/cases/.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace cc::rules {
class RuleSet;
}
namespace cc::align {
class Lexicon;
class SentenceWords;
class Units;
}  // namespace cc::align
namespace cc::graph {
struct Edge;
}

namespace cc::detect {

struct Options {
  bool within_source = false;  // compare claims of the same source too
};

// What every detector may read.
struct Context {
  const Analysis& analysis;       // documents, claims, entities, links, facts
  const Options& options;         // what the user asked for
  const align::Lexicon& lexicon;  // stems, antonyms, synonyms (the aligner's)
  const align::Units& units;      // unit conversions for quantities
  // What the aligner compared: its SameEvent edges (claim pairs). May be null.
  const std::vector<graph::Edge>* compared;
  // The words of the story's sentences, split once for all detectors (of this analysis).
  // Null is fine: run_all() makes one for its run.
  align::SentenceWords* words;
};

class Detector {
 public:
  virtual ~Detector() = default;
  // Finding type this detector reports ("quote", "negation", ...).
  virtual std::string_view type() const = 0;
  // One line for `--help` and the docs.
  virtual std::string_view summary() const = 0;
  // Appends findings; ids, sorting and de-duplication happen afterwards (finalize()).
  virtual void run(const Context& context, std::vector<Finding>& out) const = 0;
};

// Every detector, in the order they run.
std::vector<std::unique_ptr<Detector>> make_detectors(const rules::RuleSet& rules);

// Runs the detectors, gives every finding its stable id and sorts them:
// contradictions first, then by type and id.
std::vector<Finding> run_all(const std::vector<std::unique_ptr<Detector>>& detectors,
                             const Context& context);

// Fills every fact's stands (states / diverges / contradicts / silent per source) from the
// findings: a source contradicts a fact when a contradiction pairs its claim with a claim of
// the fact's reference source (the member source with the fewest conflicts).
void place_sources(Analysis& analysis);

// The stable id: a hash of the type, the rule and, for each evidence claim, the source's
// file name and the claim's normalised content, so unrelated edits do not change it.
std::string finding_id(const Analysis& analysis, const Finding& finding);

}  // namespace cc::detect
