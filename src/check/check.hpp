// The CI check on a draft (`crosscheck check DRAFT --against PATH...`): which findings
// concern the draft, which ones people have accepted (inline directives, a baseline), and
// which ones lie on lines the change touched. Each step edits an Analysis in place, so any
// report writer shows the result. docs/ci.md describes the whole flow.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model.hpp"

namespace cc::check {

// Keeps only findings with evidence in document `draft`, and puts the first such evidence
// first (the finding's main location). When that swaps the first two evidence items, the
// quote diff is inverted to match; when the draft's evidence came later than second, the
// diff (defined between the first two) no longer applies and is dropped.
void keep_draft_findings(Analysis& analysis, uint32_t draft);

// The original lines, first to last, that the sentences of a finding's evidence in
// `document` occupy; nullopt when the finding has no evidence there.
std::optional<std::pair<uint32_t, uint32_t>> finding_lines(const Analysis& analysis,
                                                           const Finding& finding,
                                                           uint32_t document);

// What inline directives (`<!-- crosscheck-disable-next-line TYPE: reason -->`) did.
struct SuppressionResult {
  size_t silenced = 0;                                   // findings moved to Analysis::suppressed
  std::vector<std::pair<uint32_t, Suppression>> unused;  // (document, directive) silencing nothing
};
// Moves every finding that a directive of one of its evidence documents covers (same type
// or "*", on a line of the finding's sentences there) to Analysis::suppressed, with
// suppressed_by "inline: PATH:LINE: reason".
SuppressionResult apply_suppressions(Analysis& analysis);

// A baseline: the ids of findings accepted as they are.
struct Baseline {
  std::set<std::string, std::less<>> ids;
};
// Reads a baseline written by baseline_json. Throws InputError naming `path` when it cannot
// be read or is not a crosscheck baseline.
Baseline read_baseline(const std::string& path);
// Parses a baseline's text; `path` only names it in errors.
Baseline parse_baseline(const std::string& path, std::string_view text);
// The baseline of the current findings (schema "crosscheck.baseline/1", sorted by id).
std::string baseline_json(const Analysis& analysis);
// Moves findings whose id is in the baseline to Analysis::suppressed (suppressed_by
// "baseline"). Returns how many.
size_t apply_baseline(Analysis& analysis, const Baseline& baseline);

// A set of 1-based line numbers, kept as sorted disjoint ranges.
class LineSet {
 public:
  // Every line: what an untracked file has "changed".
  static LineSet all();
  void add(uint32_t first, uint32_t last);
  bool intersects(uint32_t first, uint32_t last) const;
  bool empty() const { return !all_ && ranges_.empty(); }
  const std::vector<std::pair<uint32_t, uint32_t>>& ranges() const { return ranges_; }

 private:
  bool all_ = false;
  std::vector<std::pair<uint32_t, uint32_t>> ranges_;
};

// The new-side lines of every hunk in unified-diff text (`@@ -a,b +c,d @@`). A hunk that
// only deletes (d = 0) marks line c, the line after which text went missing, so a finding
// created by a deletion is still reported.
LineSet parse_unified_diff(std::string_view diff);

// The lines of `path` changed since the git revision `ref`: runs `git -C DIR diff -U0
// --no-color --no-ext-diff --no-textconv REF -- NAME` (DIR and NAME from `path`) without a
// shell. A file git does not track yet is new, so every line counts as changed. Throws
// UsageError with git's message when git cannot be run or fails, or `ref` starts with '-'.
LineSet changed_lines(const std::string& ref, const std::string& path);

// Drops findings whose sentences in `draft` lie entirely outside `lines`. Returns how many.
size_t keep_changed(Analysis& analysis, uint32_t draft, const LineSet& lines);

}  // namespace cc::check
