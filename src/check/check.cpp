// Draft filtering, inline suppressions and baselines.
#include "check/check.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/error.hpp"
#include "core/output.hpp"

namespace cc::check {

namespace {

void invert(std::vector<DiffToken>& diff) {
  for (DiffToken& token : diff) {
    if (token.op == DiffToken::Op::Delete) {
      token.op = DiffToken::Op::Insert;
    } else if (token.op == DiffToken::Op::Insert) {
      token.op = DiffToken::Op::Delete;
    }
  }
}

// Moves the findings for which `drop` is true to `into` (when given), keeping order. In
// place: a pile's findings are megabytes, and a second vector of them would be the peak.
template <typename Predicate>
size_t move_out(std::vector<Finding>& findings, std::vector<Finding>* into, Predicate drop) {
  size_t kept = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (drop(findings[i])) {
      if (into) into->push_back(std::move(findings[i]));
    } else if (kept++ != i) {
      findings[kept - 1] = std::move(findings[i]);
    }
  }
  size_t moved = findings.size() - kept;
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
  return moved;
}

void sort_suppressed(Analysis& analysis) {
  std::stable_sort(analysis.suppressed.begin(), analysis.suppressed.end(),
                   [](const Finding& a, const Finding& b) {
                     if (a.level != b.level) return a.level > b.level;
                     if (a.type != b.type) return a.type < b.type;
                     return a.id < b.id;
                   });
}

}  // namespace

void keep_draft_findings(Analysis& analysis, uint32_t draft) {
  auto in_draft = [&](const Evidence& e) { return analysis.claims[e.claim].source == draft; };
  move_out(analysis.findings, nullptr, [&](const Finding& finding) {
    return std::none_of(finding.evidence.begin(), finding.evidence.end(), in_draft);
  });
  for (Finding& finding : analysis.findings) {
    auto first = std::find_if(finding.evidence.begin(), finding.evidence.end(), in_draft);
    auto position = static_cast<size_t>(first - finding.evidence.begin());
    if (position == 0) continue;
    std::rotate(finding.evidence.begin(), first, first + 1);
    if (position == 1) {
      invert(finding.diff);
    } else {
      finding.diff.clear();
    }
  }
}

std::optional<std::pair<uint32_t, uint32_t>> finding_lines(const Analysis& analysis,
                                                           const Finding& finding,
                                                           uint32_t document) {
  std::optional<std::pair<uint32_t, uint32_t>> out;
  const Document& doc = analysis.documents[document];
  for (const Evidence& evidence : finding.evidence) {
    const Claim& claim = analysis.claims[evidence.claim];
    if (claim.source != document) continue;
    Span extent = analysis.sentence_extent(claim);
    uint32_t start = std::min(extent.start, claim.span.start);
    uint32_t end = std::max(extent.end, claim.span.end);
    uint32_t first = doc.locate(start).line;
    uint32_t last = doc.locate(end > start ? end - 1 : start).line;
    if (!out) {
      out.emplace(first, last);
    } else {
      out->first = std::min(out->first, first);
      out->second = std::max(out->second, last);
    }
  }
  return out;
}

SuppressionResult apply_suppressions(Analysis& analysis) {
  SuppressionResult result;
  if (std::all_of(analysis.documents.begin(), analysis.documents.end(),
                  [](const Document& document) { return document.suppressions.empty(); })) {
    sort_suppressed(analysis);  // nothing to silence or to find unused (a pile: no table)
    return result;
  }
  // used[d][i]: directive i of document d silenced something.
  std::vector<std::vector<bool>> used(analysis.documents.size());
  for (size_t d = 0; d < analysis.documents.size(); ++d)
    used[d].resize(analysis.documents[d].suppressions.size());

  // Marks every directive that covers the finding (so none is reported unused when two
  // cover the same finding) and names the first one in suppressed_by.
  auto silence = [&](Finding& finding) {
    std::vector<uint32_t> documents;
    for (const Evidence& e : finding.evidence) documents.push_back(analysis.claims[e.claim].source);
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    for (uint32_t d : documents) {
      const Document& document = analysis.documents[d];
      if (document.suppressions.empty()) continue;
      auto lines = finding_lines(analysis, finding, d);
      for (size_t i = 0; i < document.suppressions.size(); ++i) {
        const Suppression& directive = document.suppressions[i];
        if (directive.type != "*" && directive.type != finding.type) continue;
        if (directive.line < lines->first || directive.line > lines->second) continue;
        used[d][i] = true;
        if (!finding.suppressed_by.empty()) continue;
        finding.suppressed_by = "inline: " + document.path + ":" +
                                std::to_string(directive.directive_line) +
                                (directive.reason.empty() ? "" : ": " + directive.reason);
      }
    }
    return !finding.suppressed_by.empty();
  };
  result.silenced = move_out(analysis.findings, &analysis.suppressed, silence);
  for (size_t d = 0; d < analysis.documents.size(); ++d) {
    for (size_t i = 0; i < used[d].size(); ++i) {
      if (!used[d][i])
        result.unused.emplace_back(static_cast<uint32_t>(d), analysis.documents[d].suppressions[i]);
    }
  }
  sort_suppressed(analysis);
  return result;
}

Baseline parse_baseline(const std::string& path, std::string_view text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object() ||
      json.value("schema", "") != "crosscheck.baseline/1" || !json.contains("findings") ||
      !json["findings"].is_array()) {
    throw InputError(path,
                     "not a crosscheck baseline (expected JSON with \"schema\": "
                     "\"crosscheck.baseline/1\" and a \"findings\" array; write one with "
                     "--write-baseline)");
  }
  Baseline out;
  for (const auto& entry : json["findings"]) {
    if (entry.is_object() && entry.contains("id") && entry["id"].is_string()) {
      out.ids.insert(entry["id"].get<std::string>());
    } else {
      throw InputError(path, "baseline entry without an \"id\" string");
    }
  }
  return out;
}

Baseline read_baseline(const std::string& path) {
  return parse_baseline(path, read_file(path, 64ULL << 20));
}

std::string baseline_json(const Analysis& analysis) {
  std::vector<const Finding*> findings;
  for (const Finding& finding : analysis.findings) findings.push_back(&finding);
  std::sort(findings.begin(), findings.end(),
            [](const Finding* a, const Finding* b) { return a->id < b->id; });
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const Finding* finding : findings) {
    entries.push_back({{"id", finding->id},
                       {"level", to_string(finding->level)},
                       {"type", finding->type},
                       {"summary", finding->summary}});
  }
  nlohmann::ordered_json out{{"schema", "crosscheck.baseline/1"}, {"findings", entries}};
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

size_t apply_baseline(Analysis& analysis, const Baseline& baseline) {
  size_t moved = move_out(analysis.findings, &analysis.suppressed, [&](Finding& finding) {
    if (!baseline.ids.count(finding.id)) return false;
    finding.suppressed_by = "baseline";
    return true;
  });
  sort_suppressed(analysis);
  return moved;
}

size_t keep_changed(Analysis& analysis, uint32_t draft, const LineSet& lines) {
  return move_out(analysis.findings, nullptr, [&](const Finding& finding) {
    auto range = finding_lines(analysis, finding, draft);
    return !range || !lines.intersects(range->first, range->second);
  });
}

}  // namespace cc::check
