// Test fixture for the alignment and detector tests: a small story of sources and the
// claims an extractor would produce for them, run through the real aligner and detectors.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "align/align.hpp"
#include "detect/detector.hpp"
#include "graph/claim_graph.hpp"
#include "pipeline/pipeline.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::testing {

// The built-in rules, loaded once for every test.
inline const rules::RuleSet& builtin_rules() {
  static const std::unique_ptr<rules::RuleSet> rules = [] {
    auto loaded = pipeline::load_rules(std::nullopt);
    REQUIRE(loaded.errors.empty());
    return std::move(loaded.rules);
  }();
  return *rules;
}

inline const align::Aligner& aligner() {
  static const align::Aligner instance(builtin_rules());
  return instance;
}

// A day number for a date, for Value::Kind::Date intervals.
inline double day(int year, int month, int day_of_month) {
  return static_cast<double>(days_from_civil(Date{year, month, day_of_month}));
}

inline Value date_value(double first, double last, std::string text = {}) {
  Value v;
  v.kind = Value::Kind::Date;
  v.low = first;
  v.high = last;
  v.text = std::move(text);
  return v;
}

inline Value number(double low, double high, std::string unit = {}, double tolerance = 0,
                    std::string text = {}) {
  Value v;
  v.kind = Value::Kind::Number;
  v.low = low;
  v.high = high;
  v.unit = std::move(unit);
  v.tolerance = tolerance;
  v.text = std::move(text);
  return v;
}

class Story {
 public:
  // Adds a source; every line of `text` is one sentence (and one paragraph).
  uint32_t source(std::string path, std::string text) {
    Document document;
    document.id = "s" + std::to_string(analysis.documents.size() + 1);
    document.path = std::move(path);
    document.text = std::move(text);
    size_t start = 0;
    while (start < document.text.size()) {
      size_t end = document.text.find('\n', start);
      if (end == std::string::npos) end = document.text.size();
      if (end > start) {
        uint32_t index = static_cast<uint32_t>(document.sentences.size());
        document.paragraphs.push_back(
            Paragraph{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)}, index, 1});
        document.sentences.push_back(
            Sentence{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                     static_cast<uint32_t>(document.paragraphs.size() - 1)});
      }
      start = end + 1;
    }
    analysis.documents.push_back(std::move(document));
    return static_cast<uint32_t>(analysis.documents.size() - 1);
  }

  // Adds a claim whose span is the first occurrence of `words` in the source's text.
  Claim& claim(uint32_t source, ClaimKind kind, std::string_view words) {
    const Document& document = analysis.documents.at(source);
    size_t at = document.text.find(words);
    REQUIRE_MESSAGE(at != std::string::npos, "not in the source: " << words);
    Claim claim;
    claim.index = static_cast<uint32_t>(analysis.claims.size());
    claim.source = source;
    claim.kind = kind;
    claim.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
    for (uint32_t s = 0; s < document.sentences.size(); ++s) {
      if (document.sentences[s].span.contains(static_cast<uint32_t>(at))) claim.sentence = s;
    }
    if (kind == ClaimKind::Quote) {
      claim.detail->object = std::string(words);
      claim.detail->predicate = "say";
    }
    analysis.claims.push_back(std::move(claim));
    return analysis.claims.back();
  }

  // A quote of `speaker` (an entity key).
  Claim& quote(uint32_t source, std::string speaker, std::string_view words,
               std::string cue = "say") {
    Claim& c = claim(source, ClaimKind::Quote, words);
    c.detail->speaker = std::move(speaker);
    c.detail->subject = c.detail->speaker;
    c.detail->cue = std::move(cue);
    return c;
  }

  // An event claim with its predicate class, object and entities.
  Claim& event(uint32_t source, std::string_view words, std::string subject, std::string predicate,
               std::string object, std::vector<std::string> entities = {}) {
    Claim& c = claim(source, ClaimKind::Event, words);
    c.detail->subject = std::move(subject);
    c.detail->predicate = predicate;
    c.detail->predicate_class = std::move(predicate);
    c.detail->object = std::move(object);
    std::sort(entities.begin(), entities.end());
    c.detail->entities = std::move(entities);
    return c;
  }

  // A quantity claim: `value` of `counted`.
  Claim& quantity(uint32_t source, std::string_view words, std::string counted, Value value,
                  std::vector<std::string> entities = {}) {
    Claim& c = claim(source, ClaimKind::Quantity, words);
    c.detail->counted = std::move(counted);
    c.detail->value = std::move(value);
    c.detail->object = std::string(words);
    std::sort(entities.begin(), entities.end());
    c.detail->entities = std::move(entities);
    return c;
  }

  // Registers an entity the normaliser would have found (kept sorted by key).
  void entity(std::string key, EntityType type, std::vector<std::string> forms = {}) {
    Entity e;
    e.name = forms.empty() ? key : forms.front();
    e.key = std::move(key);
    e.type = type;
    e.surface_forms = std::move(forms);
    auto at = std::lower_bound(analysis.entities.begin(), analysis.entities.end(), e.key,
                               [](const Entity& x, const std::string& k) { return x.key < k; });
    analysis.entities.insert(at, std::move(e));
  }

  // Aligns and runs every detector (or only those of `type`), like the pipeline does.
  void run(std::string_view type = {}, bool within_source = false) {
    graph = std::make_unique<graph::ClaimGraph>(static_cast<uint32_t>(analysis.claims.size()),
                                                static_cast<uint32_t>(analysis.entities.size()));
    align::Options options;
    options.within_source = within_source;
    aligner().run(analysis, *graph, options);
    compared = graph->edges(graph::EdgeKind::SameEvent);
    detect::Options detect_options{within_source};
    detect::Context context{analysis,          detect_options, aligner().lexicon(),
                            aligner().units(), &compared,      nullptr};
    auto detectors = detect::make_detectors(builtin_rules());
    if (!type.empty()) {
      std::erase_if(detectors, [type](const auto& d) { return d->type() != type; });
    }
    analysis.findings = detect::run_all(detectors, context);
    detect::place_sources(analysis);
  }

  // Findings of one type.
  std::vector<const Finding*> findings(std::string_view type) const {
    std::vector<const Finding*> out;
    for (const auto& f : analysis.findings) {
      if (f.type == type) out.push_back(&f);
    }
    return out;
  }

  bool linked(uint32_t a, uint32_t b) const {
    return std::any_of(analysis.links.begin(), analysis.links.end(), [&](const Link& l) {
      return (l.first == a && l.second == b) || (l.first == b && l.second == a);
    });
  }

  Analysis analysis;
  std::unique_ptr<graph::ClaimGraph> graph;
  std::vector<graph::Edge> compared;  // the graph's SameEvent edges, as the pipeline keeps them
};

// The findings of `type` the whole pipeline (rules from the source tree) makes of two
// one-sentence sources, for behaviour that depends on extraction and alignment together.
// The whole pipeline over articles s1, s2, ... (each text under a "Story" title line; with
// `titled`, each text's first line is its headline, as ingest reads a .txt file).
inline Analysis pipeline_analysis(const std::vector<std::string>& texts, bool titled = false) {
  static const pipeline::Engine engine([] {
    pipeline::Options options;
    options.rules_dir = std::string(CROSSCHECK_SOURCE_DIR) + "/rules";
    return options;
  }());
  std::vector<Document> documents;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document document;
    document.id = "s" + std::to_string(i + 1);
    document.path = document.id + ".txt";
    document.text = titled ? texts[i] + "\n" : "Story\n\n" + texts[i] + "\n";
    if (titled) document.title = std::string_view(texts[i]).substr(0, texts[i].find('\n'));
    document.origin.add({0, 1, 1});
    documents.push_back(std::move(document));
  }
  return engine.analyze(std::move(documents), pipeline::Stop::Findings);
}

// The findings of one type in an analysis, in report order.
inline std::vector<const Finding*> findings_of(const Analysis& analysis, std::string_view type) {
  std::vector<const Finding*> out;
  for (const Finding& finding : analysis.findings)
    if (finding.type == type) out.push_back(&finding);
  return out;
}

inline std::vector<Finding> pipeline_findings(std::string_view type,
                                              const std::vector<std::string>& texts) {
  Analysis analysis = pipeline_analysis(texts);
  std::vector<Finding> out;
  for (auto& finding : analysis.findings) {
    if (finding.type == type) out.push_back(std::move(finding));
  }
  return out;
}

inline std::vector<Finding> pipeline_findings(std::string_view type, const std::string& a,
                                              const std::string& b) {
  return pipeline_findings(type, std::vector<std::string>{a, b});
}

}  // namespace cc::testing
