// `crosscheck check DRAFT --against PATH...`: the CI check on a newsroom draft.
// Only findings the draft takes part in are reported, located in the draft; inline
// directives, a baseline and --changed-lines-from narrow them to what a change introduced.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "check/check.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/output.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "review/annotate.hpp"

namespace cc::cli {

namespace {

struct CheckOptions {
  std::string draft;
  std::vector<std::string> against;
  std::optional<std::string> baseline;
  std::optional<std::string> write_baseline;
  std::optional<std::string> changed_from;
};

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error) && !error;
}

// The draft first (s1), then the sources, without the draft itself when a folder given
// to --against contains it.
std::vector<Document> load_documents(const CheckOptions& check, const pipeline::Options& options) {
  std::vector<Document> draft = ingest::load({check.draft}, options.ingest);
  if (draft.size() != 1) {
    throw UsageError(check.draft + ": a draft must be one article, this holds " +
                     std::to_string(draft.size()));
  }
  std::vector<Document> documents = std::move(draft);
  for (Document& document : ingest::load(check.against, options.ingest)) {
    if (same_file(document.path.str(), documents.front().path.str())) continue;
    documents.push_back(std::move(document));
  }
  for (size_t i = 0; i < documents.size(); ++i) documents[i].id = ingest::document_id(i);
  return documents;
}

// One line on stderr saying what the check hid, so a quiet job log still explains itself.
void note(const CheckOptions& check, const Analysis& analysis, size_t inline_count,
          size_t baseline_count, std::optional<size_t> outside) {
  std::map<Level, size_t> by_level;
  for (const Finding& finding : analysis.findings) ++by_level[finding.level];
  std::cerr << "crosscheck check: " << check.draft << ": " << analysis.findings.size()
            << (analysis.findings.size() == 1 ? " finding" : " findings");
  std::string parts;
  for (Level level : {Level::Contradiction, Level::Divergence, Level::Note}) {
    if (by_level[level])
      parts += (parts.empty() ? "" : ", ") + std::to_string(by_level[level]) + " " +
               std::string(to_string(level)) + (by_level[level] == 1 ? "" : "s");
  }
  if (!parts.empty()) std::cerr << " (" << parts << ")";
  std::cerr << "; " << inline_count << " suppressed inline, " << baseline_count
            << " in the baseline";
  if (outside) std::cerr << ", " << *outside << " outside the changed lines";
  size_t dismissed = 0;
  for (const Finding& finding : analysis.findings) dismissed += review::is_dismissed(finding);
  if (dismissed) std::cerr << ", " << dismissed << " dismissed in review (they do not fail)";
  std::cerr << "\n";
}

int run_check(const CheckOptions& check, const RunOptions& options) {
  auto engine = std::make_unique<pipeline::Engine>(pipeline_options(options));
  Analysis analysis = engine->analyze(load_documents(check, engine->options()));
  const uint32_t draft = 0;
  check::keep_draft_findings(analysis, draft);

  check::SuppressionResult inline_result = check::apply_suppressions(analysis);
  if (!options.quiet) {
    for (const auto& [document, directive] : inline_result.unused) {
      if (document != draft) continue;
      std::cerr << analysis.documents[draft].path << ":" << directive.directive_line
                << ": warning: crosscheck-disable-next-line " << directive.type
                << " silences no finding on line " << directive.line << "\n";
    }
  }
  // A baseline written now records every finding left, and is applied at once: the run
  // that writes it passes, and later runs fail only on findings it does not hold.
  std::optional<check::Baseline> baseline;
  if (check.write_baseline) {
    std::string content = check::baseline_json(analysis);
    write_file_atomically(*check.write_baseline, content);
    baseline = check::parse_baseline(*check.write_baseline, content);
  } else if (check.baseline) {
    baseline = check::read_baseline(*check.baseline);
  }
  size_t baselined = baseline ? check::apply_baseline(analysis, *baseline) : 0;

  std::optional<size_t> outside;
  if (check.changed_from) {
    check::LineSet lines =
        check::changed_lines(*check.changed_from, analysis.documents[draft].path.str());
    outside = check::keep_changed(analysis, draft, lines);
  }
  apply_store(options, analysis);
  if (!options.quiet) note(check, analysis, inline_result.silenced, baselined, outside);
  emit_report(options, analysis);
  pipeline::Engine::keep_until_exit(std::move(engine));
  return exit_code(analysis, options.fail_on);
}

}  // namespace

void register_check(CLI::App& app, Action& action) {
  auto check = std::make_shared<CheckOptions>();
  auto options = std::make_shared<RunOptions>();
  options->format = "text";
  CLI::App* command = app.add_subcommand(
      "check", "Check a draft against sources: findings in the draft only, for CI and hooks");
  command->add_option("draft", check->draft, "The draft article (.txt .md .html .json)")
      ->required()
      ->type_name("DRAFT");
  command
      ->add_option("--against", check->against,
                   "Sources to check the draft against (files or folders), after the draft")
      ->required()
      ->expected(1, -1)
      ->type_name("PATH");
  add_report_options(*command, *options);
  add_run_options(*command, *options);
  command
      ->add_option("--baseline", check->baseline,
                   "Hide the findings recorded in FILE (accepted ones); only new ones fail")
      ->type_name("FILE");
  command
      ->add_option("--write-baseline", check->write_baseline,
                   "Record the current findings in FILE (atomically) and apply it")
      ->type_name("FILE");
  command
      ->add_option("--changed-lines-from", check->changed_from,
                   "Report only findings on lines of the draft changed since the git "
                   "revision REF")
      ->type_name("REF");
  command->footer(
      "A finding is silenced by a comment on the line before it in a .md or .html draft:\n"
      "  <!-- crosscheck-disable-next-line quote: checked against the recording -->\n"
      "\n"
      "Examples:\n"
      "  crosscheck check drafts/story.md --against wires/\n"
      "  crosscheck check drafts/story.md --against wires/ --format sarif -o crosscheck.sarif\n"
      "  crosscheck check drafts/story.md --against wires/ --write-baseline "
      "drafts/.crosscheck/story.json\n"
      "  crosscheck check drafts/story.md --against wires/ --baseline "
      "drafts/.crosscheck/story.json "
      "\\\n"
      "      --changed-lines-from origin/main --format github\n"
      "\n"
      "Docs: docs/ci.md");
  command->callback([check, options, &action]() {
    action = [check, options]() { return run_check(*check, *options); };
  });
}

}  // namespace cc::cli
