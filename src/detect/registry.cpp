#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "detect/detector.hpp"
#include "detect/quote.hpp"

namespace cc::detect {

std::vector<std::unique_ptr<Detector>> make_detectors(const rules::RuleSet& rules) {
  std::vector<std::unique_ptr<Detector>> detectors;
  detectors.push_back(std::make_unique<QuoteDetector>(rules));
  return detectors;
}

std::string finding_id(const Analysis& analysis, const Finding& finding) {
  std::vector<std::string> parts;
  for (const Evidence& evidence : finding.evidence) {
    const Claim& claim = analysis.claims[evidence.claim];
    std::string path = analysis.documents[claim.source].path;
    std::string file =
        path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    parts.push_back(file + '\x1f' + std::string(to_string(claim.kind)) + '\x1f' + claim.speaker +
                    '\x1f' + text::fold(claim.object));
  }
  std::sort(parts.begin(), parts.end());
  std::string material = finding.type + '\x1e' + finding.rule;
  for (const auto& part : parts) material += '\x1e' + part;
  return text::hex16(text::fnv1a(material));
}

std::vector<Finding> run_all(const std::vector<std::unique_ptr<Detector>>& detectors,
                             const Context& context) {
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

}  // namespace cc::detect
