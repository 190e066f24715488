#include "pipeline/story_runs.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace cc::pipeline {

std::vector<StoryRun> split_into_stories(std::vector<Document>& documents,
                                         const std::vector<uint32_t>& story,
                                         std::vector<extract::DocumentClaims>& found) {
  uint32_t stories = 0;
  for (uint32_t s : story) stories = std::max(stories, s + 1);
  std::vector<StoryRun> runs(stories);
  // Exact sizes first: growing by doubling left up to half of every claim vector unused.
  std::vector<size_t> documents_of(stories, 0), claims_of(stories, 0);
  for (uint32_t d = 0; d < documents.size(); ++d) {
    ++documents_of[story[d]];
    claims_of[story[d]] += found[d].claims.size();
  }
  for (uint32_t s = 0; s < stories; ++s) {
    runs[s].documents.reserve(documents_of[s]);
    runs[s].analysis.documents.reserve(documents_of[s]);
    runs[s].claims.reserve(claims_of[s]);
    runs[s].analysis.claims.reserve(claims_of[s]);
  }
  uint32_t next_claim = 0;
  for (uint32_t d = 0; d < documents.size(); ++d) {
    StoryRun& run = runs[story[d]];
    auto local_document = static_cast<uint32_t>(run.documents.size());
    run.documents.push_back(d);
    run.analysis.documents.push_back(std::move(documents[d]));
    for (Claim& claim : found[d].claims) {
      claim.source = local_document;
      claim.index = static_cast<uint32_t>(run.claims.size());
      run.claims.push_back(next_claim++);
      run.analysis.claims.push_back(std::move(claim));
    }
    std::vector<Claim>().swap(found[d].claims);  // give the memory back now, not at the end
  }
  return runs;
}

namespace {

void translate(std::vector<Finding>& findings, const std::vector<uint32_t>& claims) {
  for (Finding& finding : findings) {
    for (Evidence& evidence : finding.evidence) evidence.claim = claims[evidence.claim];
  }
}

// Contradictions first, then by type and id; a finding reached twice is kept once. The
// same order detect::run_all gives one story's findings.
void sort_findings(std::vector<Finding>& findings) {
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.level != b.level) return a.level > b.level;
    if (a.type != b.type) return a.type < b.type;
    return a.id < b.id;
  });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) { return a.id == b.id; }),
                 findings.end());
}

void merge_entity(std::map<std::string, Entity>& merged, Entity entity) {
  auto [it, inserted] = merged.try_emplace(entity.key, entity);
  if (inserted) return;
  auto& forms = it->second.surface_forms;
  forms.insert(forms.end(), entity.surface_forms.begin(), entity.surface_forms.end());
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
}

// Stands are one per document: a story's stands become the run's, silent for documents of
// other stories. Past kMaxStandColumns documents nobody reads a matrix of them, and it would
// cost facts x documents bytes, so they are dropped (reports compute what they show).
void translate_stands(Fact& fact, const std::vector<uint32_t>& documents, size_t document_count) {
  constexpr size_t kMaxStandColumns = 256;
  fact.reference = fact.reference < documents.size() ? documents[fact.reference] : 0;
  if (fact.stands.empty() || documents.size() == document_count) return;
  if (document_count > kMaxStandColumns) {
    fact.stands.clear();
    return;
  }
  std::vector<Stand> wide(document_count, Stand::Silent);
  for (size_t local = 0; local < fact.stands.size() && local < documents.size(); ++local) {
    wide[documents[local]] = fact.stands[local];
  }
  fact.stands = std::move(wide);
}

}  // namespace

Analysis join_stories(std::vector<StoryRun> runs, size_t document_count) {
  Analysis out;
  size_t claim_count = 0;
  for (const StoryRun& run : runs) claim_count += run.claims.size();
  out.documents.resize(document_count);
  out.claims.resize(claim_count);
  std::map<std::string, Entity> entities;
  for (StoryRun& run : runs) {
    Analysis& local = run.analysis;
    for (size_t d = 0; d < local.documents.size(); ++d) {
      out.documents[run.documents[d]] = std::move(local.documents[d]);
    }
    for (Claim& claim : local.claims) {
      claim.source = run.documents[claim.source];
      claim.index = run.claims[claim.index];
      out.claims[claim.index] = std::move(claim);
    }
    for (Link link : local.links) {
      link.first = run.claims[link.first];
      link.second = run.claims[link.second];
      out.links.push_back(std::move(link));
    }
    for (Fact& fact : local.facts) {
      for (uint32_t& claim : fact.claims) claim = run.claims[claim];
      translate_stands(fact, run.documents, document_count);
      out.facts.push_back(std::move(fact));
    }
    translate(local.findings, run.claims);
    translate(local.suppressed, run.claims);
    std::move(local.findings.begin(), local.findings.end(), std::back_inserter(out.findings));
    std::move(local.suppressed.begin(), local.suppressed.end(), std::back_inserter(out.suppressed));
    for (Entity& entity : local.entities) merge_entity(entities, std::move(entity));
    run = StoryRun();  // moved-from claims still hold their size: free them story by story
  }
  for (auto& [key, entity] : entities) out.entities.push_back(std::move(entity));
  if (runs.size() == 1) return out;  // already in order
  std::sort(out.links.begin(), out.links.end(), [](const Link& a, const Link& b) {
    return std::tie(a.first, a.second) < std::tie(b.first, b.second);
  });
  // Components are ordered by their smallest claim, as the claim graph orders them.
  std::stable_sort(out.facts.begin(), out.facts.end(), [](const Fact& a, const Fact& b) {
    return !a.claims.empty() && (b.claims.empty() || a.claims.front() < b.claims.front());
  });
  sort_findings(out.findings);
  sort_findings(out.suppressed);
  return out;
}

}  // namespace cc::pipeline
