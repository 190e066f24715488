// Subcommands of the crosscheck CLI. Each file registers its own subcommand(s); main.cpp
// only parses and maps errors to exit codes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cc {
struct Analysis;
namespace pipeline {
struct Options;
}
namespace report {
struct Meta;
}
}  // namespace cc

namespace cc::cli {

// Exit codes (docs/cli.md): nothing at or above --fail-on, findings at or above it, or
// a usage / input error.
enum ExitCode : int { kOk = 0, kFindings = 1, kError = 2 };

// Registered commands set this to the work to do after parsing.
using Action = std::function<int()>;

void register_compare(CLI::App& app, Action& action);
void register_check(CLI::App& app, Action& action);
void register_extract(CLI::App& app, Action& action);
void register_rules(CLI::App& app, Action& action);
void register_review(CLI::App& app, Action& action);

// Writes `content` to `path` atomically, or to stdout when `path` is empty or "-".
void emit(const std::optional<std::string>& path, const std::string& content);

// Options shared by every command that runs the pipeline (compare.cpp).
struct RunOptions {
  std::string format;
  std::optional<std::string> output;
  std::optional<std::string> rules;
  std::optional<std::string> published;
  std::string fail_on = "contradiction";
  bool within_source = false;
  unsigned jobs = 0;  // 0: default_jobs()
  uint64_t max_input_size = 64ULL << 20;
  bool quiet = false;
  std::optional<std::string> store;  // review store whose verdicts the report shows
};
// Threads used when -j is not given: the hardware threads, at most 8.
unsigned default_jobs();
// Adds --rules, --published, -j, --max-input-size and -q.
void add_pipeline_options(CLI::App& command, RunOptions& options);
// Adds -o and the pipeline options.
void add_run_options(CLI::App& command, RunOptions& options);
// Adds -f/--format over every report format, and --fail-on.
void add_report_options(CLI::App& command, RunOptions& options);
pipeline::Options pipeline_options(const RunOptions& options);
report::Meta report_meta(const RunOptions& options);
// Renders the analysis in options.format and writes it to options.output (or stdout).
void emit_report(const RunOptions& options, const Analysis& analysis);
// kFindings when a finding is at or above --fail-on, else kOk.
// 1 when a finding at or above `fail_on` is not dismissed in the review store, else 0.
int exit_code(const Analysis& analysis, const std::string& fail_on);
// With --store: puts each finding's verdict on it and says on stderr how many are reviewed.
void apply_store(const RunOptions& options, Analysis& analysis);

}  // namespace cc::cli
