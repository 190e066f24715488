// `crosscheck rules test` and `crosscheck rules lint`.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "pipeline/pipeline.hpp"
#include "ruleengine/rule_tests.hpp"

namespace cc::cli {

namespace {

std::optional<std::string> as_dir(const std::string& dir) {
  return dir.empty() ? std::nullopt : std::optional<std::string>(dir);
}

std::string describe(const std::string& dir) {
  return dir.empty() ? "the built-in rules" : dir;
}

}  // namespace

void register_rules(CLI::App& app, Action& action) {
  CLI::App* rules = app.add_subcommand("rules", "Check and test rule packs");
  rules->require_subcommand(1);

  auto test_dir = std::make_shared<std::string>();
  CLI::App* test = rules->add_subcommand("test", "Run every pack's annotated example sentences");
  test->add_option("dir", *test_dir, "Rules folder (default: the built-in rules)");
  test->footer("Example:\n  crosscheck rules test rules/");
  test->callback([test_dir, &action]() {
    action = [test_dir]() {
      rules::LoadResult loaded = pipeline::load_rules(as_dir(*test_dir));
      for (const auto& error : loaded.errors) std::cerr << error.format() << "\n";
      if (!loaded.rules) {
        std::cerr << "crosscheck: " << loaded.errors.size() << " rule error(s) in "
                  << describe(*test_dir) << "; fix them first (`crosscheck rules lint`)\n";
        return static_cast<int>(kError);
      }
      rules::TestReport report = rules::run_tests(*loaded.rules);
      for (const auto& failure : report.failures) std::cout << "FAIL " << failure.format() << "\n";
      int checks = 0;
      for (const auto& pack : report.packs) {
        std::cout << pack.pack << ": " << pack.cases << " sentences, " << pack.checks << " checks, "
                  << pack.failed << " failed, " << pack.stories << " stories\n";
        checks += pack.checks;
      }
      std::cout << (report.ok() ? "ok" : "FAILED") << ": " << report.packs.size() << " packs, "
                << checks << " checks, " << report.failures.size() << " failures\n";
      return report.ok() ? static_cast<int>(kOk) : static_cast<int>(kFindings);
    };
  });

  auto lint_dir = std::make_shared<std::string>();
  CLI::App* lint =
      rules->add_subcommand("lint", "Report every broken rule at once (file:line:column)");
  lint->add_option("dir", *lint_dir, "Rules folder (default: the built-in rules)");
  lint->footer("Example:\n  crosscheck rules lint my-rules/");
  lint->callback([lint_dir, &action]() {
    action = [lint_dir]() {
      rules::LoadResult loaded = pipeline::load_rules(as_dir(*lint_dir));
      for (const auto& error : loaded.errors) std::cout << error.format() << "\n";
      for (const auto& warning : loaded.warnings)
        std::cout << "warning: " << warning.format() << "\n";
      if (loaded.rules) {
        // A trigger missing from a sentence its rule must match would hide those matches.
        for (auto& problem : rules::check_triggers(*loaded.rules)) {
          std::cout << problem.format() << "\n";
          loaded.errors.push_back(std::move(problem));
        }
      }
      if (!loaded.errors.empty()) {
        std::cout << loaded.errors.size() << " error(s) in " << describe(*lint_dir) << "\n";
        return static_cast<int>(kFindings);
      }
      size_t count = 0;
      for (const auto& pack : loaded.rules->packs()) count += pack.rules().size();
      std::cout << "ok: " << loaded.rules->packs().size() << " packs, " << count << " rules in "
                << describe(*lint_dir) << "\n";
      return static_cast<int>(kOk);
    };
  });
}

}  // namespace cc::cli
