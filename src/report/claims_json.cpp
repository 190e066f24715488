// JSON of one claim, shared by `compare` and `extract` reports.
#include "report/json_parts.hpp"

namespace cc::report {

void append_dump(std::string& out, const Json& json, int depth) {
  // Invalid UTF-8 cannot reach here (ingest rejects it); replace rather than throw anyway.
  std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
  size_t start = 0;
  for (size_t newline = text.find('\n'); newline != std::string::npos;
       newline = text.find('\n', start)) {
    out.append(text, start, newline + 1 - start);
    out.append(static_cast<size_t>(depth) * 2, ' ');
    start = newline + 1;
  }
  out.append(text, start, std::string::npos);
}

Json nullable(std::string_view value) {
  return value.empty() ? Json(nullptr) : Json(std::string(value));
}

namespace {

Json value_json(const Value& value) {
  switch (value.kind) {
    case Value::Kind::None:
      return nullptr;
    case Value::Kind::Text:
      return Json{{"type", "text"}, {"text", value.text}};
    case Value::Kind::Number:
    case Value::Kind::Date: {
      // An unbounded side ("at least 12") is written as null: JSON has no infinity.
      Json out{{"type", value.kind == Value::Kind::Number ? "number" : "date"},
               {"low", value.low},
               {"high", value.high},
               {"low_open", value.low_open},
               {"high_open", value.high_open},
               {"unit", nullable(value.unit)},
               {"tolerance", value.tolerance},
               {"text", value.text}};
      return out;
    }
  }
  return nullptr;
}

}  // namespace

std::string claim_id(uint32_t index) {
  return "c" + std::to_string(index + 1);
}

Json claim_json(const Analysis& analysis, const Claim& claim) {
  const Document& document = analysis.documents[claim.source];
  Origin origin = document.locate(claim.span.start);
  ClaimDetail scratch;  // a packed detail (compare -f json) is unpacked into it
  const ClaimDetail& d = claim.detail.view(scratch);
  Json out{{"id", claim_id(claim.index)},
           {"source", document.id},
           {"kind", to_string(claim.kind)},
           {"subject", nullable(d.subject)},
           {"predicate", nullable(d.predicate)},
           {"object", nullable(d.object)},
           {"polarity", to_string(claim.polarity)},
           {"modality", to_string(claim.modality)},
           {"speaker", nullable(d.speaker)},
           {"speaker_text", nullable(d.speaker_text)},
           {"cue", nullable(d.cue)},
           {"attribution", d.attribution},
           {"value", value_json(d.value)},
           {"span", Json{{"start", claim.span.start}, {"end", claim.span.end}}},
           {"line", origin.line},
           {"column", origin.column},
           {"text", std::string(document.slice(analysis.sentence_extent(claim)))},
           {"rule", d.rule},
           {"predicate_class", nullable(d.predicate_class)},
           {"entities", d.entities},
           {"keywords", d.keywords},
           {"counted", nullable(d.counted)},
           {"trend", nullable(d.trend)},
           {"time", value_json(d.time)},
           {"polarity_cue", nullable(d.polarity_cue)},
           {"modality_cue", nullable(d.modality_cue)},
           {"sentence", claim.sentence + 1}};
  return out;
}

}  // namespace cc::report
