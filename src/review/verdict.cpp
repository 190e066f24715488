#include "review/verdict.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>

namespace cc::review {

namespace {

constexpr std::string_view kNames[] = {"confirmed", "dismissed", "needs-source"};

std::string source_file(const Document& document) {
  std::string_view path = document.path;
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

std::string_view to_string(Verdict verdict) {
  return kNames[static_cast<int>(verdict)];
}

std::optional<Verdict> parse_verdict(std::string_view text) {
  for (int i = 0; i < 3; ++i) {
    if (text == kNames[i]) return static_cast<Verdict>(i);
  }
  return std::nullopt;
}

std::string utc_now() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

bool is_finding_id(std::string_view text) {
  if (text.size() != 16) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string evidence_text(const Analysis& analysis, const Finding& finding) {
  std::string out;
  for (const Evidence& evidence : finding.evidence) {
    const Claim& claim = analysis.claims[evidence.claim];
    if (!out.empty()) out += '\n';
    out += analysis.documents[claim.source].slice(analysis.sentence_extent(claim));
  }
  return out;
}

std::string snapshot(const Analysis& analysis, const Finding& finding) {
  using Json = nlohmann::ordered_json;
  Json evidence = Json::array();
  for (const Evidence& item : finding.evidence) {
    const Claim& claim = analysis.claims[item.claim];
    const Document& document = analysis.documents[claim.source];
    Json entry{{"source", document.id},
               {"file", source_file(document)},
               {"title", document.title},
               {"outlet", document.outlet},
               {"url", document.url},
               {"published", document.published ? document.published->iso() : std::string()},
               {"kind", to_string(claim.kind)},
               {"speaker", claim.detail->speaker.empty()
                               ? std::string()
                               : std::string(analysis.entity_name(claim.detail->speaker))},
               {"claim", claim.detail->object},
               {"text", std::string(document.slice(analysis.sentence_extent(claim)))}};
    evidence.push_back(std::move(entry));
  }
  Json out{{"level", to_string(finding.level)},
           {"type", finding.type},
           {"rule", finding.rule},
           {"summary", finding.summary},
           {"explanation", finding.explanation},
           {"evidence", std::move(evidence)}};
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string snapshot_summary(std::string_view snapshot) {
  auto parsed = nlohmann::json::parse(snapshot, nullptr, false);
  if (!parsed.is_object()) return {};
  auto summary = parsed.find("summary");
  return summary != parsed.end() && summary->is_string() ? summary->get<std::string>() : "";
}

std::string default_reviewer() {
  const char* user = std::getenv("USER");
  return user && *user ? user : "unknown";
}

}  // namespace cc::review
