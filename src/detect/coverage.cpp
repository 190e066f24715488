#include "detect/coverage.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "align/lexicon.hpp"
#include "align/sentence_words.hpp"
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
  return claim.kind == ClaimKind::Quote && !claim.detail->speaker.empty() &&
         text::words(claim.detail->object).size() >= kQuoteWords;
}

// Passages are compared by hash: each word is hashed once (FNV-1a, hyphens dropped:
// "life-long" is "lifelong"), and a run of words by combining its words' hashes in order,
// so a run costs a few multiplications however long its words are.
uint64_t word_hash(std::string_view norm) {
  uint64_t hash = text::fnv1a({});
  for (char c : norm) {
    if (c == '-') continue;
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::vector<uint64_t> word_hashes(const std::vector<text::Word>& words) {
  std::vector<uint64_t> out;
  out.reserve(words.size());
  for (const auto& word : words) out.push_back(word_hash(word.norm));
  return out;
}

uint64_t run_hash(const std::vector<uint64_t>& hashes, size_t from, size_t length) {
  uint64_t hash = 0;
  for (size_t j = from; j < from + length; ++j) {
    hash = ((hash << 29 | hash >> 35) ^ hashes[j]) * 0x9E3779B97F4A7C15ULL;
  }
  return hash;
}

// Hashes of every run of `length` consecutive words of a text, sorted.
std::vector<uint64_t> passages(const std::vector<uint64_t>& hashes, size_t length) {
  std::vector<uint64_t> out;
  if (hashes.size() >= length) out.reserve(hashes.size() - length + 1);
  for (size_t i = 0; i + length <= hashes.size(); ++i) out.push_back(run_hash(hashes, i, length));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

namespace {

// True when another source's text holds a passage of the quote: that source prints the
// words too, so the fact is not one source's alone (its quote was not extracted there).
// `runs` caches each document's runs per run length (kQuoteWords..kPassage), hashed when
// a quote first asks for that length; the document's words come from `split`.
using PassageCache = std::vector<std::optional<std::vector<uint64_t>>>;

bool printed_elsewhere(const Analysis& analysis, const Claim& claim, PassageCache& runs,
                       align::SentenceWords& split) {
  auto words = word_hashes(text::words(claim.detail->object));
  if (words.empty()) return false;
  size_t length = std::min(kPassage, words.size());
  std::vector<uint64_t> mine;
  for (size_t i = 0; i + length <= words.size(); ++i) mine.push_back(run_hash(words, i, length));
  for (uint32_t s = 0; s < analysis.documents.size(); ++s) {
    if (s == claim.source) continue;
    size_t slot = s * (kPassage + 1);
    if (!runs[slot + length]) {  // only the run length asked for: most quotes want kPassage
      const auto& body =
          split.of(s, Span{0, static_cast<uint32_t>(analysis.documents[s].text.size())});
      runs[slot + length] = passages(word_hashes(body), length);
    }
    const auto& cached = *runs[slot + length];
    for (uint64_t hash : mine) {
      if (std::binary_search(cached.begin(), cached.end(), hash)) return true;
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
// The content keys of claims' objects, computed once per claim for the whole story.
class ContentKeys {
 public:
  ContentKeys(const align::Lexicon& lexicon, size_t claims) : lexicon_(lexicon), keys_(claims) {}
  const std::vector<std::string>& of(const Claim& claim) {
    auto& slot = keys_[claim.index];
    if (!slot) {
      slot = lexicon_.content_keys(claim.detail->object, stemmer_, memo_);
      // Contractions ("i'm", "we're") are function words, whatever the stopword list says.
      std::erase_if(*slot,
                    [](const std::string& key) { return key.find('\'') != std::string::npos; });
    }
    return *slot;
  }

 private:
  const align::Lexicon& lexicon_;
  align::Stemmer stemmer_;
  align::Lexicon::TopicMemo memo_;
  std::vector<std::optional<std::vector<std::string>>> keys_;
};

bool paraphrased_elsewhere(const Analysis& analysis, ContentKeys& keys, const Claim& quote) {
  const auto& mine = keys.of(quote);
  if (mine.empty()) return false;
  for (const Claim& other : analysis.claims) {
    if (other.source == quote.source || other.detail->speaker != quote.detail->speaker) continue;
    if (other.kind != ClaimKind::Quote && other.kind != ClaimKind::ReportedSpeech) continue;
    const auto& theirs = keys.of(other);
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
  if (analysis.documents.size() < 2 || !context.compared) return;
  // For each claim, the other sources it was compared with.
  // (Repeats are left in: they are gathered into a set per fact below.)
  std::vector<std::vector<uint32_t>> compared(analysis.claims.size());
  for (const auto& edge : *context.compared) {
    if (edge.from >= analysis.claims.size() || edge.to >= analysis.claims.size()) continue;
    compared[edge.from].push_back(analysis.claims[edge.to].source);
    compared[edge.to].push_back(analysis.claims[edge.from].source);
  }
  // Word runs of each document, computed when a quote needs them.
  PassageCache passages_of(analysis.documents.size() * (kPassage + 1));
  ContentKeys keys(context.lexicon, analysis.claims.size());
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
    if (printed_elsewhere(analysis, first, passages_of, *context.words)) continue;
    if (paraphrased_elsewhere(analysis, keys, first)) continue;
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
