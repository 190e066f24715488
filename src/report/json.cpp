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

// The report is written member by member, each array element dumped on its own and
// indented to its depth: the same bytes as one nlohmann DOM of the whole report dumped
// with indent 2, without holding that DOM (several times the report's size) in memory.
class Writer {
 public:
  Writer() = default;
  // Streams: what is written goes to `sink` in pieces of about a megabyte.
  explicit Writer(const Sink& sink) : sink_(&sink) {}
  // `value` as dump(2) writes it `depth` levels deep: every line after the first indented.
  void value(const Json& json, int depth) { append_dump(out_, json, depth); }
  // A member of the top-level object.
  void member(std::string_view key, const Json& json) {
    open(key);
    value(json, 1);
  }
  // A top-level member holding an array of `count` elements, element(i) for each.
  template <typename Element>
  void array(std::string_view key, size_t count, Element&& element) {
    open(key);
    if (count == 0) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (size_t i = 0; i < count; ++i) {
      out_ += "    ";
      value(element(i), 2);
      out_ += i + 1 < count ? ",\n" : "\n";
      if (sink_ && out_.size() >= kPieceBytes) {
        (*sink_)(out_);
        out_.clear();
      }
    }
    out_ += "  ]";
  }
  std::string finish() {
    out_ += members_ ? "\n}\n" : "{}\n";
    if (sink_) {
      (*sink_)(out_);
      out_.clear();
    }
    return std::move(out_);
  }

 private:
  void open(std::string_view key) {
    out_ += members_++ ? ",\n  " : "{\n  ";
    out_ += Json(std::string(key)).dump();
    out_ += ": ";
  }
  static constexpr size_t kPieceBytes = 1 << 20;
  std::string out_;
  size_t members_ = 0;
  const Sink* sink_ = nullptr;
};

void write_base(Writer& writer, const Analysis& analysis, const Meta& meta) {
  writer.member("schema", "crosscheck.report/1");
  writer.member("tool", Json{{"name", "crosscheck"}, {"version", meta.tool_version}});
  writer.array("sources", analysis.documents.size(),
               [&](size_t i) { return source_json(analysis.documents[i]); });
  writer.array("claims", analysis.claims.size(),
               [&](size_t i) { return claim_json(analysis, analysis.claims[i]); });
}

}  // namespace

namespace {

std::string write_report(Writer& writer, const Analysis& analysis, const Meta& meta) {
  write_base(writer, analysis, meta);
  writer.array("entities", analysis.entities.size(), [&](size_t i) {
    const Entity& entity = analysis.entities[i];
    return Json{{"key", entity.key},
                {"name", entity.name},
                {"type", to_string(entity.type)},
                {"surface_forms", entity.surface_forms}};
  });
  writer.array("findings", analysis.findings.size(),
               [&](size_t i) { return finding_json(analysis, analysis.findings[i]); });
  std::vector<const Fact*> facts;
  for (const Fact& fact : analysis.facts) {
    if (fact.claims.size() >= 2)
      facts.push_back(&fact);  // a fact stated once is listed by its claim
  }
  writer.array("facts", facts.size(), [&](size_t i) {
    Json members = Json::array();
    for (uint32_t claim : facts[i]->claims) members.push_back(claim_id(claim));
    return Json{{"key", facts[i]->key}, {"label", facts[i]->label}, {"claims", members}};
  });
  if (!analysis.suppressed.empty()) {
    writer.array("suppressed", analysis.suppressed.size(),
                 [&](size_t i) { return finding_json(analysis, analysis.suppressed[i]); });
  }
  return writer.finish();
}

std::string write_claims(Writer& writer, const Analysis& analysis, const Meta& meta) {
  write_base(writer, analysis, meta);
  writer.array("findings", 0, [](size_t) { return Json(); });
  return writer.finish();
}

}  // namespace

std::string to_json(const Analysis& analysis, const Meta& meta) {
  Writer writer;
  return write_report(writer, analysis, meta);
}

std::string claims_to_json(const Analysis& analysis, const Meta& meta) {
  Writer writer;
  return write_claims(writer, analysis, meta);
}

void claims_to_json(const Analysis& analysis, const Meta& meta, const Sink& sink) {
  Writer writer(sink);
  write_claims(writer, analysis, meta);
}

void to_json(const Analysis& analysis, const Meta& meta, const Sink& sink) {
  Writer writer(sink);
  write_report(writer, analysis, meta);
}

}  // namespace cc::report
