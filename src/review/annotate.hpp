// Verdicts from a review store shown on the findings of a run: what every report and the
// `check` command read.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "review/store.hpp"

namespace cc::review {

// What annotate() found.
struct Annotation {
  size_t findings = 0;           // findings in the run
  size_t reviewed = 0;           // with a verdict that is not stale
  size_t stale = 0;              // with a verdict given on evidence that has changed since
  std::vector<Record> resolved;  // current verdicts whose finding the run no longer produces
};

// Sets Finding::verdict, verdict_note, verdict_reviewer and verdict_stale on every finding
// of the run (suppressed ones too) from the store's current verdicts; clears them on
// findings without one.
Annotation annotate(const Store& store, Analysis& analysis);
// The same from verdicts already read (Store::latest_all()).
Annotation annotate(const std::vector<Record>& latest, Analysis& analysis);

// Opens the store at `path` (it must exist) and annotates; for the report commands.
Annotation annotate(const std::string& store_path, Analysis& analysis);

// True when a finding was dismissed by a reviewer and its evidence has not changed since:
// `check` and `compare --fail-on` do not fail on it. A stale dismissal counts again until
// someone looks at the new text.
bool is_dismissed(const Finding& finding);

// True when a finding has no verdict or a stale one.
bool needs_review(const Finding& finding);

// "3 of 6 findings reviewed, 1 stale, 1 verdict resolved by source change" (the last two
// only when non-zero).
std::string describe(const Annotation& annotation);

}  // namespace cc::review
