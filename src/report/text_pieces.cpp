#include "report/text_pieces.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace cc::report {

namespace {

enum class Kind : uint8_t { Claim, Highlight, Flagged };

struct Interval {
  Span span;
  Kind kind;
  uint32_t claim;  // for Kind::Claim
};

std::vector<Span> paragraph_spans(const Document& document) {
  std::vector<Span> out;
  if (!document.paragraphs.empty()) {
    for (const Paragraph& paragraph : document.paragraphs) {
      if (!paragraph.span.empty()) out.push_back(paragraph.span);
    }
    return out;
  }
  std::string_view text = document.text;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text::trim(text.substr(start, end - start));
    if (!line.empty()) {
      auto first = static_cast<uint32_t>(line.data() - text.data());
      out.push_back(Span{first, first + static_cast<uint32_t>(line.size())});
    }
    start = end + 1;
  }
  return out;
}

std::vector<Interval> intervals(const Analysis& analysis, uint32_t document, const TextMarks& marks,
                                std::vector<uint32_t>& claims) {
  auto size = static_cast<uint32_t>(analysis.documents[document].text.size());
  auto clip = [size](Span span) {
    span.end = std::min(span.end, size);
    span.start = std::min(span.start, span.end);
    return span;
  };
  std::vector<Interval> out;
  for (const Claim& claim : analysis.claims) {
    if (claim.source != document) continue;
    claims.push_back(claim.index);
    out.push_back({clip(claim.span), Kind::Claim, claim.index});
  }
  for (const Span& span : marks.highlights) out.push_back({clip(span), Kind::Highlight, 0});
  for (const Span& span : marks.flagged) out.push_back({clip(span), Kind::Flagged, 0});
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const Interval& i) { return i.span.empty(); }),
      out.end());
  std::sort(out.begin(), out.end(),
            [](const Interval& a, const Interval& b) { return a.span.start < b.span.start; });
  return out;
}

// Cuts one paragraph at every edge of the intervals active in it.
std::vector<TextPiece> cut(Span paragraph, const std::vector<const Interval*>& active) {
  std::vector<uint32_t> edges{paragraph.start, paragraph.end};
  for (const Interval* interval : active) {
    if (interval->span.start > paragraph.start && interval->span.start < paragraph.end)
      edges.push_back(interval->span.start);
    if (interval->span.end > paragraph.start && interval->span.end < paragraph.end)
      edges.push_back(interval->span.end);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  std::vector<TextPiece> pieces;
  for (size_t i = 0; i + 1 < edges.size(); ++i) {
    TextPiece piece;
    piece.span = Span{edges[i], edges[i + 1]};
    for (const Interval* interval : active) {
      if (interval->span.start > piece.span.start || interval->span.end < piece.span.end) continue;
      if (interval->kind == Kind::Claim) piece.claims.push_back(interval->claim);
      if (interval->kind == Kind::Highlight) piece.highlighted = true;
      if (interval->kind == Kind::Flagged) piece.flagged = true;
    }
    std::sort(piece.claims.begin(), piece.claims.end());
    pieces.push_back(std::move(piece));
  }
  return pieces;
}

}  // namespace

std::vector<std::vector<TextPiece>> text_pieces(const Analysis& analysis, uint32_t document,
                                                const TextMarks& marks) {
  std::vector<uint32_t> claims;
  std::vector<Interval> all = intervals(analysis, document, marks, claims);
  // Claims in order of where their anchor goes (start) and where they close (end).
  std::vector<uint32_t> by_start = claims, by_end = claims;
  auto span_of = [&analysis](uint32_t claim) { return analysis.claims[claim].span; };
  std::stable_sort(by_start.begin(), by_start.end(),
                   [&](uint32_t a, uint32_t b) { return span_of(a).start < span_of(b).start; });
  std::stable_sort(by_end.begin(), by_end.end(),
                   [&](uint32_t a, uint32_t b) { return span_of(a).end < span_of(b).end; });
  size_t next_anchor = 0, next_close = 0, next_interval = 0;

  std::vector<std::vector<TextPiece>> out;
  std::vector<const Interval*> active;
  for (const Span& paragraph : paragraph_spans(analysis.documents[document])) {
    while (next_interval < all.size() && all[next_interval].span.start < paragraph.end)
      active.push_back(&all[next_interval++]);
    active.erase(std::remove_if(active.begin(), active.end(),
                                [&](const Interval* i) { return i->span.end <= paragraph.start; }),
                 active.end());
    std::vector<TextPiece> pieces = cut(paragraph, active);
    for (TextPiece& piece : pieces) {
      while (next_anchor < by_start.size() && span_of(by_start[next_anchor]).start < piece.span.end)
        piece.anchors.push_back(by_start[next_anchor++]);
      while (next_close < by_end.size() && span_of(by_end[next_close]).end <= piece.span.end)
        piece.closing.push_back(by_end[next_close++]);
    }
    out.push_back(std::move(pieces));
  }
  // Claims after the last text (or a document without text) still get their anchor.
  if (next_anchor < by_start.size() || next_close < by_end.size()) {
    if (out.empty() || out.back().empty()) {
      auto end = static_cast<uint32_t>(analysis.documents[document].text.size());
      out.push_back({TextPiece{Span{end, end}, {}, false, false, {}, {}}});
    }
    TextPiece& last = out.back().back();
    while (next_anchor < by_start.size()) last.anchors.push_back(by_start[next_anchor++]);
    while (next_close < by_end.size()) last.closing.push_back(by_end[next_close++]);
  }
  return out;
}

}  // namespace cc::report
