// Compiler-style diagnostics for terminals, editors and pre-commit hooks:
//   path:line:col: error: summary [rule, id]
//   path:line:col: note: s2: the other source's sentence
// Editors' quickfix lists read every line that starts with `path:line:col:`.
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "report/common.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

std::string_view severity(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "error";
    case Level::Divergence:
      return "warning";
    case Level::Note:
      return "note";
  }
  return "note";
}

// The sentence on one line, its conflicting words between » and «.
std::string marked_sentence(const Analysis& analysis, const Evidence& evidence) {
  std::string out;
  for (const SentencePiece& piece : highlighted_sentence(analysis, evidence)) {
    out += piece.highlighted ? "»" + std::string(piece.text) + "«" : std::string(piece.text);
  }
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text::truncate(out, 400);
}

// wdiff notation: [-only in the first-] {+only in the second+}
std::string inline_diff(const std::vector<DiffToken>& diff) {
  std::string out;
  for (const DiffRun& run : diff_runs(diff)) {
    if (!out.empty()) out += ' ';
    switch (run.op) {
      case DiffToken::Op::Equal:
        out += run.text;
        break;
      case DiffToken::Op::Delete:
        out += "[-" + run.text + "-]";
        break;
      case DiffToken::Op::Insert:
        out += "{+" + run.text + "+}";
        break;
    }
  }
  return out;
}

void write_finding(std::ostringstream& out, const Analysis& analysis, const Finding& finding) {
  for (size_t i = 0; i < finding.evidence.size(); ++i) {
    const Evidence& evidence = finding.evidence[i];
    const Claim& claim = analysis.claims[evidence.claim];
    out << place_text(place_of(analysis, claim)) << ": ";
    if (i == 0) {
      out << severity(finding.level) << ": " << finding.summary << " [" << finding.rule << ", "
          << finding.id << "]\n"
          << place_text(place_of(analysis, claim)) << ": ";
    }
    out << "note: " << analysis.documents[claim.source].id << ": "
        << marked_sentence(analysis, evidence) << "\n";
  }
  if (!finding.diff.empty()) out << "    diff: " << inline_diff(finding.diff) << "\n";
  out << "    why: " << finding.explanation << "\n";
  if (std::string verdict = verdict_text(finding); !verdict.empty()) {
    for (char& c : verdict) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    out << "    verdict: " << verdict << "\n";
  }
}

}  // namespace

void to_text(const Analysis& analysis, const Meta&, const Sink& sink) {
  PieceStream pieces(sink);
  std::ostringstream& out = pieces.out();
  std::map<Level, size_t> by_level;
  for (const Finding& finding : analysis.findings) {
    if (finding.evidence.empty()) continue;
    write_finding(out, analysis, finding);
    ++by_level[finding.level];
    pieces.flush();
  }
  for (const Finding& finding : analysis.suppressed) {
    pieces.flush();
    if (finding.evidence.empty()) continue;
    const Claim& claim = analysis.claims[finding.evidence.front().claim];
    out << place_text(place_of(analysis, claim)) << ": suppressed: " << finding.summary << " ["
        << finding.rule << ", " << finding.id << "] (" << finding.suppressed_by << ")\n";
  }
  size_t total = 0;
  std::string parts;
  for (Level level : kLevelsBySeverity) {
    if (!by_level[level]) continue;
    total += by_level[level];
    parts += (parts.empty() ? "" : ", ") + std::to_string(by_level[level]) + " " +
             std::string(by_level[level] == 1 ? to_string(level) : level_plural(level));
  }
  out << "crosscheck: "
      << (total ? std::to_string(total) + (total == 1 ? " finding (" : " findings (") + parts + ")"
                : std::string("no findings"));
  if (!analysis.suppressed.empty()) out << ", " << analysis.suppressed.size() << " suppressed";
  out << " in " << analysis.documents.size()
      << (analysis.documents.size() == 1 ? " source" : " sources") << "\n";
  pieces.flush(true);
}

std::string to_text(const Analysis& analysis, const Meta& meta) {
  return joined([&](const Sink& sink) { to_text(analysis, meta, sink); });
}

}  // namespace cc::report
