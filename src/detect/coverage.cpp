#include "detect/coverage.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_set>

#include "core/text.hpp"
#include "detect/common.hpp"
#include "graph/claim_graph.hpp"

namespace cc::detect {

namespace {

// Quotes shorter than this are scare quotes ("critical", "like wildfire"), not statements.
constexpr size_t kQuoteWords = 3;
// Counts up to this are no figure to check ("both", "the two sides").
constexpr double kSmallCount = 2;
// Consecutive words of a quote that, found in another source's text, show that source
// prints the quote too (even where extraction missed it there).
constexpr size_t kPassage = 5;

// Only what a reader can check word for word or figure for figure is noted: a quote of a
// named speaker, a figure with what it counts. Events and reported speech are paraphrased
// too freely for a missing match to mean a missing fact (on the seeds most such notes
// were paraphrases the aligner did not join).
bool checkable(const Claim& claim) {
  switch (claim.kind) {
    case ClaimKind::Quote:
      return !claim.speaker.empty() && text::words(claim.object).size() >= kQuoteWords;
    case ClaimKind::Quantity:
      // Ranks ("their second meeting") and one or two of something ("the two sides")
      // are how a story is told, not figures to check.
      return claim.value.kind == Value::Kind::Number && !claim.counted.empty() &&
             claim.predicate != "rank" && claim.value.high > kSmallCount && !tentative(claim);
    default:
      return false;
  }
}

// Hashes of every run of `length` consecutive words of a text.
std::unordered_set<uint64_t> passages(std::string_view body, size_t length) {
  std::unordered_set<uint64_t> out;
  auto words = text::words(body);
  for (size_t i = 0; i + length <= words.size(); ++i) {
    std::string run;
    for (size_t j = i; j < i + length; ++j) run += words[j].norm + ' ';
    out.insert(text::fnv1a(run));
  }
  return out;
}

}  // namespace

namespace {

// True when another source's text holds a passage of the quote: that source prints the
// words too, so the fact is not one source's alone (its quote was not extracted there).
// `passages_of` caches each document's runs, per run length (kQuoteWords..kPassage).
using PassageCache = std::vector<std::optional<std::unordered_set<uint64_t>>>;

bool printed_elsewhere(const Analysis& analysis, const Claim& claim, PassageCache& passages_of) {
  // A quote's words, or a figure as written with what it counts ("30 countries").
  auto words = text::words(claim.kind == ClaimKind::Quote
                               ? std::string_view(claim.object)
                               : analysis.documents[claim.source].slice(claim.span));
  if (words.empty()) return false;
  size_t length = std::min(kPassage, words.size());
  for (uint32_t s = 0; s < analysis.documents.size(); ++s) {
    if (s == claim.source) continue;
    auto& cached = passages_of[s * (kPassage + 1) + length];
    if (!cached) cached = passages(analysis.documents[s].text, length);
    for (size_t i = 0; i + length <= words.size(); ++i) {
      std::string run;
      for (size_t j = i; j < i + length; ++j) run += words[j].norm + ' ';
      if (cached->count(text::fnv1a(run))) return true;
    }
  }
  return false;
}

}  // namespace

void CoverageDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  if (analysis.documents.size() < 2 || !context.graph) return;
  // For each claim, the other sources it was compared with.
  std::vector<std::set<uint32_t>> compared(analysis.claims.size());
  for (const auto& edge : context.graph->edges(graph::EdgeKind::SameEvent)) {
    if (edge.from >= analysis.claims.size() || edge.to >= analysis.claims.size()) continue;
    compared[edge.from].insert(analysis.claims[edge.to].source);
    compared[edge.to].insert(analysis.claims[edge.from].source);
  }
  // Word runs of each document, computed when a quote needs them.
  PassageCache passages_of(analysis.documents.size() * (kPassage + 1));
  for (const Fact& fact : analysis.facts) {
    const Claim& first = analysis.claims[fact.claims.front()];
    bool one_source = std::all_of(fact.claims.begin(), fact.claims.end(), [&](uint32_t c) {
      return analysis.claims[c].source == first.source;
    });
    if (!one_source || !checkable(first)) continue;
    std::set<uint32_t> silent;
    for (uint32_t c : fact.claims) silent.insert(compared[c].begin(), compared[c].end());
    silent.erase(first.source);
    if (silent.empty()) continue;  // nobody else spoke of it: nothing to compare
    if (printed_elsewhere(analysis, first, passages_of)) continue;
    std::string others;
    for (uint32_t s : silent) others += (others.empty() ? "" : ", ") + analysis.documents[s].id;
    Finding finding;
    finding.level = Level::Note;
    finding.type = "coverage";
    finding.rule = "note.coverage";
    finding.summary = "Only " + analysis.documents[first.source].id + " reports: " + fact.label;
    finding.explanation = others + (silent.size() == 1 ? " covers" : " cover") + " the same " +
                          (first.kind == ClaimKind::Quote ? "speaker" : "matter") +
                          " but states nothing that matches " + who(analysis, first) + ": " +
                          gist(analysis, first) + ".";
    finding.evidence = {Evidence{first.index, {}}};
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
