#include "review/finding_view.hpp"

#include "review/text_layout.hpp"

namespace cc::review {

namespace {

// Below this width two sentences side by side get too narrow to read; they are stacked.
constexpr size_t kSideBySideWidth = 90;

std::string location(const Analysis& analysis, const Claim& claim) {
  const Document& document = analysis.documents[claim.source];
  Origin origin = document.locate(claim.span.start);
  return document.id + " " + document.path + ":" + std::to_string(origin.line) + ":" +
         std::to_string(origin.column);
}

// The evidence sentence with the conflicting words highlighted.
std::vector<Piece> sentence(const Analysis& analysis, const Evidence& evidence) {
  const Claim& claim = analysis.claims[evidence.claim];
  const Document& document = analysis.documents[claim.source];
  Span extent = analysis.sentence_extent(claim);
  std::vector<Piece> out;
  uint32_t at = extent.start;
  for (const Span& highlight : evidence.highlights) {
    if (highlight.start < at || highlight.end > extent.end) continue;
    out.push_back({std::string(document.slice(Span{at, highlight.start})), Style::Plain});
    out.push_back({std::string(document.slice(highlight)), Style::Highlight});
    at = highlight.end;
  }
  out.push_back({std::string(document.slice(Span{at, extent.end})), Style::Plain});
  return out;
}

void append(std::vector<std::string>& out, const std::vector<Piece>& pieces, size_t width,
            bool color) {
  for (const Line& line : wrap(pieces, width, !color)) out.push_back(render(line, color));
}

// Pieces with a space between each two.
std::vector<Piece> spaced(const std::vector<Piece>& pieces) {
  std::vector<Piece> out;
  for (const Piece& piece : pieces) {
    if (!out.empty()) out.push_back({" ", Style::Plain});
    out.push_back(piece);
  }
  return out;
}

void evidence_lines(std::vector<std::string>& out, const Analysis& analysis, const Finding& finding,
                    const ViewOptions& options) {
  const auto& items = finding.evidence;
  if (items.size() == 2 && options.width >= kSideBySideWidth) {
    size_t column = (options.width - 3) / 2;
    std::vector<Line> columns[2];
    for (size_t side = 0; side < 2; ++side) {
      const Claim& claim = analysis.claims[items[side].claim];
      columns[side] = wrap({{location(analysis, claim), Style::Dim}}, column);
      for (Line& line : wrap(sentence(analysis, items[side]), column)) {
        columns[side].push_back(std::move(line));
      }
    }
    for (auto& row : side_by_side(columns[0], columns[1], column, options.color)) {
      out.push_back(std::move(row));
    }
    return;
  }
  for (const Evidence& item : items) {
    append(out, {{location(analysis, analysis.claims[item.claim]), Style::Dim}}, options.width,
           options.color);
    append(out, sentence(analysis, item), options.width, options.color);
    out.emplace_back();
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
}

void verdict_lines(std::vector<std::string>& out, const Finding& finding,
                   const ViewOptions& options) {
  if (finding.verdict.empty()) {
    append(out, spaced({{"Verdict:", Style::Strong}, {"not reviewed yet", Style::Plain}}),
           options.width, options.color);
  } else {
    std::vector<Piece> pieces{{"Verdict:", Style::Strong},
                              {finding.verdict.str(), Style::Good},
                              {"by " + finding.verdict_reviewer, Style::Plain}};
    if (!finding.verdict_note.empty())
      pieces.push_back({"— " + finding.verdict_note, Style::Plain});
    append(out, spaced(pieces), options.width, options.color);
    if (finding.verdict_stale) {
      append(out,
             {{"STALE: the evidence text changed since this verdict; look again.", Style::Warning}},
             options.width, options.color);
    }
  }
}

}  // namespace

std::vector<std::string> render_finding(const Review& review, size_t index,
                                        const ViewOptions& options) {
  const Analysis& analysis = review.analysis();
  const Finding& finding = review.finding(index);
  std::vector<std::string> out;
  append(out,
         spaced({{"[" + std::string(to_string(finding.level)) + "] " + finding.type, Style::Strong},
                 {"· " + finding.id + " · " + finding.rule, Style::Dim}}),
         options.width, options.color);
  append(out, {{finding.summary.str(), Style::Plain}}, options.width, options.color);
  out.emplace_back();
  evidence_lines(out, analysis, finding, options);
  if (!finding.diff.empty() && finding.evidence.size() >= 2) {
    out.emplace_back();
    std::vector<Piece> pieces{{"Diff:", Style::Strong}};
    for (const DiffToken& token : finding.diff) {
      Style style = token.op == DiffToken::Op::Delete   ? Style::Deleted
                    : token.op == DiffToken::Op::Insert ? Style::Inserted
                                                        : Style::Plain;
      pieces.push_back({token.text, style});
    }
    append(out, spaced(pieces), options.width, options.color);
  }
  out.emplace_back();
  append(out, spaced({{"Why:", Style::Strong}, {finding.explanation.str(), Style::Plain}}),
         options.width, options.color);
  out.emplace_back();
  verdict_lines(out, finding, options);
  return out;
}

std::vector<std::string> render_resolved(const Record& record, const ViewOptions& options) {
  std::vector<std::string> out;
  std::string summary = snapshot_summary(record.snapshot);
  append(out,
         spaced({{"[resolved by source change]", Style::Warning}, {record.finding, Style::Dim}}),
         options.width, options.color);
  if (!summary.empty()) append(out, {{summary, Style::Plain}}, options.width, options.color);
  std::vector<Piece> verdict{{"Verdict was:", Style::Strong},
                             {std::string(to_string(record.verdict)), Style::Good},
                             {"by " + record.reviewer, Style::Plain}};
  if (!record.note.empty()) verdict.push_back({"— " + record.note, Style::Plain});
  append(out, spaced(verdict), options.width, options.color);
  return out;
}

}  // namespace cc::review
