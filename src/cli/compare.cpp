// `crosscheck compare` and `crosscheck extract`, and the options every pipeline command shares.
#include <CLI/CLI.hpp>

#include <unistd.h>
#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>

#include "check/check.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/output.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "review/annotate.hpp"

namespace cc::cli {

unsigned default_jobs() {
  // More threads than this hold more stories in memory at once for little gain on the
  // sizes crosscheck is run on (docs/cli.md).
  constexpr unsigned kMostJobs = 8;
  return std::clamp(std::thread::hardware_concurrency(), 1u, kMostJobs);
}

void add_pipeline_options(CLI::App& command, RunOptions& options) {
  command
      .add_option("--rules", options.rules, "Use the rules in DIR instead of the built-in rules")
      ->type_name("DIR");
  command
      .add_option("--published", options.published,
                  "Publication date (YYYY-MM-DD) for sources that carry none")
      ->type_name("DATE");
  command
      .add_option("-j,--jobs", options.jobs,
                  "Threads for extraction and stories (default: the hardware threads, at most "
                  "8; output is identical for any N)")
      ->check(CLI::Range(1u, 256u));
  command
      .add_option("--max-input-size", options.max_input_size,
                  "Refuse input files larger than BYTES (default 64 MiB)")
      ->check(CLI::PositiveNumber)
      ->type_name("BYTES");
  command.add_flag("-q,--quiet", options.quiet, "No progress or notes on stderr");
}

void add_run_options(CLI::App& command, RunOptions& options) {
  command
      .add_option("-o,--output", options.output,
                  "Write the report to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  add_pipeline_options(command, options);
}

void add_report_options(CLI::App& command, RunOptions& options) {
  command
      .add_option("-f,--format", options.format,
                  "Report format: md, html, json, sarif, github (workflow annotations), junit, "
                  "text (compiler-style lines)")
      ->check(CLI::IsMember(report::format_names()))
      ->type_name("FORMAT");
  command
      .add_option("--fail-on", options.fail_on,
                  "Exit 1 when a finding is at or above this level (default: contradiction)")
      ->check(CLI::IsMember({"contradiction", "divergence", "note", "never"}))
      ->type_name("LEVEL");
  command
      .add_option("--store", options.store,
                  "Show the verdicts of this review store; dismissed findings never fail the run "
                  "(docs/review.md)")
      ->type_name("FILE");
}

pipeline::Options pipeline_options(const RunOptions& options) {
  pipeline::Options out;
  out.rules_dir = options.rules;
  out.within_source = options.within_source;
  out.jobs = options.jobs != 0 ? options.jobs : default_jobs();
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

report::Meta report_meta(const RunOptions& options) {
  report::Meta meta;
  meta.fail_on = options.fail_on == "never" ? std::nullopt : parse_level(options.fail_on);
  return meta;
}

void emit_report(const RunOptions& options, const Analysis& analysis) {
  report::Format format = report::parse_format(options.format).value_or(report::Format::Markdown);
  // Streamed into the output file (renamed into place once complete): a JSON report is
  // many times its input's size and is never held whole in memory.
  OutputFile out(options.output.value_or(""));
  report::write(format, analysis, report_meta(options),
                [&](std::string_view piece) { out.write(piece); });
  out.commit();
}

int exit_code(const Analysis& analysis, const std::string& fail_on) {
  if (fail_on == "never") return kOk;
  Level threshold = *parse_level(fail_on);
  for (const Finding& finding : analysis.findings) {
    if (finding.level >= threshold && !review::is_dismissed(finding)) return kFindings;
  }
  return kOk;
}

void apply_store(const RunOptions& options, Analysis& analysis) {
  if (!options.store) return;
  auto verdicts = review::annotate(*options.store, analysis);
  if (!options.quiet) std::cerr << "crosscheck: " << review::describe(verdicts) << "\n";
}

namespace {

void warn_unused(const Analysis& analysis, const check::SuppressionResult& result, bool quiet) {
  if (quiet) return;
  for (const auto& [document, directive] : result.unused) {
    std::cerr << analysis.documents[document].path << ":" << directive.directive_line
              << ": warning: crosscheck-disable-next-line " << directive.type
              << " silences no finding on line " << directive.line << "\n";
  }
}

}  // namespace

void register_compare(CLI::App& app, Action& action) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto options = std::make_shared<RunOptions>();
  options->format = "md";
  CLI::App* command =
      app.add_subcommand("compare", "Compare articles about one event and report discrepancies");
  command
      ->add_option("paths", *paths, "Articles or folders of articles (.txt .md .html .json .jsonl)")
      ->required()
      ->type_name("PATH");
  add_report_options(*command, *options);
  add_run_options(*command, *options);
  command->add_flag("--within-source", options->within_source,
                    "Also compare claims made inside one source with each other");
  command->footer(
      "Inline `<!-- crosscheck-disable-next-line TYPE: reason -->` comments in .md and .html\n"
      "sources silence the findings on the next line; the report lists them as suppressed.\n"
      "\n"
      "Examples:\n"
      "  crosscheck compare seeds/\n"
      "  crosscheck compare seeds/ --format html -o report.html\n"
      "  crosscheck compare wire.txt draft.md --format json -o report.json\n"
      "  crosscheck compare story/ --published 2025-08-18 --fail-on divergence");
  command->callback([paths, options, &action]() {
    action = [paths, options]() {
      pipeline::Options run_options = pipeline_options(*options);
      // Only the JSON report lists every claim whole; the others read the cited ones.
      run_options.claim_details = options->format == "json";
      run_options.pack_claim_details = run_options.claim_details;
      // No report reads a claim's detail but the JSON one; the review store's snapshots read
      // those of the cited claims.
      run_options.cited_claim_details = run_options.claim_details || options->store.has_value();
      // Only the HTML report lists the facts a single claim states.
      run_options.single_facts = options->format == "html";
      // Only the JSON and HTML reports list facts; no report lists the links.
      run_options.facts = options->format == "json" || options->format == "html";
      run_options.links = false;
      // Only the JSON and HTML reports show claims that no finding cites.
      run_options.uncited_claims = options->format == "json" || options->format == "html";
      // Only the JSON and HTML reports show text that no finding cites.
      run_options.texts = options->format == "json" || options->format == "html";
      // Only the JSON report lists entities; the review store names cited speakers.
      run_options.entities = options->format == "json" || options->store.has_value();
      auto engine = std::make_unique<pipeline::Engine>(std::move(run_options));
      Analysis analysis = engine->analyze(*paths);
      warn_unused(analysis, check::apply_suppressions(analysis), options->quiet);
      apply_store(*options, analysis);
      emit_report(*options, analysis);
      pipeline::Engine::keep_until_exit(std::move(engine));
      return exit_code(analysis, options->fail_on);
    };
  });
}

void register_extract(CLI::App& app, Action& action) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto options = std::make_shared<RunOptions>();
  options->format = "json";
  CLI::App* command =
      app.add_subcommand("extract", "List the claims each article makes (no comparison)");
  command
      ->add_option("paths", *paths, "Articles or folders of articles (.txt .md .html .json .jsonl)")
      ->required();
  command->add_option("-f,--format", options->format, "Output format")
      ->check(CLI::IsMember({"json", "md"}));
  add_run_options(*command, *options);
  command->footer(
      "Examples:\n"
      "  crosscheck extract article.txt\n"
      "  crosscheck extract story/ --format md");
  command->callback([paths, options, &action]() {
    action = [paths, options]() {
      auto engine = std::make_unique<pipeline::Engine>(pipeline_options(*options));
      Analysis analysis = engine->analyze(*paths, pipeline::Stop::Claims);
      OutputFile out(options->output.value_or(""));
      if (options->format == "md") {
        out.write(report::claims_to_markdown(analysis));
      } else {
        report::claims_to_json(analysis, {}, [&](std::string_view piece) { out.write(piece); });
      }
      out.commit();
      pipeline::Engine::keep_until_exit(std::move(engine));
      return kOk;
    };
  });
}

}  // namespace cc::cli
