#include "detect/coverage.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "graph/claim_graph.hpp"

namespace cc::detect {

namespace {

// Quotes shorter than this are scare quotes ("critical", "like wildfire"), not statements.
constexpr size_t kQuoteWords = 3;
// Consecutive words of a quote that, found in another source's text, show that source
// prints the quote too (even where extraction missed it there).
constexpr size_t kPassage = 5;

// Only what a reader can check word for word is noted: a quote of a named speaker, which
// other sources print or not (a passage search confirms it). Events, reported speech and
// figures are told in other words too often for a missing match to mean a missing fact:
// on the seeds most event notes were paraphrases the aligner did not join, and figures
// are aligned only when stated nearly alike (for the numeric detector's precision), so
// "about one-fifth of Ukraine" would have been noted as missing beside "roughly 20%".
bool checkable(const Claim& claim) {
  return claim.kind == ClaimKind::Quote && !claim.speaker.empty() &&
         text::words(claim.object).size() >= kQuoteWords;
}

// A word as passages compare it: hyphens dropped, so that "life-long" is "lifelong".
std::string unhyphenated(const std::string& norm) {
  std::string out;
  for (char c : norm) {
    if (c != '-') out += c;
  }
  return out;
}

// Hashes of every run of `length` consecutive words of a text.
std::unordered_set<uint64_t> passages(std::string_view body, size_t length) {
  std::unordered_set<uint64_t> out;
  auto words = text::words(body);
  for (size_t i = 0; i + length <= words.size(); ++i) {
    std::string run;
    for (size_t j = i; j < i + length; ++j) run += unhyphenated(words[j].norm) + ' ';
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
  auto words = text::words(claim.object);
  if (words.empty()) return false;
  size_t length = std::min(kPassage, words.size());
  for (uint32_t s = 0; s < analysis.documents.size(); ++s) {
    if (s == claim.source) continue;
    auto& cached = passages_of[s * (kPassage + 1) + length];
    if (!cached) cached = passages(analysis.documents[s].text, length);
    for (size_t i = 0; i + length <= words.size(); ++i) {
      std::string run;
      for (size_t j = i; j < i + length; ++j) run += unhyphenated(words[j].norm) + ' ';
      if (cached->count(text::fnv1a(run))) return true;
    }
  }
  return false;
}

// Content words another source's claim of the same speaker must share with a quote to
// tell it in other words, and the share of the shorter side's words they must be.
constexpr size_t kParaphraseWords = 3;
constexpr double kParaphraseShare = 0.5;
// A short quote is told again only when both its content words are.
constexpr size_t kShortQuoteWords = 2;

// True when another source tells the quote's statement in its own words: a quote or
// reported speech of the same speaker that shares at least three of its content words
// (their stems: WordNet's synonym sets are too loose here) and half of the shorter side's ("I am
// pleased a prosecution will be proceeding, as it will provide legal clarity" / "He said he's
// pleased a prosecution will proceed, providing some clarity"), or both of a short quote's ("This
// is a funny game" / "It was a funny game").
bool paraphrased_elsewhere(const Analysis& analysis, const align::Lexicon& lexicon,
                           const Claim& quote) {
  align::Stemmer stemmer;
  // Contractions ("i'm", "we're") are function words, whatever the stopword list says.
  auto keys = [&](const std::string& text) {
    auto out = lexicon.content_keys(text, stemmer);
    std::erase_if(out, [](const std::string& key) { return key.find('\'') != std::string::npos; });
    return out;
  };
  auto mine = keys(quote.object);
  if (mine.empty()) return false;
  for (const Claim& other : analysis.claims) {
    if (other.source == quote.source || other.speaker != quote.speaker) continue;
    if (other.kind != ClaimKind::Quote && other.kind != ClaimKind::ReportedSpeech) continue;
    auto theirs = keys(other.object);
    if (theirs.empty()) continue;
    size_t shared = 0;
    for (const auto& key : mine) {
      shared += std::binary_search(theirs.begin(), theirs.end(), key);
    }
    size_t shorter = std::min(mine.size(), theirs.size());
    if (shared == mine.size() && mine.size() == kShortQuoteWords) return true;
    if (shared >= kParaphraseWords &&
        static_cast<double>(shared) >= kParaphraseShare * static_cast<double>(shorter)) {
      return true;
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
    if (paraphrased_elsewhere(analysis, context.lexicon, first)) continue;
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
