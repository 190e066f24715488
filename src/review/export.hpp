// Exports of a review store: the reviewed findings as JSON, and the confirmed ones as
// schema.org ClaimReview (JSON-LD) for fact-check publishing.
#pragma once

#include <string>

#include "core/model.hpp"
#include "review/store.hpp"

namespace cc::review {

struct ExportOptions {
  // Address of the page publishing the fact checks; each ClaimReview gets `url#<finding id>`.
  // Empty: no url property.
  std::string url;
};

struct ExportResult {
  std::string text;     // the document, ending in a newline
  size_t written = 0;   // entries written
  size_t left_out = 0;  // verdicts that qualified but could not be exported (see each function)
};

// Every finding with a verdict, ordered by id (schema "crosscheck.review/1", docs/review.md):
// the current verdict, the finding as it was reviewed, and the full history. With a run's
// `analysis` (annotated), each entry also says whether it is current, stale or resolved.
ExportResult export_json(const Store& store, const Analysis* analysis = nullptr);

// A JSON array of ClaimReview objects, one per finding whose current verdict is confirmed.
// With a run's `analysis`, confirmed findings that are stale or resolved are left out (the
// claim reviewed is no longer what the sources say). Verdicts recorded without their
// finding's text (`review mark` with no session and no paths) are left out too.
ExportResult export_claimreview(const Store& store, const Analysis* analysis = nullptr,
                                const ExportOptions& options = {});

}  // namespace cc::review
