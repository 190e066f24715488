// Report writers: one function per format over the same Analysis. The core never
// includes a writer; the CLI picks one.
#pragma once

#include <string>

#include "core/model.hpp"

namespace cc::report {

// What a writer needs besides the analysis.
struct Meta {
  std::string tool_version = CROSSCHECK_VERSION;  // "0.1.0"
};

// JSON report, schema "crosscheck.report/1" (docs/report-schema.md). Deterministic.
std::string to_json(const Analysis& analysis, const Meta& meta = {});
// Markdown report for people (pull-request comments, chat).
std::string to_markdown(const Analysis& analysis, const Meta& meta = {});

// The claims alone (`crosscheck extract`).
std::string claims_to_json(const Analysis& analysis, const Meta& meta = {});
std::string claims_to_markdown(const Analysis& analysis, const Meta& meta = {});

}  // namespace cc::report
