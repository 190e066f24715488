// GitHub Actions workflow commands: `::error file=F,line=L,...::message`, one per finding,
// which the runner turns into annotations on the file and line. Escaped exactly as
// @actions/core escapes them: in the message `%`, CR and LF; in properties also `:` and `,`.
#include <algorithm>
#include <sstream>

#include "report/common.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

std::string_view command(Level level) {
  switch (level) {
    case Level::Contradiction:
      return "error";
    case Level::Divergence:
      return "warning";
    case Level::Note:
      return "notice";
  }
  return "notice";
}

std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string sentence(const Analysis& analysis, const Claim& claim) {
  std::string text(analysis.documents[claim.source].slice(analysis.sentence_extent(claim)));
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

}  // namespace

void to_github(const Analysis& analysis, const Meta&, const Sink& sink) {
  PieceStream pieces(sink);
  std::ostringstream& out = pieces.out();
  for (const Finding& finding : analysis.findings) {
    pieces.flush();
    if (finding.evidence.empty()) continue;
    const Claim& main = analysis.claims[finding.evidence.front().claim];
    Place place = place_of(analysis, main);
    std::string title =
        "crosscheck " + std::string(to_string(finding.level)) + " (" + finding.type + ")";
    // The runner accepts col/endColumn only when the annotation stays on one line.
    // A finding a reviewer dismissed is shown, but only as a notice: it no longer fails.
    Level shown = dismissed_by_review(finding) ? Level::Note : finding.level;
    out << "::" << command(shown) << " file=" << escape_property(place.document->path)
        << ",line=" << place.start.line
        << ",endLine=" << std::max(place.end.line, place.start.line);
    if (place.end.line == place.start.line) {
      out << ",col=" << place.start.column
          << ",endColumn=" << std::max(place.end.column, place.start.column);
    }
    out << ",title=" << escape_property(title) << "::";
    std::string message = finding.summary + "\n" + finding.explanation;
    for (size_t i = 1; i < finding.evidence.size(); ++i) {
      const Claim& claim = analysis.claims[finding.evidence[i].claim];
      message += "\n" + place_text(place_of(analysis, claim)) + ": " + sentence(analysis, claim);
    }
    if (!finding.verdict.empty()) message += "\nVerdict: " + verdict_text(finding);
    message += "\n(" + finding.rule + ", id " + finding.id + ")";
    out << escape_data(message) << "\n";
  }
  pieces.flush(true);
}

std::string to_github(const Analysis& analysis, const Meta& meta) {
  return joined([&](const Sink& sink) { to_github(analysis, meta, sink); });
}

}  // namespace cc::report
