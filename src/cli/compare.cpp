// `crosscheck compare` and `crosscheck extract`.
#include <CLI/CLI.hpp>

#include <unistd.h>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "review/annotate.hpp"

namespace cc::cli {

namespace {

// Options shared by every command that runs the pipeline.
struct RunOptions {
  std::vector<std::string> paths;
  std::string format;
  std::optional<std::string> output;
  std::optional<std::string> rules;
  std::optional<std::string> published;
  std::string fail_on = "contradiction";
  bool within_source = false;
  unsigned jobs = 1;
  uint64_t max_input_size = 64ULL << 20;
  bool quiet = false;
  std::optional<std::string> store;  // review store whose verdicts the report shows
};

void add_common(CLI::App& command, RunOptions& options) {
  command
      .add_option("paths", options.paths,
                  "Articles or folders of articles (.txt .md .html .json .jsonl)")
      ->required();
  command.add_option("-o,--output", options.output,
                     "Write the report to FILE (atomically) instead of stdout");
  command.add_option("--rules", options.rules,
                     "Use the rules in DIR instead of the built-in rules");
  command.add_option("--published", options.published,
                     "Publication date (YYYY-MM-DD) for sources that carry none");
  command
      .add_option("-j,--jobs", options.jobs,
                  "Threads for extraction (output is identical for any N)")
      ->check(CLI::Range(1u, 256u));
  command
      .add_option("--max-input-size", options.max_input_size,
                  "Refuse input files larger than BYTES (default 64 MiB)")
      ->check(CLI::PositiveNumber);
  command.add_flag("-q,--quiet", options.quiet, "No progress on stderr");
}

pipeline::Options pipeline_options(const RunOptions& options) {
  pipeline::Options out;
  out.rules_dir = options.rules;
  out.within_source = options.within_source;
  out.jobs = options.jobs;
  out.ingest.max_input_size = options.max_input_size;
  if (options.published) {
    out.ingest.published = parse_date(*options.published);
    if (!out.ingest.published) {
      throw UsageError("--published: expected a date as YYYY-MM-DD, got '" + *options.published +
                       "'");
    }
  }
  if (!options.quiet && ::isatty(STDERR_FILENO)) {
    out.progress = [](size_t done, size_t all) {
      if (all < 20) return;
      if (done % 10 == 0 || done == all) {
        std::cerr << "\rcrosscheck: extracted " << done << " of " << all << " documents"
                  << (done == all ? "\n" : "") << std::flush;
      }
    };
  }
  return out;
}

int exit_code(const Analysis& analysis, const std::string& fail_on) {
  if (fail_on == "never") return kOk;
  Level threshold = *parse_level(fail_on);
  for (const Finding& finding : analysis.findings) {
    if (finding.level >= threshold && !review::is_dismissed(finding)) return kFindings;
  }
  return kOk;
}

}  // namespace

void register_compare(CLI::App& app, Action& action) {
  auto options = std::make_shared<RunOptions>();
  options->format = "md";
  CLI::App* command =
      app.add_subcommand("compare", "Compare articles about one event and report discrepancies");
  add_common(*command, *options);
  command->add_option("-f,--format", options->format, "Report format")
      ->check(CLI::IsMember({"md", "json"}));
  command
      ->add_option("--fail-on", options->fail_on,
                   "Exit 1 when a finding is at or above this level (default: contradiction)")
      ->check(CLI::IsMember({"contradiction", "divergence", "note", "never"}));
  command->add_flag("--within-source", options->within_source,
                    "Also compare claims made inside one source with each other");
  command->add_option("--store", options->store,
                      "Show the verdicts of this review store (docs/review.md)");
  command->footer(
      "Examples:\n"
      "  crosscheck compare seeds/\n"
      "  crosscheck compare wire.txt draft.md --format json -o report.json\n"
      "  crosscheck compare story/ --published 2025-08-18 --fail-on divergence");
  command->callback([options, &action]() {
    action = [options]() {
      pipeline::Engine engine(pipeline_options(*options));
      Analysis analysis = engine.analyze(options->paths);
      if (options->store) {
        auto verdicts = review::annotate(*options->store, analysis);
        if (!options->quiet) std::cerr << "crosscheck: " << review::describe(verdicts) << "\n";
      }
      emit(options->output,
           options->format == "json" ? report::to_json(analysis) : report::to_markdown(analysis));
      return exit_code(analysis, options->fail_on);
    };
  });
}

void register_extract(CLI::App& app, Action& action) {
  auto options = std::make_shared<RunOptions>();
  options->format = "json";
  CLI::App* command =
      app.add_subcommand("extract", "List the claims each article makes (no comparison)");
  add_common(*command, *options);
  command->add_option("-f,--format", options->format, "Output format")
      ->check(CLI::IsMember({"json", "md"}));
  command->footer(
      "Examples:\n"
      "  crosscheck extract article.txt\n"
      "  crosscheck extract story/ --format md");
  command->callback([options, &action]() {
    action = [options]() {
      pipeline::Engine engine(pipeline_options(*options));
      Analysis analysis = engine.analyze(options->paths, pipeline::Stop::Claims);
      emit(options->output, options->format == "md" ? report::claims_to_markdown(analysis)
                                                    : report::claims_to_json(analysis));
      return kOk;
    };
  });
}

}  // namespace cc::cli
