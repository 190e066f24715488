// `crosscheck review`: the fact-checker's session over a run's findings, and the commands
// scripts use on the same review store (mark, export). docs/review.md.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "pipeline/pipeline.hpp"
#include "review/export.hpp"
#include "review/session.hpp"
#include "review/terminal.hpp"
#include "review/web.hpp"

namespace cc::cli {

namespace {

constexpr const char* kDefaultStoreName = ".crosscheck-review.db";

struct ReviewOptions {
  std::vector<std::string> paths;
  RunOptions run;  // rules, published, jobs, size limit, quiet, the store; -o for export
  std::string reviewer = review::default_reviewer();
  bool web = false;
  uint16_t port = 0;
  // mark
  std::string finding;
  std::string verdict;
  std::string note;
  // export
  std::string format = "json";
  std::string url;
};

// The store beside the story: in the folder given first, or beside the first file.
std::string store_path(const ReviewOptions& options) {
  if (options.run.store) return *options.run.store;
  if (options.paths.empty()) {
    throw UsageError("review: give --store FILE, or the story's paths to use the store beside it");
  }
  std::filesystem::path first(options.paths.front());
  std::filesystem::path folder = std::filesystem::is_directory(first) ? first : first.parent_path();
  return (folder / kDefaultStoreName).string();
}

Analysis run_pipeline(const ReviewOptions& options) {
  pipeline::Engine engine(pipeline_options(options.run));
  return engine.analyze(options.paths);
}

void add_story_options(CLI::App& command, ReviewOptions& options) {
  add_pipeline_options(command, options.run);
  command.add_flag("--within-source", options.run.within_source,
                   "Also compare claims made inside one source with each other");
}

void add_store_option(CLI::App& command, ReviewOptions& options) {
  command.add_option("--store", options.run.store,
                     std::string("Review store (SQLite file); default: ") + kDefaultStoreName +
                         " in the story's folder");
}

void add_reviewer_option(CLI::App& command, ReviewOptions& options) {
  command.add_option("--reviewer", options.reviewer,
                     "Name recorded with each verdict (default: $USER)");
}

int run_session(const ReviewOptions& options) {
  if (options.paths.empty()) throw UsageError("review: give the story's paths (files or folders)");
  Analysis analysis = run_pipeline(options);
  review::Store store(store_path(options));
  review::Review review(std::move(analysis), store, options.reviewer);
  if (options.web) {
    review::serve_web(review, options.port, std::cerr);
    return kOk;
  }
  review::Session session(review);
  if (review::can_run_full_screen()) {
    std::cerr << "crosscheck: verdicts are written to " << store.path() << "\n";
    review::run_full_screen(session);
    std::cerr << "crosscheck: " << review.progress() << " (" << store.path() << ")\n";
  } else {
    review::run_lines(session, std::cin, std::cout, ::isatty(STDIN_FILENO) ? &std::cerr : nullptr);
  }
  return kOk;
}

int run_mark(const ReviewOptions& options) {
  if (!review::is_finding_id(options.finding)) {
    throw UsageError("review mark: '" + options.finding +
                     "' is not a finding id (16 hex digits, as in the reports)");
  }
  review::Record record;
  record.finding = options.finding;
  record.verdict = *review::parse_verdict(options.verdict);
  record.note = options.note;
  record.reviewer = options.reviewer;
  if (!options.paths.empty()) {
    // With the story, the finding must exist, and its evidence is kept with the verdict.
    Analysis analysis = run_pipeline(options);
    auto it = std::find_if(analysis.findings.begin(), analysis.findings.end(),
                           [&](const Finding& f) { return f.id == options.finding; });
    if (it == analysis.findings.end()) {
      throw UsageError("review mark: no finding " + options.finding + " in these sources");
    }
    record.evidence = review::evidence_text(analysis, *it);
    record.snapshot = review::snapshot(analysis, *it);
  }
  review::Store store(store_path(options));
  store.add(record);
  return kOk;
}

int run_export(const ReviewOptions& options) {
  review::Store store(store_path(options), review::Store::Open::MustExist);
  std::optional<Analysis> analysis;
  if (!options.paths.empty()) {
    analysis = run_pipeline(options);
    review::annotate(store, *analysis);
  }
  const Analysis* run = analysis ? &*analysis : nullptr;
  review::ExportResult result =
      options.format == "claimreview"
          ? review::export_claimreview(store, run, review::ExportOptions{options.url})
          : review::export_json(store, run);
  if (result.left_out) {
    std::cerr << "crosscheck: left out " << result.left_out
              << " confirmed verdict(s): stale, resolved by source change, or recorded without "
                 "the finding's text\n";
  }
  emit(options.run.output, result.text);
  return kOk;
}

}  // namespace

void register_review(CLI::App& app, Action& action) {
  auto options = std::make_shared<ReviewOptions>();
  CLI::App* command = app.add_subcommand(
      "review", "Work through the findings and record verdicts that persist (docs/review.md)");
  command->add_option("paths", options->paths, "Articles or folders of articles");
  add_store_option(*command, *options);
  add_reviewer_option(*command, *options);
  add_story_options(*command, *options);
  command->add_flag("--web", options->web,
                    "Review in the browser: serve the session on 127.0.0.1 with an access token");
  command->add_option("--port", options->port, "Port for --web (default: any free port)");
  command->footer(
      "Examples:\n"
      "  crosscheck review story/                          full-screen session in the terminal\n"
      "  crosscheck review story/ --web                    the same in the browser\n"
      "  printf 'c checked AP\\nq\\n' | crosscheck review story/   one command a line\n"
      "  crosscheck review mark 0b1fb477fbd1bbbe dismissed --note 'same words' --store s.db\n"
      "  crosscheck review export --format claimreview --store s.db story/");
  command->callback([options, &action, command]() {
    if (command->get_subcommands().empty()) action = [options]() { return run_session(*options); };
  });

  CLI::App* mark = command->add_subcommand("mark", "Record a verdict on one finding (for scripts)");
  mark->add_option("finding", options->finding, "Finding id (16 hex digits)")->required();
  mark->add_option("verdict", options->verdict, "confirmed, dismissed or needs-source")
      ->required()
      ->check(CLI::IsMember({"confirmed", "dismissed", "needs-source"}));
  mark->add_option("paths", options->paths,
                   "The story: checks the finding exists and keeps its evidence with the verdict");
  mark->add_option("--note", options->note, "Note to record with the verdict");
  add_store_option(*mark, *options);
  add_reviewer_option(*mark, *options);
  add_story_options(*mark, *options);
  mark->callback([options, &action]() { action = [options]() { return run_mark(*options); }; });

  CLI::App* exporter =
      command->add_subcommand("export", "Write the reviewed findings as JSON or ClaimReview");
  exporter->add_option("paths", options->paths,
                       "The story: also tell whether each verdict is current, stale or resolved");
  exporter->add_option("--format", options->format, "json (default) or claimreview")
      ->check(CLI::IsMember({"json", "claimreview"}));
  exporter->add_option("-o,--output", options->run.output,
                       "Write to FILE (atomically) instead of stdout");
  exporter->add_option("--url", options->url,
                       "ClaimReview: address of the page publishing the fact checks");
  add_store_option(*exporter, *options);
  add_story_options(*exporter, *options);
  exporter->callback(
      [options, &action]() { action = [options]() { return run_export(*options); }; });
}

}  // namespace cc::cli
