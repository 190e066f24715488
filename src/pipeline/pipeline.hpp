// The pipeline: ingest -> segment -> extract -> normalize -> graph -> align -> detect.
// It ties the stages together for the commands; it writes no report.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "ingest/ingest.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::pipeline {

struct Options {
  std::optional<std::string> rules_dir;  // --rules: replaces the built-in rules
  ingest::Options ingest;                // size limit, default publication date
  bool within_source = false;            // compare claims inside one source too
  unsigned jobs = 1;                     // threads for segmentation and extraction
  // Called with (documents done, documents in all) during extraction; may be empty.
  std::function<void(size_t, size_t)> progress;
};

// Where a run stops.
enum class Stop { Claims, Findings };

// Loads the rules from `dir`, or the built-in copy when `dir` is empty.
rules::LoadResult load_rules(const std::optional<std::string>& dir);

class Engine {
 public:
  // Loads and compiles the rules once. Throws UsageError naming every broken rule.
  explicit Engine(Options options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const rules::RuleSet& rules() const;
  const Options& options() const;

  // Runs every stage on the articles under `paths`. Throws InputError / UsageError.
  Analysis analyze(const std::vector<std::string>& paths, Stop stop = Stop::Findings) const;
  // The same on documents already ingested (ids assigned).
  Analysis analyze(std::vector<Document> documents, Stop stop = Stop::Findings) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cc::pipeline
