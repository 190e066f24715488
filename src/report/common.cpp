#include "report/common.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <mutex>

#include "resources/resources.hpp"

namespace cc::report {

void PieceStream::flush(bool all) {
  if (!all && out_.tellp() < static_cast<std::streamoff>(kPieceBytes)) return;
  sink_(out_.view());
  out_.str(std::string());
}

std::string joined(const std::function<void(const Sink&)>& write) {
  std::string out;
  write([&out](std::string_view piece) { out += piece; });
  return out;
}

Place place_of(const Analysis& analysis, const Claim& claim) {
  const Document& document = analysis.documents[claim.source];
  return Place{&document, document.locate(claim.span.start), document.locate(claim.span.end)};
}

std::string place_text(const Place& place) {
  return place.document->path + ":" + std::to_string(place.start.line) + ":" +
         std::to_string(place.start.column);
}

std::string_view level_title(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "Contradiction";
    case Level::Divergence:
      return "Divergence";
    case Level::Note:
      return "Note";
  }
  return "Note";
}

std::string_view level_plural(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "contradictions";
    case Level::Divergence:
      return "divergences";
    case Level::Note:
      return "notes";
  }
  return "notes";
}

std::string_view level_meaning(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "The sources state things that cannot both be true.";
    case Level::Divergence:
      return "The sources do not say the same thing (wording, attribution, scope or tone), "
             "though both may be true.";
    case Level::Note:
      return "Something only some of the sources report.";
  }
  return "";
}

std::string source_name(const Document& document) {
  if (!document.title.empty()) return document.title.str();
  std::string_view path = document.path;
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

namespace {

bool only_spaces(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

std::vector<SentencePiece> highlighted_sentence(const Analysis& analysis,
                                                const Evidence& evidence) {
  const Claim& claim = analysis.claims[evidence.claim];
  const Document& document = analysis.documents[claim.source];
  Span extent = analysis.sentence_extent(claim);
  std::vector<Span> marks;
  for (const Span& h : evidence.highlights) {
    Span clipped{std::max(h.start, extent.start), std::min(h.end, extent.end)};
    if (!clipped.empty()) marks.push_back(clipped);
  }
  std::sort(marks.begin(), marks.end());
  std::vector<Span> merged;
  for (const Span& mark : marks) {
    if (!merged.empty() && (mark.start <= merged.back().end ||
                            only_spaces(document.slice(Span{merged.back().end, mark.start})))) {
      merged.back().end = std::max(merged.back().end, mark.end);
    } else {
      merged.push_back(mark);
    }
  }
  std::vector<SentencePiece> out;
  uint32_t at = extent.start;
  for (const Span& mark : merged) {
    if (mark.start > at) out.push_back({document.slice(Span{at, mark.start}), false});
    out.push_back({document.slice(mark), true});
    at = mark.end;
  }
  if (at < extent.end) out.push_back({document.slice(Span{at, extent.end}), false});
  return out;
}

std::vector<DiffRun> diff_runs(const std::vector<DiffToken>& diff) {
  std::vector<DiffRun> out;
  for (const DiffToken& token : diff) {
    if (!out.empty() && out.back().op == token.op) {
      out.back().text += ' ';
      out.back().text += token.text;
    } else {
      out.push_back({token.op, token.text});
    }
  }
  return out;
}

std::vector<std::string> finding_sources(const Analysis& analysis, const Finding& finding) {
  std::vector<std::string> out;
  for (const Evidence& evidence : finding.evidence) {
    const std::string& id = analysis.documents[analysis.claims[evidence.claim].source].id;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

namespace {

using Catalogue = std::map<std::string, TypeInfo, std::less<>>;

Catalogue load_catalogue() {
  Catalogue out;
  auto tree = resources::builtin("src/report/templates");
  auto content = tree->read("finding-types.json");
  if (!content) return out;
  auto json = nlohmann::json::parse(*content, nullptr, false);
  if (!json.is_object()) return out;
  for (const auto& [type, entry] : json.items()) {
    if (!entry.is_object()) continue;
    out[type] = TypeInfo{entry.value("name", ""), entry.value("title", ""),
                         entry.value("description", ""), entry.value("help", "")};
  }
  return out;
}

std::string pascal_case(const std::string& type) {
  std::string out;
  bool upper = true;
  for (char c : type) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out.empty() ? "Finding" : out;
}

}  // namespace

std::string verdict_text(const Finding& finding) {
  if (finding.verdict.empty()) return {};
  std::string out = finding.verdict + " by " + finding.verdict_reviewer;
  if (!finding.verdict_note.empty()) out += " — " + finding.verdict_note;
  if (finding.verdict_stale) out += " (stale: the evidence changed since)";
  return out;
}

bool dismissed_by_review(const Finding& finding) {
  return finding.verdict == "dismissed" && !finding.verdict_stale;
}

const TypeInfo& describe(const Finding& finding) {
  static const Catalogue catalogue = load_catalogue();
  static std::map<std::string, TypeInfo, std::less<>> generic;  // guarded by the mutex below
  static std::mutex mutex;
  if (auto it = catalogue.find(finding.rule); it != catalogue.end()) return it->second;
  if (auto it = catalogue.find(finding.type); it != catalogue.end()) return it->second;
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, inserted] = generic.try_emplace(finding.type.str());
  if (inserted) {
    const std::string type = finding.type.str();
    it->second = TypeInfo{pascal_case(type) + "Discrepancy", "Sources differ (" + type + ")",
                          "The sources differ in a way the '" + type + "' detector recognises.",
                          "Read the sentences side by side and check which source is right."};
  }
  return it->second;
}

}  // namespace cc::report
