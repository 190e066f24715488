#include "detect/coverage.hpp"

#include <algorithm>
#include <set>

#include "detect/common.hpp"
#include "graph/claim_graph.hpp"

namespace cc::detect {

namespace {

bool checkable(const Claim& claim) {
  switch (claim.kind) {
    case ClaimKind::Quote:
      return !claim.speaker.empty();
    case ClaimKind::Quantity:
      return claim.value.kind == Value::Kind::Number && !tentative(claim);
    default:
      return (!actor_of(claim).empty() || !claim.entities.empty()) && !tentative(claim);
  }
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
