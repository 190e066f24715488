#include <CLI/CLI.hpp>

#include <iostream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/output.hpp"

namespace cc::cli {

void emit(const std::optional<std::string>& path, const std::string& content) {
  if (!path || path->empty() || *path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  write_file_atomically(*path, content);
}

namespace {

int run(int argc, char** argv) {
  CLI::App app{"crosscheck " CROSSCHECK_VERSION
               " - checks news sources against each other: where they contradict, where a "
               "quote was worded differently, what only one source says.",
               "crosscheck"};
  app.require_subcommand(1);
  app.set_version_flag("--version", CROSSCHECK_VERSION);
  app.footer(
      "Examples:\n"
      "  crosscheck compare seeds/                      Markdown report of a folder of articles\n"
      "  crosscheck compare a.txt b.html -f html -o r.html  one self-contained HTML page\n"
      "  crosscheck check draft.md --against wires/      CI check: findings in the draft only\n"
      "  crosscheck extract story.md --format md         the claims of one article\n"
      "  crosscheck rules lint my-rules/                 every broken rule at once\n"
      "\n"
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input "
      "error.\n"
      "Docs: docs/cli.md");
  Action action;
  register_compare(app, action);
  register_check(app, action);
  register_extract(app, action);
  register_rules(app, action);
  register_review(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kError;
  }
  try {
    return action ? action() : kError;
  } catch (const InputError& e) {
    std::cerr << "crosscheck: error: " << e.what() << "\n";
  } catch (const UsageError& e) {
    std::cerr << "crosscheck: error: " << e.what() << "\n";
  } catch (const std::bad_alloc&) {
    std::cerr << "crosscheck: error: out of memory (try --max-input-size or fewer inputs)\n";
  } catch (const std::exception& e) {
    std::cerr << "crosscheck: internal error: " << e.what() << "\n";
  }
  return kError;
}

}  // namespace
}  // namespace cc::cli

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // Blocks of 256 KiB and more get a mapping of their own, handed back when freed. glibc's
  // default threshold rises to the size of every large block freed (up to 32 MiB); past
  // that, a story's claim and sentence vectors come from the heaps, where what they leave
  // stays resident beside the report's findings: 2 MB of a 50 MB pile's peak on two threads,
  // at the same CPU time (docs/performance.md).
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
  return cc::cli::run(argc, argv);
}
