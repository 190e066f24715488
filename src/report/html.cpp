// The HTML report: one self-contained page rendered from the built-in templates in
// src/report/templates/ (kainjow mustache). Source text reaches the page escaped: through
// `{{ }}` tags, or, for the full texts, through the engine's html_escape in
// article_body(); `{{{ }}}` inserts only the report's own style and script and that
// pre-escaped body. A Content-Security-Policy that names that style and script by hash
// keeps any markup that might slip through inert, and forbids every network request.
#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>

#include "core/text.hpp"
#include "report/common.hpp"
#include "report/report.hpp"
#include "report/sha256.hpp"
#include "report/text_pieces.hpp"
#include "resources/resources.hpp"

namespace cc::report {

namespace {

namespace mst = kainjow::mustache;
using Data = mst::data;

struct Templates {
  std::string page, finding, fact, single_fact, style, script;
};

Templates load_templates() {
  auto tree = resources::builtin("src/report/templates");
  auto need = [&tree](const char* name) {
    auto content = tree->read(name);
    if (!content) throw std::runtime_error(std::string("built-in template missing: ") + name);
    return *content;
  };
  return Templates{need("report.html"),      need("finding.html"), need("fact.html"),
                   need("single_fact.html"), need("report.css"),   need("report.js")};
}

std::string number(size_t value) {
  return std::to_string(value);
}

std::string claim_anchor(uint32_t claim) {
  return "claim-c" + number(claim + 1);
}

std::string finding_anchor(const Finding& finding) {
  return "f-" + finding.id;
}

Data list_of(std::vector<Data>& items) {
  Data out(Data::type::list);
  for (Data& item : items) out.push_back(item);
  return out;
}

// For each claim, the most severe level of a finding it takes part in (-1: none).
// Suppressed findings count: accepting a finding does not make the sources agree.
std::vector<int> claim_levels(const Analysis& analysis) {
  std::vector<int> out(analysis.claims.size(), -1);
  for (const auto* list : {&analysis.findings, &analysis.suppressed}) {
    for (const Finding& finding : *list) {
      for (const Evidence& evidence : finding.evidence) {
        out[evidence.claim] = std::max(out[evidence.claim], static_cast<int>(finding.level));
      }
    }
  }
  return out;
}

void summary(const Analysis& analysis, Data& page) {
  std::map<Level, size_t> by_level;
  std::map<std::string, size_t> by_type;
  for (const Finding& finding : analysis.findings) {
    ++by_level[finding.level];
    ++by_type[finding.type.str()];
  }
  std::vector<Data> levels, types;
  for (Level level : kLevelsBySeverity) {
    Data item;
    item["level"] = std::string(to_string(level));
    item["count"] = number(by_level[level]);
    item["plural"] = std::string(by_level[level] == 1 ? to_string(level) : level_plural(level));
    item["zero"] = by_level[level] == 0;
    levels.push_back(std::move(item));
  }
  for (const auto& [type, count] : by_type) {
    Data item;
    item["type"] = type;
    item["count"] = number(count);
    types.push_back(std::move(item));
  }
  page["levels"] = list_of(levels);
  page["has_types"] = !types.empty();
  page["types"] = list_of(types);
}

// The Sources table: each document's claim and finding counts, and one row at a time.
class SourceRows {
 public:
  explicit SourceRows(const Analysis& analysis)
      : analysis_(analysis),
        claims_(analysis.documents.size()),
        findings_(analysis.documents.size()) {
    for (const Claim& claim : analysis.claims) ++claims_[claim.source];
    for (const Finding& finding : analysis.findings) {
      std::set<uint32_t> involved;
      for (const Evidence& e : finding.evidence) involved.insert(analysis.claims[e.claim].source);
      for (uint32_t source : involved) ++findings_[source];
    }
  }

  Data row(size_t i) const {
    const Document& document = analysis_.documents[i];
    Data row;
    row["id"] = document.id;
    row["title"] = document.title.empty() ? std::string("—") : text::truncate(document.title, 140);
    row["outlet"] = document.outlet.empty() ? std::string("—") : document.outlet.str();
    row["published"] = document.published ? document.published->iso() : std::string("—");
    row["path"] = document.path.str();
    row["claims"] = number(claims_[i]);
    row["findings"] = number(findings_[i]);
    return row;
  }

 private:
  const Analysis& analysis_;
  std::vector<size_t> claims_, findings_;
};

Data evidence_data(const Analysis& analysis, const Evidence& evidence, bool main) {
  const Claim& claim = analysis.claims[evidence.claim];
  const Document& document = analysis.documents[claim.source];
  Data item;
  item["main"] = main;
  item["source"] = document.id;
  item["name"] = text::truncate(source_name(document), 90);
  item["has_outlet"] = !document.outlet.empty();
  item["outlet"] = document.outlet.str();
  item["target"] = claim_anchor(claim.index);
  item["location"] = place_text(place_of(analysis, claim));
  std::vector<Data> pieces;
  for (const SentencePiece& piece : highlighted_sentence(analysis, evidence)) {
    Data data;
    data["text"] = std::string(piece.text);
    data["highlighted"] = piece.highlighted;
    pieces.push_back(std::move(data));
  }
  item["pieces"] = list_of(pieces);
  return item;
}

void diff_data(const Analysis& analysis, const Finding& finding, Data& card) {
  card["has_diff"] = !finding.diff.empty() && finding.evidence.size() >= 2;
  if (finding.diff.empty() || finding.evidence.size() < 2) return;
  auto source_of = [&](size_t i) {
    return analysis.documents[analysis.claims[finding.evidence[i].claim].source].id;
  };
  card["diff_from"] = source_of(0);
  card["diff_to"] = source_of(1);
  std::vector<Data> runs;
  for (const DiffRun& run : diff_runs(finding.diff)) {
    Data item;
    item["first"] = runs.empty();
    item["text"] = run.text;
    item["equal"] = run.op == DiffToken::Op::Equal;
    item["removed"] = run.op == DiffToken::Op::Delete;
    item["added"] = run.op == DiffToken::Op::Insert;
    runs.push_back(std::move(item));
  }
  card["runs"] = list_of(runs);
}

Data finding_card(const Analysis& analysis, const Finding& finding, size_t index) {
  Data card;
  card["id"] = finding.id.str();
  card["anchor"] = finding_anchor(finding);
  card["number"] = number(index + 1);
  card["level"] = std::string(to_string(finding.level));
  card["level_title"] = std::string(level_title(finding.level));
  card["type"] = finding.type.str();
  card["rule"] = finding.rule.str();
  card["summary"] = finding.summary.str();
  card["explanation"] = finding.explanation.str();
  if (!finding.verdict.empty()) {
    Data review;
    review["verdict"] = finding.verdict.str();
    review["reviewer"] = finding.verdict_reviewer.str();
    review["note"] = finding.verdict_note.str();
    review["has_note"] = !finding.verdict_note.empty();
    review["stale"] = finding.verdict_stale;
    card["review"] = std::move(review);
  }
  std::string sources;
  for (const std::string& id : finding_sources(analysis, finding))
    sources += (sources.empty() ? "" : " ") + id;
  card["sources"] = sources;
  std::vector<Data> evidence;
  for (size_t i = 0; i < finding.evidence.size(); ++i)
    evidence.push_back(evidence_data(analysis, finding.evidence[i], i == 0));
  card["evidence"] = list_of(evidence);
  diff_data(analysis, finding, card);
  return card;
}

void filters(const Analysis& analysis, Data& page) {
  std::map<Level, size_t> by_level;
  std::map<std::string, size_t> by_type;
  std::vector<size_t> by_source(analysis.documents.size());
  for (const Finding& finding : analysis.findings) {
    ++by_level[finding.level];
    ++by_type[finding.type.str()];
    std::set<uint32_t> involved;
    for (const Evidence& e : finding.evidence) involved.insert(analysis.claims[e.claim].source);
    for (uint32_t source : involved) ++by_source[source];
  }
  std::vector<Data> levels, types, sources;
  for (Level level : kLevelsBySeverity) {
    if (!by_level.count(level)) continue;
    Data item;
    item["value"] = std::string(to_string(level));
    item["label"] = std::string(level_title(level));
    item["count"] = number(by_level[level]);
    levels.push_back(std::move(item));
  }
  for (const auto& [type, count] : by_type) {
    Data item;
    item["value"] = type;
    item["count"] = number(count);
    types.push_back(std::move(item));
  }
  for (size_t i = 0; i < analysis.documents.size(); ++i) {
    if (by_source[i] == 0) continue;
    Data item;
    item["value"] = analysis.documents[i].id;
    item["name"] = source_name(analysis.documents[i]);
    item["count"] = number(by_source[i]);
    sources.push_back(std::move(item));
  }
  page["filter_levels"] = list_of(levels);
  page["filter_types"] = list_of(types);
  page["filter_sources"] = list_of(sources);
}

// Where one source stands on one aligned fact: its claims of the fact, at their highest
// finding level.
Data fact_cell(const Analysis& analysis, uint32_t source, const std::vector<uint32_t>& claims,
               const std::vector<int>& levels) {
  int level = -1;
  for (uint32_t claim : claims) level = std::max(level, levels[claim]);
  std::string state = claims.empty()                                    ? "silent"
                      : level == static_cast<int>(Level::Contradiction) ? "contradicts"
                      : level == static_cast<int>(Level::Divergence)    ? "differs"
                                                                        : "states";
  Data cell;
  cell["state"] = state;
  cell["has_claim"] = !claims.empty();
  cell["target"] = claims.empty() ? std::string() : claim_anchor(claims.front());
  const std::string& id = analysis.documents[source].id;
  cell["title"] = claims.empty() ? id + " does not report this"
                                 : id + " " + state + " (" + number(claims.size()) +
                                       (claims.size() == 1 ? " claim)" : " claims)");
  return cell;
}

// A built-in template that fails to parse or render is a bug: it throws.
void check(const mst::mustache& view) {
  if (!view.is_valid()) throw std::runtime_error("HTML template: " + view.error_message());
}

mst::mustache compiled(const std::string& source) {
  mst::mustache view(source);
  check(view);
  return view;
}

void render_row(mst::mustache& view, const Data& row, std::string& out) {
  view.render(row, [&out](const std::string& piece) { out += piece; });
  check(view);
}

// One row of a facts matrix, rendered at once through the fact template: a matrix holds
// a cell per source per fact, and a template data tree costs several hundred bytes a cell
// (1,000 documents: hundreds of megabytes), against a hundred or so for its markup.
void fact_row(const Analysis& analysis, const Fact& fact, const std::vector<int>& levels,
              const std::vector<uint32_t>& columns, mst::mustache& view, std::string& out) {
  std::map<uint32_t, std::vector<uint32_t>> by_source;
  for (uint32_t claim : fact.claims) by_source[analysis.claims[claim].source].push_back(claim);
  static const std::vector<uint32_t> none;
  std::vector<Data> cells;
  cells.reserve(columns.size());
  for (uint32_t source : columns) {
    auto found = by_source.find(source);
    cells.push_back(
        fact_cell(analysis, source, found == by_source.end() ? none : found->second, levels));
  }
  Data row;
  row["label"] = fact.label;
  row["cells"] = list_of(cells);
  render_row(view, row, out);
}

// One row of the facts a single source reports: the fact, its source and the one cell
// that is not silent. As a matrix row it took a cell per source of the story, all but
// one "silent": on a pile nine tenths of the page (docs/report-formats.md).
void single_fact_row(const Analysis& analysis, const Fact& fact, const std::vector<int>& levels,
                     mst::mustache& view, std::string& out) {
  uint32_t source = analysis.claims[fact.claims.front()].source;
  Data row = fact_cell(analysis, source, fact.claims, levels);
  row["label"] = fact.label;
  row["id"] = analysis.documents[source].id;
  render_row(view, row, out);
}

// A list of rendered rows and how many there are.
struct Rows {
  std::string html;
  size_t count = 0;
};

// One facts matrix per story, its columns the story's sources only: facts never span two
// stories, and a matrix over every source of a large run would grow with the square of
// the number of documents (1,000 documents: a million cells per hundred facts). Each
// story's rows are rendered when its group of the page is written, then freed.
class FactGroups {
 public:
  FactGroups(const Analysis& analysis, const Templates& templates)
      : analysis_(analysis),
        levels_(claim_levels(analysis)),
        view_(compiled(templates.fact)),
        single_view_(compiled(templates.single_fact)) {
    // Stories in the order of their first document; a fact's story is its first claim's.
    for (uint32_t i = 0; i < analysis.documents.size(); ++i) {
      auto [it, added] = sources_of_.try_emplace(analysis.documents[i].story.str());
      if (added) order_.push_back(it->first);
      it->second.push_back(i);
    }
    for (uint32_t f = 0; f < analysis.facts.size(); ++f) {
      const Fact& fact = analysis.facts[f];
      if (fact.claims.empty()) continue;
      facts_of_[analysis.documents[analysis.claims[fact.claims.front()].source].story.str()]
          .push_back(f);
    }
  }

  // Calls `write` with each group of the page's facts section, in story order.
  template <typename Write>
  void each(Write&& write) {
    bool multiple = facts_of_.size() > 1;
    bool any = false;
    for (const std::string& story : order_) {
      auto facts = facts_of_.find(story);
      // A story without facts gets no matrix, unless no story has any (then one empty note).
      if (facts == facts_of_.end() && !(facts_of_.empty() && !any)) continue;
      any = true;
      write(group(story, facts == facts_of_.end() ? nullptr : &facts->second, multiple));
    }
  }

 private:
  Data group(const std::string& story, const std::vector<uint32_t>* facts, bool multiple) {
    const std::vector<uint32_t>& sources = sources_of_[story];
    static const std::vector<uint32_t> none;
    Rows shared, single;
    for (uint32_t f : facts ? *facts : none) {
      const Fact& fact = analysis_.facts[f];
      std::set<uint32_t> reporting;
      for (uint32_t claim : fact.claims) reporting.insert(analysis_.claims[claim].source);
      if (reporting.size() > 1) {
        fact_row(analysis_, fact, levels_, sources, view_, shared.html);
        ++shared.count;
      } else {
        single_fact_row(analysis_, fact, levels_, single_view_, single.html);
        ++single.count;
      }
    }
    std::vector<Data> columns;
    for (uint32_t source : sources) {
      Data column;
      column["id"] = analysis_.documents[source].id;
      column["name"] = source_name(analysis_.documents[source]);
      columns.push_back(std::move(column));
    }
    // The template's line ends the last row.
    for (Rows* list : {&shared, &single}) {
      if (!list->html.empty() && list->html.back() == '\n') list->html.pop_back();
    }
    Data group;
    // Several matrices get a heading each (text the template places before the table).
    std::string heading;
    if (multiple) {
      heading = "<h3 class=\"story-title\">Story " + mst::html_escape<std::string>(story) + " (" +
                number(columns.size()) + (columns.size() == 1 ? " source" : " sources") +
                ")</h3>\n  ";
    }
    group["shared_heading"] = shared.count == 0 ? std::string() : heading;
    group["empty_heading"] = shared.count == 0 ? heading : std::string();
    group["columns"] = list_of(columns);
    group["has_shared_facts"] = shared.count != 0;
    group["shared_fact_count"] = number(shared.count);
    group["shared_rows"] = std::move(shared.html);
    group["has_single_facts"] = single.count != 0;
    group["single_fact_count"] = number(single.count);
    group["single_rows"] = std::move(single.html);
    return group;
  }

  const Analysis& analysis_;
  std::vector<int> levels_;
  mst::mustache view_;
  mst::mustache single_view_;
  std::vector<std::string> order_;
  std::map<std::string, std::vector<uint32_t>> sources_of_;
  std::map<std::string, std::vector<uint32_t>> facts_of_;  // story -> its facts, in order
};

// What the full texts mark, per document, and which findings each claim links back to.
struct Marks {
  std::vector<TextMarks> documents;
  std::map<uint32_t, std::vector<size_t>> findings_of_claim;  // claim -> finding indices
};

Marks collect_marks(const Analysis& analysis) {
  Marks out;
  out.documents.resize(analysis.documents.size());
  for (size_t i = 0; i < analysis.findings.size(); ++i) {
    for (const Evidence& evidence : analysis.findings[i].evidence) {
      const Claim& claim = analysis.claims[evidence.claim];
      TextMarks& marks = out.documents[claim.source];
      marks.flagged.push_back(analysis.sentence_extent(claim));
      // The runs the cards mark (joined across spaces), as spans of the document's text.
      const char* text = analysis.documents[claim.source].text.data();
      for (const SentencePiece& piece : highlighted_sentence(analysis, evidence)) {
        if (!piece.highlighted) continue;
        auto start = static_cast<uint32_t>(piece.text.data() - text);
        marks.highlights.push_back(Span{start, start + static_cast<uint32_t>(piece.text.size())});
      }
      auto& refs = out.findings_of_claim[claim.index];
      if (std::find(refs.begin(), refs.end(), i) == refs.end()) refs.push_back(i);
    }
  }
  return out;
}

std::string escape(std::string_view text) {
  return mst::html_escape<std::string>(std::string(text));
}

// One run of a full text: its link targets, the text (marked when it holds conflicting
// words, underlined inside claims, shaded inside flagged sentences), then links to the
// findings of the claims that end with it.
void append_piece(std::string& out, const Analysis& analysis, const Document& document,
                  const TextPiece& piece, const Marks& marks) {
  for (uint32_t claim : piece.anchors)
    out += "<span class=\"anchor\" id=\"" + claim_anchor(claim) + "\"></span>";
  std::string classes;
  if (!piece.claims.empty()) classes = "claim";
  if (piece.flagged) classes += classes.empty() ? "flagged" : " flagged";
  std::string text = escape(document.slice(piece.span));
  if (!piece.highlighted && classes.empty()) {
    out += text;
  } else {
    std::string claims;
    for (uint32_t claim : piece.claims) claims += (claims.empty() ? "c" : " c") + number(claim + 1);
    const char* tag = piece.highlighted ? "mark" : "span";
    out += std::string("<") + tag;
    if (!classes.empty()) out += " class=\"" + classes + "\"";
    if (!claims.empty()) out += " data-claims=\"" + claims + "\"";
    out += ">" + text + "</" + tag + ">";
  }
  for (uint32_t claim : piece.closing) {
    auto it = marks.findings_of_claim.find(claim);
    if (it == marks.findings_of_claim.end()) continue;
    for (size_t index : it->second) {
      const Finding& finding = analysis.findings[index];
      std::string title = std::string(level_title(finding.level)) + " #" + number(index + 1) +
                          ": " + text::truncate(finding.summary, 140);
      out += "<a class=\"ref level-" + std::string(to_string(finding.level)) + "\" href=\"#" +
             escape(finding_anchor(finding)) + "\" title=\"" + escape(title) +
             "\"><span class=\"sr-only\">Finding </span>" + number(index + 1) + "</a>";
    }
  }
}

// A full text's paragraphs as HTML. Texts are the bulk of a report (megabytes for a
// large cluster), so their markup is built here rather than through a template data
// tree, which costs several times the text in memory and time. Every run of source text
// goes through the template engine's own html_escape.
std::string article_body(const Analysis& analysis, uint32_t document, const Marks& marks) {
  std::string out;
  out.reserve(analysis.documents[document].text.size() * 5 / 4);
  for (const auto& pieces : text_pieces(analysis, document, marks.documents[document])) {
    out += "<p>";
    for (const TextPiece& piece : pieces)
      append_piece(out, analysis, analysis.documents[document], piece, marks);
    out += "</p>\n";
  }
  return out;
}

// One full text of the page, its body made when the page reaches it.
Data text_of(const Analysis& analysis, uint32_t i, const Marks& marks) {
  const Document& document = analysis.documents[i];
  Data text;
  text["id"] = document.id;
  text["name"] = source_name(document);
  text["has_outlet"] = !document.outlet.empty();
  text["outlet"] = document.outlet.str();
  text["has_published"] = document.published.has_value();
  text["published"] = document.published ? document.published->iso() : std::string();
  text["path"] = document.path.str();
  text["body"] = article_body(analysis, i, marks);
  return text;
}

Data suppressed(const Analysis& analysis) {
  std::vector<Data> out;
  for (const Finding& finding : analysis.suppressed) {
    Data item;
    item["id"] = finding.id.str();
    item["level"] = std::string(to_string(finding.level));
    item["level_title"] = std::string(level_title(finding.level));
    item["type"] = finding.type.str();
    item["summary"] = finding.summary.str();
    item["reason"] =
        finding.suppressed_by.empty() ? std::string("suppressed") : finding.suppressed_by.str();
    item["location"] =
        finding.evidence.empty()
            ? std::string()
            : place_text(place_of(analysis, analysis.claims[finding.evidence[0].claim]));
    out.push_back(std::move(item));
  }
  return list_of(out);
}

// The page template cut at the standalone lines that open and close a list section:
// the text before, the body rendered once per item, the text after. Mustache renders
// nothing for a standalone section line, so rendering the parts in turn gives the bytes
// of rendering the whole.
struct SectionCut {
  std::string before, body, after;
};

SectionCut cut_section(const std::string& source, const std::string& name) {
  auto line_of = [&](const std::string& tag, size_t after) {
    size_t at = source.find(tag, after);
    if (at == std::string::npos) throw std::runtime_error("HTML template: no " + tag);
    size_t start = source.rfind('\n', at);
    start = start == std::string::npos ? 0 : start + 1;
    size_t end = source.find('\n', at);
    end = end == std::string::npos ? source.size() : end + 1;
    auto blank = [&](size_t from, size_t to) {
      return source.find_first_not_of(" \t\r\n", from) >= to;
    };
    if (!blank(start, at) || !blank(at + tag.size(), end)) {
      throw std::runtime_error("HTML template: " + tag + " must stand on its own line");
    }
    return std::pair<size_t, size_t>{start, end};
  };
  auto open = line_of("{{#" + name + "}}", 0);
  auto close = line_of("{{/" + name + "}}", open.second);
  return SectionCut{source.substr(0, open.first),
                    source.substr(open.second, close.first - open.second),
                    source.substr(close.second)};
}

// Renders templates to `sink` in pieces of about a megabyte: the page of a large run is
// tens of megabytes, never held whole.
class PageWriter {
 public:
  explicit PageWriter(const Sink& sink) : sink_(sink) { buffer_.reserve(kPiece + 4096); }

  void render(mst::mustache& view, const Data& data) {
    view.render(data, [this](const std::string& piece) {
      buffer_ += piece;
      if (buffer_.size() >= kPiece) {
        sink_(buffer_);
        buffer_.clear();
      }
    });
    check(view);
  }

  void finish() {
    if (!buffer_.empty()) sink_(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr size_t kPiece = 1 << 20;
  const Sink& sink_;
  std::string buffer_;
};

// The page cut around its four long lists, in the order they appear: the sources, the
// finding cards, the facts groups and the full texts. `text[i]` comes before `list[i]`'s
// items and the last text ends the page.
struct PageParts {
  static constexpr const char* kLists[] = {"sources", "findings", "fact_groups", "texts"};
  static constexpr size_t kCount = std::size(kLists);
  std::array<std::string, kCount + 1> text;
  std::array<std::string, kCount> list;
};

PageParts cut_page(const std::string& page) {
  PageParts parts;
  std::string rest = page;
  for (size_t i = 0; i < PageParts::kCount; ++i) {
    SectionCut cut = cut_section(rest, PageParts::kLists[i]);
    parts.text[i] = std::move(cut.before);
    parts.list[i] = std::move(cut.body);
    rest = std::move(cut.after);
  }
  parts.text[PageParts::kCount] = std::move(rest);
  return parts;
}

}  // namespace

void to_html(const Analysis& analysis, const Meta& meta, const Sink& sink) {
  static const Templates templates = load_templates();
  Data page;
  page["version"] = meta.tool_version;
  page["headline"] = analysis.documents.empty()
                         ? std::string("no sources")
                         : text::truncate(source_name(analysis.documents.front()), 90);
  page["source_count"] = number(analysis.documents.size());
  page["claim_count"] = number(analysis.claims.size());
  page["finding_count"] = number(analysis.findings.size());
  page["has_suppressed"] = !analysis.suppressed.empty();
  page["suppressed_count"] = number(analysis.suppressed.size());
  summary(analysis, page);
  page["has_findings"] = !analysis.findings.empty();
  filters(analysis, page);
  page["suppressed"] = suppressed(analysis);
  page["style"] = templates.style;
  page["script"] = templates.script;
  page["style_hash"] = csp_hash(templates.style);
  page["script_hash"] = csp_hash(templates.script);
  const auto finding_partial = mst::partial([] { return templates.finding; });
  // The long lists (sources, finding cards, facts groups, full texts: most of a large
  // page) are made one item at a time as the page reaches them, and freed once written.
  static const PageParts parts = cut_page(templates.page);
  std::vector<mst::mustache> texts, lists;
  for (const auto& part : parts.text) texts.push_back(compiled(part));
  for (const auto& part : parts.list) lists.push_back(compiled(part));
  PageWriter writer(sink);
  writer.render(texts[0], page);
  SourceRows source_rows(analysis);
  for (size_t i = 0; i < analysis.documents.size(); ++i)
    writer.render(lists[0], source_rows.row(i));
  writer.render(texts[1], page);
  for (size_t i = 0; i < analysis.findings.size(); ++i) {
    Data card = finding_card(analysis, analysis.findings[i], i);
    card["finding"] = finding_partial;  // the item's own context holds the partial
    writer.render(lists[1], card);
  }
  writer.render(texts[2], page);
  FactGroups(analysis, templates).each([&](const Data& group) { writer.render(lists[2], group); });
  writer.render(texts[3], page);
  Marks marks = collect_marks(analysis);
  for (uint32_t i = 0; i < analysis.documents.size(); ++i) {
    writer.render(lists[3], text_of(analysis, i, marks));
  }
  writer.render(texts[4], page);
  writer.finish();
}

std::string to_html(const Analysis& analysis, const Meta& meta) {
  std::string out;
  to_html(analysis, meta, [&out](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace cc::report
