// Markdown writer: GitHub-flavoured, fit for a pull-request comment or a chat message.
// A headline and counts, the sources, then one collapsible <details> block per finding
// with the sentences, the quote diff and the reason. Every piece of source text is
// escaped, so an article cannot inject markup or HTML: Markdown escapes in Markdown
// context, HTML escapes inside the <summary> line (an HTML block, where Markdown
// backslash escapes would show literally).
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "report/common.hpp"
#include "report/markdown_parts.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

std::string_view level_icon(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "🔴";
    case Level::Divergence:
      return "🟠";
    case Level::Note:
      return "🔵";
  }
  return "🔵";
}

std::string highlighted(const Analysis& analysis, const Evidence& evidence) {
  std::string out;
  for (const SentencePiece& piece : highlighted_sentence(analysis, evidence)) {
    std::string text = markdown_escape(piece.text);
    out += piece.highlighted ? "**" + text + "**" : text;
  }
  return out;
}

std::string inline_diff(const std::vector<DiffToken>& diff) {
  std::string out;
  for (const DiffRun& run : diff_runs(diff)) {
    if (!out.empty()) out += ' ';
    std::string text = markdown_escape(run.text);
    switch (run.op) {
      case DiffToken::Op::Equal:
        out += text;
        break;
      case DiffToken::Op::Delete:
        out += "~~" + text + "~~";
        break;
      case DiffToken::Op::Insert:
        out += "**" + text + "**";
        break;
    }
  }
  return out;
}

std::string headline(const std::map<Level, size_t>& by_level, size_t sources) {
  std::string parts;
  for (Level level : kLevelsBySeverity) {
    auto it = by_level.find(level);
    if (it == by_level.end()) continue;
    parts += (parts.empty() ? "" : ", ") + std::to_string(it->second) + " " +
             std::string(it->second == 1 ? to_string(level) : level_plural(level));
  }
  std::string across =
      " across " + std::to_string(sources) + (sources == 1 ? " source" : " sources");
  return parts.empty() ? "no discrepancies found" + across : parts + across;
}

void write_counts(std::ostringstream& out, const Analysis& analysis,
                  std::map<Level, size_t>& by_level) {
  std::map<std::string, size_t> by_type;
  for (const Finding& finding : analysis.findings) ++by_type[finding.type.str()];
  out << "**" << analysis.documents.size() << " sources · "
      << analysis.claims.size() + analysis.dropped_claims << " claims**";
  for (Level level : kLevelsBySeverity) {
    out << " · " << level_icon(level) << " " << by_level[level] << " "
        << (by_level[level] == 1 ? to_string(level) : level_plural(level));
  }
  if (!analysis.suppressed.empty()) out << " · " << analysis.suppressed.size() << " suppressed";
  out << "\n";
  if (!by_type.empty()) {
    out << "\nBy type: ";
    bool first = true;
    for (const auto& [type, count] : by_type) {
      out << (first ? "" : ", ") << markdown_code(type) << " " << count;
      first = false;
    }
    out << "\n";
  }
  out << "\n";
}

void write_finding(std::ostringstream& out, const Analysis& analysis, const Finding& finding,
                   size_t number) {
  out << "<details>\n<summary>" << level_icon(finding.level) << " <b>" << level_title(finding.level)
      << "</b> · " << html_escape(finding.type) << " · " << html_escape(finding.summary)
      << " <sub>#" << number << "</sub></summary>\n\n";
  for (const Evidence& evidence : finding.evidence) {
    const Claim& claim = analysis.claims[evidence.claim];
    const Document& document = analysis.documents[claim.source];
    out << "> **" << document.id << "** · "
        << markdown_escape(text::truncate(source_name(document), 90)) << " · "
        << markdown_code(place_text(place_of(analysis, claim))) << "\\\n> "
        << highlighted(analysis, evidence) << "\n\n";
  }
  if (!finding.diff.empty() && finding.evidence.size() >= 2) {
    auto source_of = [&](size_t i) {
      return analysis.documents[analysis.claims[finding.evidence[i].claim].source].id;
    };
    out << "Quote diff (~~only in " << source_of(0) << "~~, **only in " << source_of(1)
        << "**):\n\n> " << inline_diff(finding.diff) << "\n\n";
  }
  out << markdown_escape(finding.explanation) << "\n\n";
  if (!finding.verdict.empty()) {
    out << "Verdict: **" << finding.verdict << "** by "
        << markdown_escape(finding.verdict_reviewer);
    if (!finding.verdict_note.empty()) out << " — " << markdown_escape(finding.verdict_note);
    if (finding.verdict_stale) out << " (stale: the evidence changed since)";
    out << "\n\n";
  }
  out << "Rule " << markdown_code(finding.rule) << " · id " << markdown_code(finding.id)
      << "\n\n</details>\n\n";
}

void write_suppressed(std::ostringstream& out, const Analysis& analysis) {
  out << "<details>\n<summary>" << analysis.suppressed.size() << " suppressed "
      << (analysis.suppressed.size() == 1 ? "finding" : "findings") << "</summary>\n\n";
  for (const Finding& finding : analysis.suppressed) {
    out << "- " << level_title(finding.level) << " · " << markdown_escape(finding.type) << ": "
        << markdown_escape(finding.summary);
    if (!finding.evidence.empty()) {
      out << " · "
          << markdown_code(
                 place_text(place_of(analysis, analysis.claims[finding.evidence[0].claim])));
    }
    out << " · " << markdown_code(finding.id) << " — "
        << markdown_escape(finding.suppressed_by.empty() ? "suppressed" : finding.suppressed_by)
        << "\n";
  }
  out << "\n</details>\n\n";
}

}  // namespace

void to_markdown(const Analysis& analysis, const Meta& meta, const Sink& sink) {
  PieceStream pieces(sink);
  std::ostringstream& out = pieces.out();
  std::map<Level, size_t> by_level;
  for (const Finding& finding : analysis.findings) ++by_level[finding.level];
  out << "## crosscheck: " << headline(by_level, analysis.documents.size()) << "\n\n";
  write_counts(out, analysis, by_level);
  out << "<details>\n<summary>Sources (" << analysis.documents.size() << ")</summary>\n\n";
  markdown_sources(out, analysis, [&pieces] { pieces.flush(); });
  out << "</details>\n\n";
  if (!analysis.findings.empty()) out << "### Findings\n\n";
  for (size_t i = 0; i < analysis.findings.size(); ++i) {
    pieces.flush();
    write_finding(out, analysis, analysis.findings[i], i + 1);
  }
  if (!analysis.suppressed.empty()) write_suppressed(out, analysis);
  out << "<sub>crosscheck " << html_escape(meta.tool_version) << "</sub>\n";
  pieces.flush(true);
}

std::string to_markdown(const Analysis& analysis, const Meta& meta) {
  return joined([&](const Sink& sink) { to_markdown(analysis, meta, sink); });
}

}  // namespace cc::report
