#include "pipeline/story_runs.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <stdexcept>
#include <tuple>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace cc::pipeline {

std::vector<StoryRun> plan_stories(const std::vector<uint32_t>& story) {
  uint32_t stories = 0;
  for (uint32_t s : story) stories = std::max(stories, s + 1);
  std::vector<StoryRun> runs(stories);
  std::vector<size_t> documents_of(stories, 0);
  for (uint32_t s : story) ++documents_of[s];
  for (uint32_t s = 0; s < stories; ++s) runs[s].documents.reserve(documents_of[s]);
  for (uint32_t d = 0; d < story.size(); ++d) runs[story[d]].documents.push_back(d);
  return runs;
}

void gather_claims(StoryRun& run, ExtractedSlots& found) {
  // The exact size first: growing by doubling left up to half of every claim vector unused.
  size_t count = 0, mention_count = 0;
  for (uint32_t d : run.documents) {
    if (!found[d]) continue;
    count += found[d]->claims.size();
    mention_count += found[d]->mentions.size();
  }
  std::vector<Claim>& claims = run.analysis.claims;
  claims.reserve(claims.size() + count);
  run.mentions.reserve(run.mentions.size() + mention_count);
  for (uint32_t local = 0; local < run.documents.size(); ++local) {
    std::unique_ptr<Extracted> from = std::move(found[run.documents[local]]);
    if (!from) continue;
    for (Claim& claim : from->claims) {
      claim.source = local;
      claim.index = static_cast<uint32_t>(claims.size());
      claims.push_back(std::move(claim));
    }
    std::move(from->mentions.begin(), from->mentions.end(), std::back_inserter(run.mentions));
  }  // each slot freed as it is read, not at the end
}

void take_documents(StoryRun& run, std::vector<Document>& documents) {
  run.analysis.documents.reserve(run.documents.size());
  for (uint32_t d : run.documents) run.analysis.documents.push_back(std::move(documents[d]));
}

void give_back_documents(StoryRun& run, std::vector<Document>& documents) {
  for (size_t d = 0; d < run.analysis.documents.size(); ++d) {
    documents[run.documents[d]] = std::move(run.analysis.documents[d]);
  }
  std::vector<Document>().swap(run.analysis.documents);
  run.documents_given_back = true;
}

void finish_split(std::vector<StoryRun>& runs, std::vector<Document>& documents,
                  const std::vector<uint32_t>& story) {
  // Run-wide claim numbers in document order: a story's claims are in the order of its
  // documents, and Claim::source (local) says where one document's claims end.
  std::vector<uint32_t> local_document(runs.size(), 0);
  std::vector<size_t> next_local_claim(runs.size(), 0);
  std::vector<bool> taken(runs.size(), false);  // documents already moved (take_documents)
  for (size_t s = 0; s < runs.size(); ++s) {
    StoryRun& run = runs[s];
    run.claims.reserve(run.analysis.claims.size());
    taken[s] = run.documents_given_back ||
               (!run.documents.empty() && run.analysis.documents.size() == run.documents.size());
    if (!taken[s]) run.analysis.documents.reserve(run.documents.size());
  }
  uint32_t next_claim = 0;
  for (uint32_t d = 0; d < documents.size(); ++d) {
    StoryRun& run = runs[story[d]];
    uint32_t local = local_document[story[d]]++;
    size_t& at = next_local_claim[story[d]];
    while (at < run.analysis.claims.size() && run.analysis.claims[at].source == local) {
      run.claims.push_back(next_claim++);
      ++at;
    }
    if (!taken[story[d]]) run.analysis.documents.push_back(std::move(documents[d]));
  }
}

std::vector<StoryRun> split_into_stories(std::vector<Document>& documents,
                                         const std::vector<uint32_t>& story,
                                         ExtractedSlots& found) {
  std::vector<StoryRun> runs = plan_stories(story);
  for (StoryRun& run : runs) gather_claims(run, found);
  finish_split(runs, documents, story);
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

// Claims arrive story by story; puts each at its run-wide index (Claim::index), following
// the cycles of the permutation: every swap sets one claim in its place.
void put_in_order(std::vector<Claim>& claims) {
  for (size_t i = 0; i < claims.size(); ++i) {
    while (claims[i].index != i) {
      uint32_t target = claims[i].index;
      if (target >= claims.size() || claims[target].index == target) {
        throw std::logic_error("join_stories: claim numbers are not a permutation");
      }
      std::swap(claims[i], claims[target]);
    }
  }
}

}  // namespace

void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

#if defined(__linux__)
namespace {

// One loaded object (dl_iterate_phdr): the whole pages of each segment that is never
// written. Writable segments (data, and the relocated tables made read-only after
// loading) hold changes of this process that a dropped page would lose, so they stay; so
// does every segment of an object with text relocations, whose code was written too, and
// the vDSO, which no file backs (its name is not a path; the executable's is empty).
int release_read_only_segments(dl_phdr_info* info, size_t, void* page_size) {
  const char* name = info->dlpi_name;
  if (name != nullptr && name[0] != '\0' && name[0] != '/') return 0;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_DYNAMIC) continue;
    const auto* entry = reinterpret_cast<const ElfW(Dyn)*>(info->dlpi_addr + segment.p_vaddr);
    for (; entry->d_tag != DT_NULL; ++entry) {
      if (entry->d_tag == DT_TEXTREL) return 0;
      if (entry->d_tag == DT_FLAGS && (entry->d_un.d_val & DF_TEXTREL) != 0) return 0;
    }
  }
  const auto page = *static_cast<const std::uintptr_t*>(page_size);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_LOAD || (segment.p_flags & PF_W) != 0) continue;
    std::uintptr_t first = info->dlpi_addr + segment.p_vaddr;
    std::uintptr_t start = (first + page - 1) / page * page;
    std::uintptr_t end = (first + segment.p_memsz) / page * page;
    if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_DONTNEED);
  }
  return 0;
}

}  // namespace
#endif

void release_loaded_pages() {
#if defined(__linux__)
  auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  if (page == 0 || page == static_cast<std::uintptr_t>(-1)) return;
  dl_iterate_phdr(release_read_only_segments, &page);
#endif
}

Analysis join_stories(std::vector<StoryRun> runs, size_t document_count) {
  return join_stories(std::move(runs), std::vector<Document>(document_count));
}

Analysis join_stories(std::vector<StoryRun> runs, std::vector<Document> documents) {
  const size_t document_count = documents.size();
  Analysis out;
  size_t claim_count = 0, link_count = 0, fact_count = 0, finding_count = 0;
  for (const StoryRun& run : runs) {
    claim_count += run.claims.size();
    link_count += run.analysis.links.size();
    fact_count += run.analysis.facts.size();
    finding_count += run.analysis.findings.size();
  }
  out.links.reserve(link_count);
  out.facts.reserve(fact_count);
  out.findings.reserve(finding_count);
  out.documents = std::move(documents);
  // Reserved, not resized: the pages are touched only as claims arrive, while the stories'
  // own claim vectors are freed one by one, so the claims are not held twice at the peak.
  out.claims.reserve(claim_count);
  size_t freed = 0;  // bytes of story claim vectors freed since the last release
  constexpr size_t kReleaseBytes = size_t{1} << 20;
  std::map<std::string, Entity> entities;
  for (StoryRun& run : runs) {
    Analysis& local = run.analysis;
    for (size_t d = 0; d < local.documents.size(); ++d) {  // none when given back
      out.documents[run.documents[d]] = std::move(local.documents[d]);
    }
    for (Claim& claim : local.claims) {
      claim.source = run.documents[claim.source];
      claim.index = run.claims[claim.index];
      out.claims.push_back(std::move(claim));
    }
    freed += local.claims.capacity() * sizeof(Claim) + local.facts.capacity() * sizeof(Fact) +
             local.links.capacity() * sizeof(Link) + local.findings.capacity() * sizeof(Finding) +
             local.documents.capacity() * sizeof(Document);
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
    out.dropped_claims += local.dropped_claims;
    run = StoryRun();  // moved-from claims still hold their size: free them story by story
    if (freed >= kReleaseBytes) {
      release_free_memory();
      freed = 0;
    }
  }
  release_free_memory();  // what the last stories freed
  put_in_order(out.claims);
  out.entities.reserve(entities.size());
  while (!entities.empty()) {  // each node freed as its entity moves out
    auto node = entities.extract(entities.begin());
    out.entities.push_back(std::move(node.mapped()));
  }
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
