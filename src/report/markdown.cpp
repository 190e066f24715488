// Markdown writers: GitHub-flavoured, fit for a pull-request comment or a chat message.
// Every piece of source text is escaped, so an article cannot inject markup or HTML.
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

// Escapes Markdown and inline HTML metacharacters in source text.
std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\n':
      case '\r': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string level_label(Level level) {
  switch (level) {
    case Level::Contradiction: return "Contradiction";
    case Level::Divergence: return "Divergence";
    case Level::Note: return "Note";
  }
  return "Note";
}

std::string location(const Analysis& analysis, const Claim& claim) {
  const Document& document = analysis.documents[claim.source];
  Origin origin = document.locate(claim.span.start);
  return document.path + ":" + std::to_string(origin.line) + ":" + std::to_string(origin.column);
}

// The sentence with highlighted words in bold.
std::string highlighted_sentence(const Analysis& analysis, const Evidence& evidence) {
  const Claim& claim = analysis.claims[evidence.claim];
  const Document& document = analysis.documents[claim.source];
  Span extent = analysis.sentence_extent(claim);
  std::string out;
  uint32_t at = extent.start;
  for (const Span& h : evidence.highlights) {
    if (h.start < at || h.end > extent.end) continue;
    out += escape(document.slice(Span{at, h.start}));
    out += "**" + escape(document.slice(h)) + "**";
    at = h.end;
  }
  out += escape(document.slice(Span{at, extent.end}));
  return out;
}

std::string inline_diff(const std::vector<DiffToken>& diff) {
  std::string out;
  for (const DiffToken& token : diff) {
    if (!out.empty()) out += ' ';
    switch (token.op) {
      case DiffToken::Op::Equal: out += escape(token.text); break;
      case DiffToken::Op::Delete: out += "~~" + escape(token.text) + "~~"; break;
      case DiffToken::Op::Insert: out += "**" + escape(token.text) + "**"; break;
    }
  }
  return out;
}

void write_sources(std::ostringstream& out, const Analysis& analysis) {
  out << "| Source | File | Title | Outlet | Published |\n|---|---|---|---|---|\n";
  for (const Document& d : analysis.documents) {
    out << "| " << d.id << " | `" << escape(d.path) << "` | " << escape(text::truncate(d.title, 90)) << " | "
        << (d.outlet.empty() ? "—" : escape(d.outlet)) << " | "
        << (d.published ? d.published->iso() : "—") << " |\n";
  }
  out << "\n";
}

}  // namespace

std::string to_markdown(const Analysis& analysis, const Meta& meta) {
  std::ostringstream out;
  std::map<Level, size_t> by_level;
  std::map<std::string, size_t> by_type;
  for (const Finding& f : analysis.findings) {
    ++by_level[f.level];
    ++by_type[f.type];
  }
  out << "# crosscheck report\n\n";
  out << "**" << analysis.documents.size() << " sources · " << analysis.claims.size() << " claims · "
      << by_level[Level::Contradiction] << " contradictions · " << by_level[Level::Divergence]
      << " divergences · " << by_level[Level::Note] << " notes**";
  if (!by_type.empty()) {
    out << " (";
    bool first = true;
    for (const auto& [type, count] : by_type) {
      out << (first ? "" : ", ") << type << ": " << count;
      first = false;
    }
    out << ")";
  }
  out << "\n\n";
  write_sources(out, analysis);

  out << "## Findings\n\n";
  if (analysis.findings.empty()) out << "No contradictions or divergences found.\n\n";
  for (const Finding& finding : analysis.findings) {
    out << "### " << level_label(finding.level) << " · " << finding.type << ": " << escape(finding.summary)
        << "\n\n";
    for (const Evidence& evidence : finding.evidence) {
      const Claim& claim = analysis.claims[evidence.claim];
      out << "> **" << analysis.documents[claim.source].id << "** (`" << escape(location(analysis, claim))
          << "`): " << highlighted_sentence(analysis, evidence) << "\n>\n";
    }
    out << "<details><summary>Why this was flagged</summary>\n\n" << escape(finding.explanation) << "\n\n";
    if (!finding.diff.empty()) {
      out << "Word-level diff (~~only in " << analysis.documents[analysis.claims[finding.evidence[0].claim].source].id
          << "~~, **only in " << analysis.documents[analysis.claims[finding.evidence[1].claim].source].id
          << "**):\n\n> " << inline_diff(finding.diff) << "\n\n";
    }
    out << "</details>\n\n";
    out << "`" << finding.id << "` · rule `" << finding.rule << "`\n\n";
  }
  if (!analysis.suppressed.empty()) {
    out << "## Suppressed\n\n";
    for (const Finding& finding : analysis.suppressed) {
      out << "- `" << finding.id << "` " << finding.type << ": " << escape(finding.summary) << "\n";
    }
    out << "\n";
  }
  out << "---\ncrosscheck " << meta.tool_version << "\n";
  return out.str();
}

std::string claims_to_markdown(const Analysis& analysis, const Meta& meta) {
  std::ostringstream out;
  out << "# crosscheck claims\n\n";
  write_sources(out, analysis);
  for (const Document& document : analysis.documents) {
    out << "## " << document.id << ": " << escape(text::truncate(document.title, 90)) << "\n\n";
    size_t count = 0;
    for (const Claim& claim : analysis.claims) {
      if (analysis.documents[claim.source].id != document.id) continue;
      ++count;
      Origin origin = document.locate(claim.span.start);
      out << "- **" << to_string(claim.kind) << "** (line " << origin.line << ")";
      if (!claim.speaker.empty()) {
        out << " " << escape(std::string(analysis.entity_name(claim.speaker)));
        if (!claim.cue.empty()) out << " *" << escape(claim.cue) << "*";
      }
      if (claim.kind == ClaimKind::Quote) {
        out << ": “" << escape(claim.object) << "”";
      } else {
        out << ": " << escape(claim.subject) << " · " << escape(claim.predicate) << " · " << escape(claim.object);
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
