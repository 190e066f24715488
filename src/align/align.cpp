#include "align/align.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "align/features.hpp"
#include "align/score.hpp"
#include "core/text.hpp"
#include "graph/claim_graph.hpp"

namespace cc::align {

namespace {

// Longest label shown for a fact, in bytes.
constexpr size_t kLabelBytes = 60;
// Words whose topic keys a thread keeps between stories (about a MB).
constexpr size_t kTopicMemo = 1 << 11;

std::string fact_label(const Analysis& analysis, const Claim& claim) {
  if (claim.kind == ClaimKind::Quote) {
    std::string words = "“" + text::truncate(claim.detail->object, kLabelBytes) + "”";
    if (claim.detail->speaker.empty()) return words;
    return std::string(analysis.entity_name(claim.detail->speaker)) + ": " + words;
  }
  std::string said;
  if (!claim.detail->subject.empty())
    said = std::string(analysis.entity_name(claim.detail->subject)) + " ";
  if (claim.polarity == Polarity::Negated) said += "not ";
  said += claim.detail->predicate;
  if (!claim.detail->object.empty()) said += " " + claim.detail->object;
  if (!claim.detail->value.text.empty() &&
      claim.detail->object.find(claim.detail->value.text) == std::string::npos) {
    said += " " + claim.detail->value.text;
  }
  if (said == claim.detail->predicate || said.empty()) {
    said = text::squeeze_spaces(analysis.documents[claim.source].slice(claim.span));
  }
  return text::truncate(said, kLabelBytes);
}

// Claim -> entity vertices, for the entities the normalizer resolved.
void add_mentions(const Analysis& analysis, graph::ClaimGraph& graph) {
  auto vertex = [&](std::string_view key) -> std::optional<uint32_t> {
    auto it = std::lower_bound(analysis.entities.begin(), analysis.entities.end(), key,
                               [](const Entity& e, std::string_view k) { return e.key < k; });
    if (it == analysis.entities.end() || it->key != key) return std::nullopt;
    return graph.entity_vertex(static_cast<uint32_t>(it - analysis.entities.begin()));
  };
  for (const Claim& claim : analysis.claims) {
    std::vector<std::string_view> keys(claim.detail->entities.begin(),
                                       claim.detail->entities.end());
    if (!claim.detail->subject.empty()) keys.push_back(claim.detail->subject);
    if (!claim.detail->speaker.empty()) keys.push_back(claim.detail->speaker);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (auto key : keys) {
      if (auto entity = vertex(key)) {
        graph.add_edge(graph.claim_vertex(claim.index), *entity, graph::EdgeKind::Mentions);
      }
    }
  }
}

// A sentence that gives several figures of one kind ("55 percent in Saudi Arabia, 52
// percent in Egypt and 82 percent in India") pairs each with one figure of the other
// sentence: the best-scoring pair first, equal values before different ones (a list
// repeated by another source lines up), then the same position in the list.
void one_figure_each(const Analysis& analysis, const Units& units, std::vector<Link>& links) {
  // Position of each quantity among the quantities of its sentence.
  std::vector<uint32_t> rank(analysis.claims.size(), 0);
  for (size_t i = 1; i < analysis.claims.size(); ++i) {
    const Claim& c = analysis.claims[i];
    const Claim& p = analysis.claims[i - 1];
    if (c.kind == ClaimKind::Quantity && p.source == c.source && p.sentence == c.sentence) {
      rank[i] = rank[i - 1] + (p.kind == ClaimKind::Quantity);
    }
  }
  auto sentence_of = [&](uint32_t claim) {
    const Claim& c = analysis.claims[claim];
    return (uint64_t(c.source) << 32) | c.sentence;
  };
  auto same_value = [&](const Link& link) {
    auto x = units.measure(analysis.claims[link.first].detail->value);
    auto y = units.measure(analysis.claims[link.second].detail->value);
    return x && y && overlap(x->interval, y->interval);
  };
  auto is_figure = [&](const Link& link) {
    return analysis.claims[link.first].kind == ClaimKind::Quantity;
  };
  auto distance = [&](const Link& link) {
    return rank[link.first] > rank[link.second] ? rank[link.first] - rank[link.second]
                                                : rank[link.second] - rank[link.first];
  };
  std::vector<Link> figures;
  for (const Link& link : links) {
    if (is_figure(link)) figures.push_back(link);
  }
  std::erase_if(links, is_figure);
  std::sort(figures.begin(), figures.end(), [&](const Link& x, const Link& y) {
    auto key = [&](const Link& l) {
      return std::tuple(sentence_of(l.first), sentence_of(l.second), !same_value(l), -l.score,
                        distance(l), l.first, l.second);
    };
    return key(x) < key(y);
  });
  std::set<uint32_t> used;  // claims paired within the current pair of sentences
  for (size_t i = 0; i < figures.size(); ++i) {
    const Link& link = figures[i];
    if (i == 0 || sentence_of(link.first) != sentence_of(figures[i - 1].first) ||
        sentence_of(link.second) != sentence_of(figures[i - 1].second)) {
      used.clear();
    }
    if (used.count(link.first) || used.count(link.second)) continue;
    used.insert(link.first);
    used.insert(link.second);
    links.push_back(link);
  }
}

}  // namespace

Aligner::Aligner(const rules::RuleSet& rules) : lexicon_(rules), units_(rules), places_(rules) {}

Stats Aligner::run(Analysis& analysis, graph::ClaimGraph& graph, const Options& options) const {
  Stats stats;
  analysis.links.clear();
  add_mentions(analysis, graph);

  // A thread keeps its stemmer and its topic keys from story to story (the keys of a word
  // depend on the lexicon only); the memo starts afresh past kTopicMemo words.
  thread_local Stemmer stemmer;
  thread_local Lexicon::TopicMemo memo;
  thread_local uint64_t memo_lexicon = 0;
  if (memo_lexicon != lexicon_.serial() || memo.size() > kTopicMemo) {
    memo.clear();
    memo_lexicon = lexicon_.serial();
  }
  FeatureBuilder builder(lexicon_, units_, [this](std::string_view part, std::string_view whole) {
    return places_.place_within(part, whole);
  });
  std::vector<ClaimFeatures> features = builder.build(analysis, stemmer, &memo);
  std::vector<uint32_t> frequency = document_frequency(features, builder.interner().size());
  BlockKeys keys;
  for (const auto& f : features) {
    keys.add(f.source, block_keys(analysis.claims[f.claim], f, frequency), order_key(f));
  }

  Scorer scorer(analysis, features, builder.interner(), frequency, lexicon_, builder.regions());
  BlockingOptions blocking{options.max_block, options.window, options.within_source};
  stats.blocking = for_each_candidate(keys, blocking, [&](uint32_t a, uint32_t b) {
    // Every compared pair is recorded: what a source was compared with and did not match
    // is what its silence on a fact means (coverage).
    double score = scorer.score(a, b, nullptr);
    graph.add_edge(graph.claim_vertex(a), graph.claim_vertex(b), graph::EdgeKind::SameEvent, score);
    if (score <= 0 || score < options.threshold) return;
    analysis.links.push_back(Link{a, b, score, {}});
  });
  one_figure_each(analysis, units_, analysis.links);
  std::sort(analysis.links.begin(), analysis.links.end(), [](const Link& x, const Link& y) {
    return std::tie(x.first, x.second) < std::tie(y.first, y.second);
  });
  for (Link& link : analysis.links) {
    scorer.score(link.first, link.second, &link.reason);
    graph.add_edge(graph.claim_vertex(link.first), graph.claim_vertex(link.second),
                   graph::EdgeKind::Aligned, link.score);
  }
  stats.links = analysis.links.size();

  analysis.facts.clear();
  auto components = graph.claim_components({graph::EdgeKind::Aligned});
  analysis.facts.reserve(components.size());  // exact: one fact per claim of a run at most
  for (auto& members : components) {
    Fact fact;
    std::string key_material;
    for (uint32_t member : members) {
      const Claim& c = analysis.claims[member];
      key_material += analysis.documents[c.source].path.str() + '\x1f' + c.detail->predicate +
                      '\x1f' + c.detail->object + '\x1f' + c.detail->value.text + '\x1e';
    }
    fact.key = text::hex16(text::fnv1a(key_material));
    fact.label = fact_label(analysis, analysis.claims[members.front()]);
    fact.claims = std::move(members);
    analysis.facts.push_back(std::move(fact));
  }
  return stats;
}

}  // namespace cc::align
