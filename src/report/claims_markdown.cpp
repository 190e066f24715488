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
      if (!claim.speaker.empty()) {
        out << " " << markdown_escape(std::string(analysis.entity_name(claim.speaker)));
        if (!claim.cue.empty()) out << " *" << markdown_escape(claim.cue) << "*";
      }
      if (claim.kind == ClaimKind::Quote) {
        out << ": “" << markdown_escape(claim.object) << "”";
      } else if (claim.kind == ClaimKind::Quantity) {
        out << ": " << markdown_escape(claim.value.text) << " = "
            << markdown_escape(describe(claim.value));
        if (!claim.counted.empty()) out << " · counted: " << markdown_escape(claim.counted);
        if (!claim.subject.empty())
          out << " · of: " << markdown_escape(std::string(analysis.entity_name(claim.subject)));
        if (!claim.trend.empty()) out << " · trend: " << claim.trend;
      } else if (claim.kind == ClaimKind::Time) {
        out << ": " << markdown_escape(claim.object) << " = "
            << markdown_escape(describe(claim.value));
        if (!claim.predicate.empty()) out << " · event: " << markdown_escape(claim.predicate);
      } else {
        std::string subject =
            claim.subject.empty() ? "?" : std::string(analysis.entity_name(claim.subject));
        out << ": " << markdown_escape(subject) << " · " << markdown_escape(claim.predicate);
        if (!claim.predicate_class.empty() && claim.predicate_class != claim.predicate)
          out << " (" << markdown_escape(claim.predicate_class) << ")";
        out << " · " << markdown_escape(text::truncate(claim.object, 120));
      }
      if (claim.time.kind != Value::Kind::None && claim.kind != ClaimKind::Time)
        out << " · when: " << markdown_escape(describe(claim.time));
      if (claim.polarity == Polarity::Negated)
        out << " — *negated* (" << markdown_escape(claim.polarity_cue) << ")";
      if (claim.modality != Modality::Asserted) {
        out << " — *" << to_string(claim.modality) << "*";
        if (!claim.modality_cue.empty()) out << " (" << markdown_escape(claim.modality_cue) << ")";
      }
      out << " `" << claim.rule << "`\n";
    }
    if (count == 0) out << "No claims found.\n";
    out << "\n";
  }
  out << "---\ncrosscheck " << meta.tool_version << "\n";
  return std::move(out).str();  // C++20: moves the buffer out, no copy
}

}  // namespace cc::report
