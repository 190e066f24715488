#include "review/export.hpp"

#include <nlohmann/json.hpp>

#include <map>

#include "review/annotate.hpp"

namespace cc::review {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// The findings of the run, by id, when there is a run.
std::map<std::string, const Finding*> by_id(const Analysis* analysis) {
  std::map<std::string, const Finding*> out;
  if (!analysis) return out;
  for (const Finding& finding : analysis->findings) out[finding.id.str()] = &finding;
  return out;
}

// The finding as reviewed; from the run when the store has no snapshot of it.
Json finding_snapshot(const Record& record, const Analysis* analysis, const Finding* finding) {
  if (!record.snapshot.empty()) {
    Json parsed = Json::parse(record.snapshot, nullptr, false);
    if (parsed.is_object()) return parsed;
  }
  if (analysis && finding) return Json::parse(snapshot(*analysis, *finding), nullptr, false);
  return nullptr;
}

std::string state(const Finding* finding) {
  if (!finding) return "resolved";
  return finding->verdict_stale ? "stale" : "current";
}

Json non_empty(const Json& object, const char* key) {
  std::string value = object.is_object() ? object.value(key, "") : "";
  return value.empty() ? Json(nullptr) : Json(value);
}

// schema.org textual rating for a confirmed finding: what the checker confirmed.
std::string rating_name(const Json& finding) {
  std::string type = finding.value("type", "");
  std::string level = finding.value("level", "");
  if (type == "quote") return "Quote worded differently in other sources";
  if (level == "contradiction") return "Contradicted by other sources";
  if (level == "note") return "Reported by one source only";
  return "Differs from other sources";
}

std::string claim_reviewed(const Json& main) {
  std::string speaker = main.value("speaker", "");
  std::string claim = main.value("claim", "");
  if (main.value("kind", "") == "quote" && !speaker.empty() && !claim.empty()) {
    return speaker + ": \u201c" + claim + "\u201d";
  }
  return main.value("text", "");
}

Json appearance(const Json& evidence) {
  Json work{{"@type", "CreativeWork"}};
  if (Json headline = non_empty(evidence, "title"); !headline.is_null())
    work["headline"] = headline;
  if (Json url = non_empty(evidence, "url"); !url.is_null()) work["url"] = url;
  if (Json outlet = non_empty(evidence, "outlet"); !outlet.is_null()) {
    work["publisher"] = Json{{"@type", "Organization"}, {"name", outlet}};
  }
  if (Json date = non_empty(evidence, "published"); !date.is_null()) work["datePublished"] = date;
  work["text"] = evidence.value("text", "");
  return work;
}

Json claim_review(const Record& record, const Json& finding, const ExportOptions& options) {
  const Json& evidence = finding["evidence"];
  const Json& main = evidence.front();
  Json item{{"@type", "Claim"}};
  if (Json speaker = non_empty(main, "speaker"); !speaker.is_null()) {
    item["author"] = Json{{"@type", "Person"}, {"name", speaker}};
  }
  if (Json date = non_empty(main, "published"); !date.is_null()) item["datePublished"] = date;
  Json appearances = Json::array();
  for (const Json& entry : evidence) appearances.push_back(appearance(entry));
  item["appearance"] = appearances;

  Json out{{"@context", "https://schema.org"}, {"@type", "ClaimReview"}};
  if (!options.url.empty()) out["url"] = options.url + "#" + record.finding;
  out["identifier"] = record.finding;
  out["claimReviewed"] = claim_reviewed(main);
  out["itemReviewed"] = item;
  out["author"] = Json{{"@type", "Person"}, {"name", record.reviewer}};
  out["datePublished"] = record.at.substr(0, 10);
  out["reviewRating"] = Json{{"@type", "Rating"}, {"alternateName", rating_name(finding)}};
  std::string body = record.note;
  std::string explanation = finding.value("explanation", "");
  if (!explanation.empty()) body += (body.empty() ? "" : "\n\n") + explanation;
  if (!body.empty()) out["reviewBody"] = body;
  return out;
}

}  // namespace

ExportResult export_json(const Store& store, const Analysis* analysis) {
  auto findings = by_id(analysis);
  Json entries = Json::array();
  for (const Record& record : store.latest_all()) {
    const Finding* finding = findings.count(record.finding) ? findings[record.finding] : nullptr;
    Json entry{{"finding", record.finding},
               {"verdict", to_string(record.verdict)},
               {"note", record.note},
               {"reviewer", record.reviewer},
               {"at", record.at}};
    if (analysis) entry["state"] = state(finding);
    entry["as_reviewed"] = finding_snapshot(record, analysis, finding);
    Json history = Json::array();
    for (const Record& row : store.history(record.finding)) {
      history.push_back(Json{{"verdict", to_string(row.verdict)},
                             {"note", row.note},
                             {"reviewer", row.reviewer},
                             {"at", row.at}});
    }
    entry["history"] = history;
    entries.push_back(std::move(entry));
  }
  Json out{{"schema", "crosscheck.review/1"},
           {"tool", Json{{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}}},
           {"reviewed", entries}};
  return {dump(out), entries.size(), 0};
}

ExportResult export_claimreview(const Store& store, const Analysis* analysis,
                                const ExportOptions& options) {
  auto findings = by_id(analysis);
  ExportResult result;
  Json reviews = Json::array();
  for (const Record& record : store.latest_all()) {
    if (record.verdict != Verdict::Confirmed) continue;
    const Finding* finding = findings.count(record.finding) ? findings[record.finding] : nullptr;
    Json snapshot_json = finding_snapshot(record, analysis, finding);
    bool gone = analysis && (!finding || finding->verdict_stale);
    if (gone || !snapshot_json.is_object() || !snapshot_json.contains("evidence") ||
        !snapshot_json["evidence"].is_array() || snapshot_json["evidence"].empty()) {
      ++result.left_out;
      continue;
    }
    reviews.push_back(claim_review(record, snapshot_json, options));
  }
  result.written = reviews.size();
  result.text = dump(reviews);
  return result;
}

}  // namespace cc::review
