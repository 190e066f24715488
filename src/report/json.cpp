// JSON writers. Field order is fixed by nlohmann::ordered_json so that output is
// byte-identical for the same inputs.
#include "report/json_parts.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

Json source_json(const Document& document) {
  Json out{{"id", document.id},
           {"path", document.path},
           {"title", nullable(document.title)},
           {"outlet", nullable(document.outlet)},
           {"published", document.published ? Json(document.published->iso()) : Json(nullptr)}};
  if (!document.url.empty()) out["url"] = document.url;
  if (document.record) out["record"] = document.record;
  return out;
}

Json finding_json(const Analysis& analysis, const Finding& finding) {
  Json evidence = Json::array();
  for (const Evidence& item : finding.evidence) {
    const Claim& claim = analysis.claims[item.claim];
    const Document& document = analysis.documents[claim.source];
    Origin origin = document.locate(claim.span.start);
    Json highlights = Json::array();
    for (const Span& span : item.highlights)
      highlights.push_back(Json{{"start", span.start}, {"end", span.end}});
    evidence.push_back(Json{{"source", document.id},
                            {"claim", claim_id(claim.index)},
                            {"text", std::string(document.slice(analysis.sentence_extent(claim)))},
                            {"span", Json{{"start", claim.span.start}, {"end", claim.span.end}}},
                            {"line", origin.line},
                            {"column", origin.column},
                            {"highlights", highlights}});
  }
  Json out{{"id", finding.id},           {"level", to_string(finding.level)},
           {"type", finding.type},       {"rule", finding.rule},
           {"summary", finding.summary}, {"explanation", finding.explanation},
           {"evidence", evidence}};
  if (!finding.diff.empty()) {
    Json diff = Json::array();
    static constexpr const char* kOps[] = {"equal", "delete", "insert"};
    for (const DiffToken& token : finding.diff) {
      diff.push_back(Json{{"op", kOps[static_cast<int>(token.op)]}, {"text", token.text}});
    }
    out["diff"] = diff;
  }
  if (!finding.suppressed_by.empty()) out["suppressed_by"] = finding.suppressed_by;
  // Only with --store, so reports without a review store stay byte-identical.
  if (!finding.verdict.empty()) {
    out["review"] = Json{{"verdict", finding.verdict},
                         {"note", finding.verdict_note},
                         {"reviewer", finding.verdict_reviewer},
                         {"stale", finding.verdict_stale}};
  }
  return out;
}

Json base(const Analysis& analysis, const Meta& meta) {
  Json out;
  out["schema"] = "crosscheck.report/1";
  out["tool"] = Json{{"name", "crosscheck"}, {"version", meta.tool_version}};
  Json sources = Json::array();
  for (const Document& document : analysis.documents) sources.push_back(source_json(document));
  out["sources"] = sources;
  Json claims = Json::array();
  for (const Claim& claim : analysis.claims) claims.push_back(claim_json(analysis, claim));
  out["claims"] = claims;
  return out;
}

std::string dump(const Json& json) {
  // Invalid UTF-8 cannot reach here (ingest rejects it); replace rather than throw anyway.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string to_json(const Analysis& analysis, const Meta& meta) {
  Json out = base(analysis, meta);
  Json entities = Json::array();
  for (const Entity& entity : analysis.entities) {
    entities.push_back(Json{{"key", entity.key},
                            {"name", entity.name},
                            {"type", to_string(entity.type)},
                            {"surface_forms", entity.surface_forms}});
  }
  out["entities"] = entities;
  Json findings = Json::array();
  for (const Finding& finding : analysis.findings)
    findings.push_back(finding_json(analysis, finding));
  out["findings"] = findings;
  Json facts = Json::array();
  for (const Fact& fact : analysis.facts) {
    if (fact.claims.size() < 2) continue;  // a fact stated once is listed by its claim
    Json members = Json::array();
    for (uint32_t claim : fact.claims) members.push_back(claim_id(claim));
    facts.push_back(Json{{"key", fact.key}, {"label", fact.label}, {"claims", members}});
  }
  out["facts"] = facts;
  if (!analysis.suppressed.empty()) {
    Json suppressed = Json::array();
    for (const Finding& finding : analysis.suppressed)
      suppressed.push_back(finding_json(analysis, finding));
    out["suppressed"] = suppressed;
  }
  return dump(out);
}

std::string claims_to_json(const Analysis& analysis, const Meta& meta) {
  Json out = base(analysis, meta);
  out["findings"] = Json::array();
  return dump(out);
}

}  // namespace cc::report
