#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "align/align.hpp"
#include "core/error.hpp"
#include "detect/detector.hpp"
#include "extract/extract.hpp"
#include "graph/claim_graph.hpp"
#include "normalize/entities.hpp"
#include "resources/resources.hpp"
#include "segment/segment.hpp"

namespace cc::pipeline {

rules::LoadResult load_rules(const std::optional<std::string>& dir) {
  return rules::RuleSet::load(dir ? resources::directory(*dir) : resources::builtin("rules"));
}

namespace {

std::vector<std::string> abbreviations(const rules::RuleSet& rules) {
  std::vector<std::string> out;
  if (const auto* table = rules.table("common/abbreviations")) {
    for (const auto& row : table->rows()) out.push_back(row.front());
  }
  return out;
}

std::unique_ptr<rules::RuleSet> checked_rules(const Options& options) {
  rules::LoadResult loaded = load_rules(options.rules_dir);
  if (!loaded.errors.empty()) {
    std::string message = "the rules have " + std::to_string(loaded.errors.size()) +
                          " error(s); run `crosscheck rules lint` for all of them. First: " +
                          loaded.errors.front().format();
    throw UsageError(message);
  }
  return std::move(loaded.rules);
}

}  // namespace

struct Engine::Impl {
  explicit Impl(Options opts)
      : options(std::move(opts)),
        rules(checked_rules(options)),
        segmenter(abbreviations(*rules)),
        extractor(*rules),
        aligner(*rules),
        detectors(detect::make_detectors(*rules)) {}

  Options options;
  std::unique_ptr<rules::RuleSet> rules;
  segment::Segmenter segmenter;
  extract::Extractor extractor;
  align::Aligner aligner;
  std::vector<std::unique_ptr<detect::Detector>> detectors;

  // Segments and extracts every document, in parallel when jobs > 1. Results are kept
  // per document and joined in document order, so the output never depends on timing.
  std::vector<extract::DocumentClaims> extract_all(std::vector<Document>& documents) const {
    std::vector<extract::DocumentClaims> per_document(documents.size());
    unsigned jobs =
        std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(documents.size())));
    std::atomic<size_t> next{0};
    std::atomic<size_t> done{0};
    auto work = [&](segment::Segmenter segmenter_copy) {
      for (size_t i = next++; i < documents.size(); i = next++) {
        segmenter_copy.split(documents[i]);
        per_document[i] = extractor.run(documents[i], static_cast<uint32_t>(i));
        size_t finished = ++done;
        if (options.progress && jobs == 1) options.progress(finished, documents.size());
      }
    };
    if (jobs == 1) {
      work(segmenter);
    } else {
      std::vector<std::thread> threads;
      for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work, segmenter);
      for (auto& thread : threads) thread.join();
      if (options.progress) options.progress(documents.size(), documents.size());
    }
    return per_document;
  }
};

Engine::Engine(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Engine::~Engine() = default;

const rules::RuleSet& Engine::rules() const {
  return *impl_->rules;
}
const Options& Engine::options() const {
  return impl_->options;
}

Analysis Engine::analyze(const std::vector<std::string>& paths, Stop stop) const {
  return analyze(ingest::load(paths, impl_->options.ingest), stop);
}

Analysis Engine::analyze(std::vector<Document> documents, Stop stop) const {
  Analysis analysis;
  std::vector<extract::DocumentClaims> per_document = impl_->extract_all(documents);
  analysis.documents = std::move(documents);

  // Normalize: one entity table across every source, then canonical speaker keys.
  std::vector<normalize::Mention> mentions;
  for (const auto& found : per_document) {
    for (const auto& mention : found.mentions)
      mentions.push_back({mention.key, mention.surface, mention.type});
  }
  normalize::EntityTable entities = normalize::cluster_entities(mentions);
  for (auto& found : per_document) {
    for (auto& claim : found.claims) {
      claim.index = static_cast<uint32_t>(analysis.claims.size());
      normalize::resolve_claim(entities, claim);
      analysis.claims.push_back(std::move(claim));
    }
  }
  analysis.entities = std::move(entities.entities);
  if (stop == Stop::Claims) return analysis;

  graph::ClaimGraph graph(static_cast<uint32_t>(analysis.claims.size()),
                          static_cast<uint32_t>(analysis.entities.size()));
  align::Options align_options;
  align_options.within_source = impl_->options.within_source;
  impl_->aligner.run(analysis, graph, align_options);
  detect::Options detect_options{impl_->options.within_source};
  detect::Context context{analysis, detect_options, impl_->aligner.lexicon(),
                          impl_->aligner.units(), &graph};
  analysis.findings = detect::run_all(impl_->detectors, context);
  for (const Finding& finding : analysis.findings) {
    if (finding.level == Level::Note) continue;
    auto kind = finding.level == Level::Contradiction ? graph::EdgeKind::Contradicts
                                                      : graph::EdgeKind::Diverges;
    for (size_t i = 1; i < finding.evidence.size(); ++i) {
      graph.add_edge(finding.evidence[0].claim, finding.evidence[i].claim, kind);
    }
  }
  detect::place_sources(analysis);
  return analysis;
}

}  // namespace cc::pipeline
