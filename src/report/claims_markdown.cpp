// Markdown listing of claims (`crosscheck extract --format md`): one line per claim with
// its normalised values, so a person can check what extraction understood.
#include <cmath>
#include <sstream>

#include "core/text.hpp"
#include "report/markdown_parts.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

std::string number(double value) {
  if (std::isinf(value)) return value > 0 ? "∞" : "−∞";
  std::ostringstream out;
  out.precision(value == std::floor(value) && std::fabs(value) < 1e15 ? 15 : 4);
  out << value;
  return std::move(out).str();  // C++20: moves the buffer out, no copy
}

// "[18, 22] percent", "(5000, ∞)", "2025-08-18", "2025-08-11 – 2025-08-17", "weekday:monday".
std::string describe(const Value& value) {
  switch (value.kind) {
    case Value::Kind::None:
      return {};
    case Value::Kind::Text:
      return value.text;
    case Value::Kind::Date: {
      std::string first = civil_from_days(static_cast<int64_t>(value.low)).iso();
      std::string last = civil_from_days(static_cast<int64_t>(value.high)).iso();
      return first == last ? first : first + " – " + last;
    }
    case Value::Kind::Number: {
      std::string out;
      if (value.low == value.high && !value.low_open && !value.high_open) {
        out = number(value.low);
      } else {
        out = std::string(value.low_open ? "(" : "[") + number(value.low) + ", " +
              number(value.high) + (value.high_open ? ")" : "]");
      }
      if (!value.unit.empty()) out += " " + value.unit;
      return out;
    }
  }
  return {};
}

}  // namespace

std::string claims_to_markdown(const Analysis& analysis, const Meta& meta) {
  std::ostringstream out;
  out << "# crosscheck claims\n\n";
  markdown_sources(out, analysis);
  for (const Document& document : analysis.documents) {
    out << "## " << document.id << ": " << markdown_escape(text::truncate(document.title, 90))
        << "\n\n";
    size_t count = 0;
    for (const Claim& claim : analysis.claims) {
      if (analysis.documents[claim.source].id != document.id) continue;
      ++count;
      Origin origin = document.locate(claim.span.start);
      out << "- **" << to_string(claim.kind) << "** (line " << origin.line << ")";
      if (!claim.detail->speaker.empty()) {
        out << " " << markdown_escape(std::string(analysis.entity_name(claim.detail->speaker)));
        if (!claim.detail->cue.empty()) out << " *" << markdown_escape(claim.detail->cue) << "*";
      }
      if (claim.kind == ClaimKind::Quote) {
        out << ": “" << markdown_escape(claim.detail->object) << "”";
      } else if (claim.kind == ClaimKind::Quantity) {
        out << ": " << markdown_escape(claim.detail->value.text) << " = "
            << markdown_escape(describe(claim.detail->value));
        if (!claim.detail->counted.empty())
          out << " · counted: " << markdown_escape(claim.detail->counted);
        if (!claim.detail->subject.empty())
          out << " · of: "
              << markdown_escape(std::string(analysis.entity_name(claim.detail->subject)));
        if (!claim.detail->trend.empty()) out << " · trend: " << claim.detail->trend;
      } else if (claim.kind == ClaimKind::Time) {
        out << ": " << markdown_escape(claim.detail->object) << " = "
            << markdown_escape(describe(claim.detail->value));
        if (!claim.detail->predicate.empty())
          out << " · event: " << markdown_escape(claim.detail->predicate);
      } else {
        std::string subject = claim.detail->subject.empty()
                                  ? "?"
                                  : std::string(analysis.entity_name(claim.detail->subject));
        out << ": " << markdown_escape(subject) << " · "
            << markdown_escape(claim.detail->predicate);
        if (!claim.detail->predicate_class.empty() &&
            claim.detail->predicate_class != claim.detail->predicate)
          out << " (" << markdown_escape(claim.detail->predicate_class) << ")";
        out << " · " << markdown_escape(text::truncate(claim.detail->object, 120));
      }
      if (claim.detail->time.kind != Value::Kind::None && claim.kind != ClaimKind::Time)
        out << " · when: " << markdown_escape(describe(claim.detail->time));
      if (claim.polarity == Polarity::Negated)
        out << " — *negated* (" << markdown_escape(claim.detail->polarity_cue) << ")";
      if (claim.modality != Modality::Asserted) {
        out << " — *" << to_string(claim.modality) << "*";
        if (!claim.detail->modality_cue.empty())
          out << " (" << markdown_escape(claim.detail->modality_cue) << ")";
      }
      out << " `" << claim.detail->rule << "`\n";
    }
    if (count == 0) out << "No claims found.\n";
    out << "\n";
  }
  out << "---\ncrosscheck " << meta.tool_version << "\n";
  return std::move(out).str();  // C++20: moves the buffer out, no copy
}

}  // namespace cc::report
