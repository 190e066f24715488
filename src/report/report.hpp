// Report writers: one function per format over the same Analysis. The core never
// includes a writer; the CLI picks one (docs/report-formats.md describes each format).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace cc::report {

// What a writer needs besides the analysis.
struct Meta {
  std::string tool_version = CROSSCHECK_VERSION;  // "0.1.0"
  // Findings at or above this level fail the run (JUnit failures); nullopt: none do.
  std::optional<Level> fail_on = Level::Contradiction;
};

// JSON report, schema "crosscheck.report/1" (docs/report-formats.md). Deterministic.
std::string to_json(const Analysis& analysis, const Meta& meta = {});
// Markdown report for people (pull-request comments, chat).
std::string to_markdown(const Analysis& analysis, const Meta& meta = {});
// One self-contained HTML page (no network, no external assets) from the built-in
// templates in src/report/templates/. Every piece of source text is escaped.
std::string to_html(const Analysis& analysis, const Meta& meta = {});
// SARIF 2.1.0 for code scanning: the main evidence is the result's location, the other
// evidence its related locations; partialFingerprints carry the finding id.
std::string to_sarif(const Analysis& analysis, const Meta& meta = {});
// GitHub Actions workflow commands (`::error file=...::message`), one line per finding.
std::string to_github(const Analysis& analysis, const Meta& meta = {});
// JUnit XML: one test case per finding, failed when at or above Meta::fail_on.
std::string to_junit(const Analysis& analysis, const Meta& meta = {});
// Compiler-style diagnostics for terminals and hooks: `path:line:col: error: ...`.
std::string to_text(const Analysis& analysis, const Meta& meta = {});

// The claims alone (`crosscheck extract`).
std::string claims_to_json(const Analysis& analysis, const Meta& meta = {});
std::string claims_to_markdown(const Analysis& analysis, const Meta& meta = {});

// Report formats by their command-line names.
enum class Format : uint8_t { Markdown, HTML, JSON, SARIF, GitHub, JUnit, Text };
// "md", "html", "json", "sarif", "github", "junit", "text"
std::string_view format_name(Format format);
std::optional<Format> parse_format(std::string_view name);
// Every format name, in the order above.
std::vector<std::string> format_names();
// Runs the writer for `format`.
std::string write(Format format, const Analysis& analysis, const Meta& meta = {});

// Receives a report piece by piece, in order.
using Sink = std::function<void(std::string_view)>;
// The same bytes as write(), handed to `sink` as they are made: no report is held whole
// in memory (the JSON one is many times its input's size).
void write(Format format, const Analysis& analysis, const Meta& meta, const Sink& sink);
// The same bytes as the writers above, streamed.
void to_json(const Analysis& analysis, const Meta& meta, const Sink& sink);
void to_markdown(const Analysis& analysis, const Meta& meta, const Sink& sink);
void to_html(const Analysis& analysis, const Meta& meta, const Sink& sink);
void to_sarif(const Analysis& analysis, const Meta& meta, const Sink& sink);
void to_github(const Analysis& analysis, const Meta& meta, const Sink& sink);
void to_junit(const Analysis& analysis, const Meta& meta, const Sink& sink);
void to_text(const Analysis& analysis, const Meta& meta, const Sink& sink);
void claims_to_json(const Analysis& analysis, const Meta& meta, const Sink& sink);

}  // namespace cc::report
