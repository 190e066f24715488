// Markdown listing of claims (`crosscheck extract --format md`).
#include <sstream>

#include "core/text.hpp"
#include "report/markdown_parts.hpp"
#include "report/report.hpp"

namespace cc::report {

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
      } else {
        out << ": " << markdown_escape(claim.subject) << " · " << markdown_escape(claim.predicate)
            << " · " << markdown_escape(claim.object);
      }
      if (claim.polarity == Polarity::Negated) out << " — *negated*";
      if (claim.modality != Modality::Asserted) out << " — *" << to_string(claim.modality) << "*";
      out << " `" << claim.rule << "`\n";
    }
    if (count == 0) out << "No claims found.\n";
    out << "\n";
  }
  out << "---\ncrosscheck " << meta.tool_version << "\n";
  return out.str();
}

}  // namespace cc::report
