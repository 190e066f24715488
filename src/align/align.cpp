#include "align/align.hpp"

#include <algorithm>
#include <map>

#include "core/diff.hpp"
#include "core/text.hpp"
#include "graph/claim_graph.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::align {

namespace {

// Quotes shorter than this many words are fragments ("unnecessary"): their words alone
// cannot show they are the same statement, so the sentence around them must.
constexpr size_t kShortQuote = 4;

std::string percent(double value) {
  return std::to_string(static_cast<int>(value * 100 + 0.5)) + "%";
}

}  // namespace

Aligner::Aligner(const rules::RuleSet& rules) {
  if (const auto* table = rules.table("common/stopwords")) {
    for (const auto& row : table->rows()) stopwords_.insert(text::fold(row.front()));
  }
}

double Aligner::score_quotes(const Analysis& analysis, const Claim& a, const Claim& b,
                             std::string& reason) const {
  auto words_a = text::words(a.object);
  auto words_b = text::words(b.object);
  if (words_a.empty() || words_b.empty()) return 0;
  auto steps = text::diff_words(words_a, words_b);
  size_t common = text::common_words(steps);
  size_t shorter = std::min(words_a.size(), words_b.size());
  size_t longer = std::max(words_a.size(), words_b.size());
  if (shorter >= kShortQuote) {
    // The shorter quote measured against the longer: a partial quote still aligns.
    double score = static_cast<double>(common) / static_cast<double>(shorter);
    reason = "same speaker; " + std::to_string(common) + " of " + std::to_string(shorter) +
             " words of the shorter quote in order in the other (" + std::to_string(longer) +
             " words)";
    return score;
  }
  // Fragments: compare the content words of the sentences around the quotes.
  auto context = [&](const Claim& claim) {
    std::vector<std::string> out;
    Span extent = analysis.sentence_extent(claim);
    const Document& document = analysis.documents[claim.source];
    for (const auto& w : text::words(document.slice(extent))) {
      uint32_t at = extent.start + w.span.start;
      if (claim.span.contains(at)) continue;
      std::string word = w.norm;
      if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0)
        word.resize(word.size() - 2);
      if (word.size() < 3 || stopwords_.count(word)) continue;
      out.push_back(word);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  auto ca = context(a);
  auto cb = context(b);
  std::vector<std::string> shared;
  std::set_intersection(ca.begin(), ca.end(), cb.begin(), cb.end(), std::back_inserter(shared));
  size_t all = ca.size() + cb.size() - shared.size();
  double context_score =
      all == 0 ? 0 : static_cast<double>(shared.size()) / static_cast<double>(all);
  double quote_score = static_cast<double>(common) / static_cast<double>(longer);
  // Two different fragments need a strongly shared sentence: at least three content words.
  double score = shared.size() >= 3 ? std::min(1.0, 0.5 * quote_score + 1.6 * context_score)
                                    : 0.5 * quote_score;
  std::string listed;
  for (size_t i = 0; i < shared.size() && i < 6; ++i) listed += (i ? ", " : "") + shared[i];
  reason = "same speaker; short quotes in sentences sharing " + std::to_string(shared.size()) +
           " content words (" + listed + "), context overlap " + percent(context_score);
  return score;
}

void Aligner::run(Analysis& analysis, graph::ClaimGraph& graph, const Options& options) const {
  analysis.links.clear();
  // Blocks: quotes by speaker entity.
  std::map<std::string, std::vector<uint32_t>> blocks;
  for (const Claim& claim : analysis.claims) {
    if (claim.kind == ClaimKind::Quote && !claim.speaker.empty()) {
      blocks["quote\x1f" + claim.speaker].push_back(claim.index);
    }
  }
  for (const auto& [key, members] : blocks) {
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        const Claim& a = analysis.claims[members[i]];
        const Claim& b = analysis.claims[members[j]];
        if (a.source == b.source && !options.within_source) continue;
        graph.add_edge(graph.claim_vertex(a.index), graph.claim_vertex(b.index),
                       graph::EdgeKind::SameEvent);
        std::string reason;
        double score = score_quotes(analysis, a, b, reason);
        if (score < options.threshold) continue;
        graph.add_edge(graph.claim_vertex(a.index), graph.claim_vertex(b.index),
                       graph::EdgeKind::Aligned, score);
        analysis.links.push_back(Link{a.index, b.index, score, reason});
      }
    }
  }
  std::sort(analysis.links.begin(), analysis.links.end(), [](const Link& x, const Link& y) {
    return std::tie(x.first, x.second) < std::tie(y.first, y.second);
  });

  analysis.facts.clear();
  for (auto& members : graph.claim_components({graph::EdgeKind::Aligned})) {
    Fact fact;
    const Claim& first = analysis.claims[members.front()];
    std::string key_material;
    for (uint32_t member : members) {
      const Claim& c = analysis.claims[member];
      key_material += analysis.documents[c.source].path + '\x1f' + c.object + '\x1e';
    }
    fact.key = text::hex16(text::fnv1a(key_material));
    std::string who =
        first.speaker.empty() ? std::string() : std::string(analysis.entity_name(first.speaker));
    std::string words = text::truncate(first.object, 60);
    fact.label = who.empty() ? "“" + words + "”" : who + ": “" + words + "”";
    fact.claims = std::move(members);
    analysis.facts.push_back(std::move(fact));
  }
}

}  // namespace cc::align
