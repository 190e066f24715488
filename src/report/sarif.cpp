// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One rule per finding rule
// id (with the finding type's description and help), one result per finding: its main
// evidence is the location, the other evidence the related locations (linked from the
// message, which is how GitHub shows them), the finding id the partial fingerprint.
// Suppressed findings are results with a `suppressions` entry.
#include <algorithm>
#include <map>

#include "report/common.hpp"
#include "report/json_parts.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

std::string_view sarif_level(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "error";
    case Level::Divergence:
      return "warning";
    case Level::Note:
      return "note";
  }
  return "note";
}

bool unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

// A URI reference for a path: relative paths stay relative (GitHub resolves them from the
// repository root), absolute ones become file: URIs; everything else is percent-encoded.
std::string path_uri(std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (unreserved(byte)) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

// SARIF messages may hold embedded links `[text](id)`; other brackets and backslashes are
// escaped so that quoted text like "[the minister]" is not read as a link.
std::string message_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

Json physical_location(const Analysis& analysis, const Claim& claim) {
  Place place = place_of(analysis, claim);
  Json region{{"startLine", place.start.line}, {"startColumn", place.start.column}};
  // An end before the start cannot happen for a well-formed span; keep the region valid anyway.
  if (place.end.line > place.start.line ||
      (place.end.line == place.start.line && place.end.column > place.start.column)) {
    region["endLine"] = place.end.line;
    region["endColumn"] = place.end.column;
  }
  return Json{{"artifactLocation", Json{{"uri", path_uri(place.document->path)}}},
              {"region", region}};
}

std::string quoted_sentence(const Analysis& analysis, const Claim& claim) {
  std::string sentence(analysis.documents[claim.source].slice(analysis.sentence_extent(claim)));
  std::replace(sentence.begin(), sentence.end(), '\n', ' ');
  return sentence;
}

Json rule_json(const std::string& id, const Finding& example) {
  const TypeInfo& info = describe(example);
  std::string title(level_title(example.level));
  std::string meaning(level_meaning(example.level));
  return Json{
      {"id", id},
      {"name", title + info.name},
      {"shortDescription", Json{{"text", title + ": " + info.title}}},
      {"fullDescription", Json{{"text", info.description + " " + meaning}}},
      {"help", Json{{"text", info.help},
                    {"markdown", "**" + info.title + ".** " + info.description + " " + meaning +
                                     "\n\n**What to do.** " + info.help}}},
      {"defaultConfiguration", Json{{"level", sarif_level(example.level)}}},
      {"properties", Json{{"tags", Json::array({"crosscheck", std::string(to_string(example.level)),
                                                example.type})}}}};
}

Json result_json(const Analysis& analysis, const Finding& finding, size_t rule_index,
                 bool suppressed) {
  const Claim& main = analysis.claims[finding.evidence.front().claim];
  std::string message =
      message_escape(finding.summary) + "\n" + message_escape(finding.explanation);
  Json related = Json::array();
  std::string links;
  for (size_t i = 1; i < finding.evidence.size(); ++i) {
    const Claim& claim = analysis.claims[finding.evidence[i].claim];
    const Document& document = analysis.documents[claim.source];
    std::string label = document.id + ": " + document.path;
    links += (links.empty() ? "" : ", ") +
             ("[" + message_escape(label) + "](" + std::to_string(i) + ")");
    related.push_back(
        Json{{"id", i},
             {"physicalLocation", physical_location(analysis, claim)},
             {"message", Json{{"text", message_escape(quoted_sentence(analysis, claim))}}}});
  }
  if (!links.empty()) message += "\nCompare with " + links + ".";
  Json location{{"physicalLocation", physical_location(analysis, main)},
                {"message", Json{{"text", message_escape(quoted_sentence(analysis, main))}}}};
  Json out{{"ruleId", finding.rule},
           {"ruleIndex", rule_index},
           {"level", sarif_level(finding.level)},
           {"message", Json{{"text", message}}},
           {"locations", Json::array({location})}};
  if (!related.empty()) out["relatedLocations"] = related;
  out["partialFingerprints"] = Json{{"crosscheckFindingId/v1", finding.id}};
  if (suppressed) {
    bool baseline = finding.suppressed_by == "baseline";
    out["suppressions"] = Json::array({Json{
        {"kind", baseline ? "external" : "inSource"},
        {"justification", finding.suppressed_by.empty() ? "suppressed" : finding.suppressed_by}}});
  } else if (dismissed_by_review(finding)) {
    // Dismissed in a review session: suppressed outside the file, accepted by a person.
    out["suppressions"] = Json::array({Json{
        {"kind", "external"}, {"status", "accepted"}, {"justification", verdict_text(finding)}}});
  }
  out["properties"] = Json{{"findingId", finding.id},
                           {"findingLevel", to_string(finding.level)},
                           {"findingType", finding.type}};
  if (!finding.verdict.empty()) {
    out["properties"]["verdict"] = finding.verdict;
    out["properties"]["verdictStale"] = finding.verdict_stale;
  }
  return out;
}

}  // namespace

void to_sarif(const Analysis& analysis, const Meta& meta, const Sink& sink) {
  // Rules in id order; the first finding seen with a rule id describes it.
  std::map<std::string, const Finding*> examples;
  for (const auto* list : {&analysis.findings, &analysis.suppressed}) {
    for (const Finding& finding : *list) examples.emplace(finding.rule, &finding);
  }
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  for (const auto& [id, example] : examples) {
    rule_index[id] = rules.size();
    rules.push_back(rule_json(id, *example));
  }
  // The log around its results, with a marker where they go: the results are then
  // dumped one by one at that depth, the same bytes as one dump of the whole log.
  const std::string marker = "crosscheck-sarif-results";
  Json driver{{"name", "crosscheck"},
              {"version", meta.tool_version},
              {"semanticVersion", meta.tool_version},
              {"rules", rules}};
  Json run{
      {"tool", Json{{"driver", driver}}}, {"columnKind", "unicodeCodePoints"}, {"results", marker}};
  Json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
           {"version", "2.1.0"},
           {"runs", Json::array({run})}};
  std::string frame = log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  size_t at = frame.find("\"" + marker + "\"");
  size_t line_start = frame.rfind('\n', at) + 1;
  int depth = static_cast<int>(frame.find_first_not_of(' ', line_start) - line_start) / 2;
  std::string out = frame.substr(0, at);
  size_t results = 0;
  auto add = [&](const Finding& finding, bool suppressed) {
    if (finding.evidence.empty()) return;
    out += results++ ? ",\n" : "[\n";
    out.append(static_cast<size_t>(depth + 1) * 2, ' ');
    append_dump(out, result_json(analysis, finding, rule_index[finding.rule.str()], suppressed),
                depth + 1);
    if (out.size() >= kPieceBytes) {
      sink(out);
      out.clear();
    }
  };
  for (const Finding& finding : analysis.findings) add(finding, false);
  for (const Finding& finding : analysis.suppressed) add(finding, true);
  if (results) {
    out += '\n';
    out.append(static_cast<size_t>(depth) * 2, ' ');
    out += ']';
  } else {
    out += "[]";
  }
  out.append(frame, at + marker.size() + 2, std::string::npos);
  sink(out);
}

std::string to_sarif(const Analysis& analysis, const Meta& meta) {
  return joined([&](const Sink& sink) { to_sarif(analysis, meta, sink); });
}

}  // namespace cc::report
