#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "align/sentence_words.hpp"
#include "core/text.hpp"
#include "detect/antonym.hpp"
#include "detect/attribution.hpp"
#include "detect/coverage.hpp"
#include "detect/detector.hpp"
#include "detect/entity_name.hpp"
#include "detect/negation.hpp"
#include "detect/numeric.hpp"
#include "detect/quote.hpp"
#include "detect/stance.hpp"
#include "detect/temporal.hpp"
#include "detect/tone.hpp"

namespace cc::detect {

std::vector<std::unique_ptr<Detector>> make_detectors(const rules::RuleSet& rules) {
  std::vector<std::unique_ptr<Detector>> detectors;
  detectors.push_back(std::make_unique<NegationDetector>(rules));
  detectors.push_back(std::make_unique<AntonymDetector>(rules));
  detectors.push_back(std::make_unique<NumericDetector>(rules));
  detectors.push_back(std::make_unique<TemporalDetector>(rules));
  detectors.push_back(std::make_unique<QuoteDetector>(rules));
  detectors.push_back(std::make_unique<AttributionDetector>());
  detectors.push_back(std::make_unique<EntityNameDetector>(rules));
  detectors.push_back(std::make_unique<StanceDetector>(rules));
  detectors.push_back(std::make_unique<ToneDetector>(rules));
  detectors.push_back(std::make_unique<CoverageDetector>());
  return detectors;
}

std::string finding_id(const Analysis& analysis, const Finding& finding) {
  std::vector<std::string> parts;
  for (const Evidence& evidence : finding.evidence) {
    const Claim& claim = analysis.claims[evidence.claim];
    std::string path = analysis.documents[claim.source].path.str();
    std::string file =
        path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    parts.push_back(file + '\x1f' + std::string(to_string(claim.kind)) + '\x1f' +
                    claim.detail->speaker + '\x1f' + claim.detail->subject + '\x1f' +
                    claim.detail->predicate + '\x1f' + std::string(to_string(claim.polarity)) +
                    '\x1f' + text::fold(claim.detail->object) + '\x1f' +
                    text::fold(claim.detail->value.text));
  }
  std::sort(parts.begin(), parts.end());
  std::string material = finding.type.str() + '\x1e' + finding.rule.str();
  for (const auto& part : parts) material += '\x1e' + part;
  return text::hex16(text::fnv1a(material));
}

std::vector<Finding> run_all(const std::vector<std::unique_ptr<Detector>>& detectors,
                             const Context& given) {
  std::optional<align::SentenceWords> words;
  if (!given.words) words.emplace(given.analysis);
  const Context context{given.analysis, given.options,  given.lexicon,
                        given.units,    given.compared, given.words ? given.words : &*words};
  std::vector<Finding> findings;
  for (const auto& detector : detectors) detector->run(context, findings);
  for (auto& finding : findings) finding.id = finding_id(context.analysis, finding);
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.level != b.level) return a.level > b.level;
    if (a.type != b.type) return a.type < b.type;
    return a.id < b.id;
  });
  // The same finding reached twice (two detectors, or a pair seen from both sides) is kept once.
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) { return a.id == b.id; }),
                 findings.end());
  return findings;
}

void place_sources(Analysis& analysis) {
  std::vector<uint32_t> fact_of(analysis.claims.size(), UINT32_MAX);
  for (uint32_t f = 0; f < analysis.facts.size(); ++f) {
    for (uint32_t claim : analysis.facts[f].claims) fact_of[claim] = f;
  }
  // Per fact: the worst level pairing two of its sources, keyed by (source, source).
  std::vector<std::map<std::pair<uint32_t, uint32_t>, Level>> conflicts(analysis.facts.size());
  for (const Finding& finding : analysis.findings) {
    if (finding.level == Level::Note) continue;
    // evidence[0] conflicts with each of the others; the others agree among themselves
    // (one misspelling against several sources spelling the name right).
    for (size_t i = 0; i < 1 && i < finding.evidence.size(); ++i) {
      for (size_t j = i + 1; j < finding.evidence.size(); ++j) {
        const Claim& a = analysis.claims[finding.evidence[i].claim];
        const Claim& b = analysis.claims[finding.evidence[j].claim];
        uint32_t f = fact_of[a.index];
        if (f == UINT32_MAX || f != fact_of[b.index] || a.source == b.source) continue;
        for (auto key : {std::pair(a.source, b.source), std::pair(b.source, a.source)}) {
          Level& level = conflicts[f].try_emplace(key, finding.level).first->second;
          level = std::max(level, finding.level);
        }
      }
    }
  }
  for (uint32_t f = 0; f < analysis.facts.size(); ++f) {
    Fact& fact = analysis.facts[f];
    std::set<uint32_t> sources;
    for (uint32_t claim : fact.claims) sources.insert(analysis.claims[claim].source);
    // The reference: the member source in the fewest conflicts (then the earliest).
    auto conflicts_of = [&](uint32_t s) {
      size_t n = 0;
      for (const auto& [key, level] : conflicts[f]) n += key.first == s;
      return n;
    };
    fact.reference = *std::min_element(sources.begin(), sources.end(), [&](uint32_t x, uint32_t y) {
      return std::pair(conflicts_of(x), x) < std::pair(conflicts_of(y), y);
    });
    fact.stands.assign(analysis.documents.size(), Stand::Silent);
    for (uint32_t s : sources) {
      auto it = conflicts[f].find({s, fact.reference});
      fact.stands[s] = it == conflicts[f].end()             ? Stand::States
                       : it->second == Level::Contradiction ? Stand::Contradicts
                                                            : Stand::Diverges;
    }
  }
}

}  // namespace cc::detect
