// Markdown writers: GitHub-flavoured, fit for a pull-request comment or a chat message.
// Every piece of source text is escaped, so an article cannot inject markup or HTML.
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "report/markdown_parts.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

std::string level_label(Level level) {
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
    out += markdown_escape(document.slice(Span{at, h.start}));
    out += "**" + markdown_escape(document.slice(h)) + "**";
    at = h.end;
  }
  out += markdown_escape(document.slice(Span{at, extent.end}));
  return out;
}

std::string inline_diff(const std::vector<DiffToken>& diff) {
  std::string out;
  for (const DiffToken& token : diff) {
    if (!out.empty()) out += ' ';
    switch (token.op) {
      case DiffToken::Op::Equal:
        out += markdown_escape(token.text);
        break;
      case DiffToken::Op::Delete:
        out += "~~" + markdown_escape(token.text) + "~~";
        break;
      case DiffToken::Op::Insert:
        out += "**" + markdown_escape(token.text) + "**";
        break;
    }
  }
  return out;
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
  out << "**" << analysis.documents.size() << " sources · " << analysis.claims.size()
      << " claims · " << by_level[Level::Contradiction] << " contradictions · "
      << by_level[Level::Divergence] << " divergences · " << by_level[Level::Note] << " notes**";
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
  markdown_sources(out, analysis);

  out << "## Findings\n\n";
  if (analysis.findings.empty()) out << "No contradictions or divergences found.\n\n";
  for (const Finding& finding : analysis.findings) {
    out << "### " << level_label(finding.level) << " · " << finding.type << ": "
        << markdown_escape(finding.summary) << "\n\n";
    for (const Evidence& evidence : finding.evidence) {
      const Claim& claim = analysis.claims[evidence.claim];
      out << "> **" << analysis.documents[claim.source].id << "** ("
          << markdown_code(location(analysis, claim))
          << "): " << highlighted_sentence(analysis, evidence) << "\n>\n";
    }
    out << "<details><summary>Why this was flagged</summary>\n\n"
        << markdown_escape(finding.explanation) << "\n\n";
    if (!finding.diff.empty()) {
      out << "Word-level diff (~~only in "
          << analysis.documents[analysis.claims[finding.evidence[0].claim].source].id
          << "~~, **only in "
          << analysis.documents[analysis.claims[finding.evidence[1].claim].source].id
          << "**):\n\n> " << inline_diff(finding.diff) << "\n\n";
    }
    out << "</details>\n\n";
    out << "`" << finding.id << "` · rule `" << finding.rule << "`\n\n";
  }
  if (!analysis.suppressed.empty()) {
    out << "## Suppressed\n\n";
    for (const Finding& finding : analysis.suppressed) {
      out << "- `" << finding.id << "` " << finding.type << ": " << markdown_escape(finding.summary)
          << "\n";
    }
    out << "\n";
  }
  out << "---\ncrosscheck " << meta.tool_version << "\n";
  return out.str();
}

}  // namespace cc::report
