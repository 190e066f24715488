// The pipeline: ingest -> segment -> stories -> extract -> normalize -> graph -> align ->
// detect. It ties the stages together for the commands; it writes no report.
//
// Documents are grouped into stories (stories.hpp) before extraction; normalisation,
// alignment and detection run inside each story on its own, so claims of two different
// events are never compared and the cost grows with the size of the stories, not with the
// square of the run. Each Document says which story it belongs to (Document::story).
// With --jobs, documents are segmented and extracted, and stories aligned and detected, on
// several threads at once: the extractor, the aligner and every detector must keep no
// state between calls (they are const). Results are joined in input order.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "ingest/ingest.hpp"
#include "pipeline/stories.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::pipeline {

struct Options {
  std::optional<std::string> rules_dir;  // --rules: replaces the built-in rules
  ingest::Options ingest;                // size limit, default publication date
  bool within_source = false;            // compare claims inside one source too
  unsigned jobs = 1;                     // threads for segmentation, extraction and stories
  StoryOptions stories;                  // how a pile of documents is grouped into stories
  // false: once a story's findings are made, its claims that no finding cites keep only
  // their number, source, sentence, span, kind, polarity and modality (what every report
  // but the JSON one reads), and their detail (ClaimDetail) is freed. The JSON report
  // lists every claim whole: it needs true.
  bool claim_details = true;
  // true (with claim_details): the claims no finding cites keep their detail packed into
  // bytes, a fifth of its size; only the JSON report reads them (ClaimDetailPtr::view).
  bool pack_claim_details = false;
  // false: once a story's findings are made, the claims findings cite lose their detail
  // too, and (with `entities` false) the story's entities all go, since no claim names one
  // any more. No report reads them but the JSON one; a review store's snapshots read the
  // cited claims' speakers and words.
  bool cited_claim_details = true;
  // false: facts of a single claim are dropped once their story's findings are made (the
  // detectors read them; of the reports only the HTML one lists them). Up to one per claim.
  bool single_facts = true;
  // false: a story's entities that no cited claim names (as speaker, subject or entity)
  // are dropped once its findings are made. Only the JSON report lists entities; the
  // others name none but, through a review store, the speakers of cited claims.
  bool entities = true;
  // false: documents no finding cites lose their text, offsets, paragraphs and sentences
  // once their story's findings are made (only the JSON and HTML reports show the text of
  // every document; the others, the sentences of cited claims). Inline suppressions stay.
  bool texts = true;
  // false: no fact is kept once its story's findings and stands are made (only the JSON
  // and HTML reports list facts).
  bool facts = true;
  // false: a story's links are freed once its findings are made (the detectors read them;
  // no report lists them).
  bool links = true;
  // false (with links and facts false, which name claims): once a story's findings are
  // made, the claims no finding cites are dropped and only counted
  // (Analysis::dropped_claims); the others are renumbered, in the same order. Only the JSON
  // and HTML reports show claims no finding cites (and claim numbers). Ignored with
  // split_align_detect, which numbers every claim before any story is compared.
  bool uncited_claims = true;
  // Called with (documents done, documents in all) during extraction, from one thread at a
  // time and with `done` increasing; may be empty.
  std::function<void(size_t, size_t)> progress;
  // false (the default): each story is normalised, aligned and detected as soon as its
  // documents are extracted, on the thread that extracted the last of them, so only the
  // stories in flight hold their whole claims, compared pairs and single-claim facts.
  // true: every document is extracted, then every story normalised, aligned ("align")
  // and only then detected ("detect"), so bench/ can time the stages apart, at the cost
  // of holding all of them. The output is the same either way.
  bool split_align_detect = false;
  // Called when a stage starts (finished == false) and when it ends (true): "ingest",
  // "segment", "stories", then "extract+compare" (findings, the default), or "extract"
  // and "normalize" followed by "align" and "detect" (split_align_detect) or nothing
  // (Stop::Claims). bench/ measures each stage with it; may be empty.
  std::function<void(std::string_view stage, bool finished)> on_stage;
};

// Where a run stops.
enum class Stop { Claims, Findings };

// Loads the rules from `dir`, or the built-in copy when `dir` is empty.
rules::LoadResult load_rules(const std::optional<std::string>& dir);

class Engine {
 public:
  // Loads and compiles the rules once. Throws UsageError naming every broken rule.
  // Starts a second thread that compiles the rules' capture regexes and builds the aligner
  // and the detectors; the align stage (or the destructor) waits for it.
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

  // For a command that is about to exit: waits for the engine's background work, keeps
  // its largest parts (the rule set, the aligner) reachable from a static until the
  // process ends instead of freeing them, and destroys the rest. Freeing them cost 3% of
  // a short run (docs/performance.md). Call from one thread, after the output is written.
  static void keep_until_exit(std::unique_ptr<Engine> engine);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cc::pipeline
