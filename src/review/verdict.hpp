// Review verdicts: what a fact-checker decided about one finding, and the evidence they saw.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace cc::review {

// A reviewer's decision on a finding.
enum class Verdict : uint8_t { Confirmed, Dismissed, NeedsSource };

// "confirmed", "dismissed", "needs-source".
std::string_view to_string(Verdict verdict);
// The inverse of to_string; nullopt for anything else.
std::optional<Verdict> parse_verdict(std::string_view text);

// One verdict as stored: a row of the history. The current verdict on a finding is the
// one with the highest row.
struct Record {
  int64_t row = 0;                       // store row id; later rows supersede earlier ones
  std::string finding;                   // Finding::id (16 hex digits)
  Verdict verdict = Verdict::Confirmed;  // the decision
  std::string note;                      // free text; may be empty
  std::string reviewer;                  // who decided
  std::string at;                        // when, UTC ISO-8601 ("2025-08-18T14:03:22Z")
  std::string evidence;  // evidence_text() when the verdict was given; empty when unknown
  std::string snapshot;  // snapshot() of the finding then (JSON); empty when unknown
};

// The current time as UTC ISO-8601 with seconds ("2025-08-18T14:03:22Z").
std::string utc_now();

// True for a finding id: exactly 16 lower-case hex digits.
bool is_finding_id(std::string_view text);

// The text a verdict was given on: each evidence claim's whole sentence, in evidence order,
// one per line. When it changes while the finding id stays, the verdict is stale.
std::string evidence_text(const Analysis& analysis, const Finding& finding);

// A self-contained JSON description of the finding (level, type, summary, explanation, and
// per evidence claim its source, speaker, claim text and sentence), so that a verdict can be
// shown and exported after the sources changed.
std::string snapshot(const Analysis& analysis, const Finding& finding);

// The summary line kept in a snapshot; empty when there is none.
std::string snapshot_summary(std::string_view snapshot);

// The reviewer name to use when none is given: $USER, else "unknown".
std::string default_reviewer();

}  // namespace cc::review
