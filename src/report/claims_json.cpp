// JSON of one claim, shared by `compare` and `extract` reports.
#include "report/json_parts.hpp"

namespace cc::report {

Json nullable(const std::string& value) {
  return value.empty() ? Json(nullptr) : Json(value);
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
  Json out{{"id", claim_id(claim.index)},
           {"source", document.id},
           {"kind", to_string(claim.kind)},
           {"subject", nullable(claim.detail->subject)},
           {"predicate", nullable(claim.detail->predicate)},
           {"object", nullable(claim.detail->object)},
           {"polarity", to_string(claim.polarity)},
           {"modality", to_string(claim.modality)},
           {"speaker", nullable(claim.detail->speaker)},
           {"speaker_text", nullable(claim.detail->speaker_text)},
           {"cue", nullable(claim.detail->cue)},
           {"attribution", claim.detail->attribution},
           {"value", value_json(claim.detail->value)},
           {"span", Json{{"start", claim.span.start}, {"end", claim.span.end}}},
           {"line", origin.line},
           {"column", origin.column},
           {"text", std::string(document.slice(analysis.sentence_extent(claim)))},
           {"rule", claim.detail->rule},
           {"predicate_class", nullable(claim.detail->predicate_class)},
           {"entities", claim.detail->entities},
           {"keywords", claim.detail->keywords},
           {"counted", nullable(claim.detail->counted)},
           {"trend", nullable(claim.detail->trend)},
           {"time", value_json(claim.detail->time)},
           {"polarity_cue", nullable(claim.detail->polarity_cue)},
           {"modality_cue", nullable(claim.detail->modality_cue)},
           {"sentence", claim.sentence + 1}};
  return out;
}

}  // namespace cc::report
