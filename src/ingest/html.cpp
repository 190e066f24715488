// .html files, and HTML bodies of JSON articles: article text only.
//
// Two passes over the tokens: the first learns what the page holds (is there an <article>,
// a <main>?) and reads its metadata; the second copies the text of the chosen scope,
// skipping elements that never hold article text.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "ingest/ascii.hpp"
#include "ingest/entities.hpp"
#include "ingest/formats.hpp"
#include "ingest/html_tokenizer.hpp"
#include "ingest/suppression.hpp"

namespace cc::ingest {

namespace {

template <size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is never article text: code, navigation, page furniture, forms,
// embedded media, and the document head.
bool is_hidden(std::string_view name) {
  static constexpr std::array<std::string_view, 22> kHidden = {
      "script", "style",    "noscript", "template", "nav",      "header", "footer",     "aside",
      "form",   "svg",      "iframe",   "button",   "select",   "figure", "figcaption", "head",
      "title",  "textarea", "xmp",      "noembed",  "noframes", "math"};
  return is_one_of(name, kHidden);
}

// Elements that start and end a paragraph.
bool is_block(std::string_view name) {
  static constexpr std::array<std::string_view, 32> kBlocks = {
      "p",    "div",     "br",         "h1",      "h2",      "h3",   "h4",       "h5",
      "h6",   "li",      "blockquote", "section", "article", "tr",   "pre",      "hr",
      "dd",   "dt",      "table",      "ul",      "ol",      "main", "dl",       "address",
      "body", "caption", "details",    "summary", "center",  "html", "fieldset", "legend"};
  return is_one_of(name, kBlocks);
}

// Elements that never have content, so never stay open.
bool is_void(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kVoid = {
      "area",  "base", "br",   "col",   "embed",  "hr",    "img",
      "input", "link", "meta", "param", "source", "track", "wbr"};
  return is_one_of(name, kVoid);
}

// Elements that may appear inside <head>; any other start tag means the head has ended.
bool is_head_content(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kHeadContent = {
      "head", "title", "meta", "link", "style", "script", "base", "noscript", "template"};
  return is_one_of(name, kHeadContent);
}

bool is_cell(std::string_view name) {
  return name == "td" || name == "th";
}

bool decodes_to_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0;
}

// The elements open at the current token, as far as a tolerant reader can tell: an end tag
// closes the nearest open element of its name (and everything opened after it); an end
// tag with nothing to close is ignored.
class OpenElements {
 public:
  void start(const HtmlToken& tag) {
    if (!is_head_content(tag.name) && count("head") > 0) end("head");
    if (tag.self_closing || is_void(tag.name)) return;
    auto entry = counts_.try_emplace(tag.name, 0).first;
    ++entry->second;
    bool hidden = is_hidden(tag.name);
    hidden_ += hidden;
    stack_.push_back(Element{&entry->first, hidden});
  }
  void end(const std::string& name) {
    if (count(name) == 0) return;  // counting first keeps stray end tags O(1)
    for (;;) {
      Element top = stack_.back();
      stack_.pop_back();
      --counts_[*top.name];
      hidden_ -= top.hidden;
      if (*top.name == name) return;
    }
  }
  int count(const std::string& name) const {
    auto found = counts_.find(name);
    return found == counts_.end() ? 0 : found->second;
  }
  bool hidden() const { return hidden_ > 0; }

 private:
  struct Element {
    const std::string* name;  // the key in counts_, which never moves
    bool hidden;
  };
  std::vector<Element> stack_;
  std::unordered_map<std::string, int> counts_;
  int hidden_ = 0;
};

// What the first pass learns about a page.
struct PageFacts {
  bool has_article = false;  // a visible <article>
  bool has_main = false;     // a visible <main>
  std::string og_title, title_element, first_h1;
  std::string site_name, canonical, og_url;
  std::optional<Date> published_time, time_element, meta_date;
};

bool has_token(std::string_view list, std::string_view word) {
  for (const text::Word& w : text::words(list)) {
    if (w.norm == word) return true;
  }
  return false;
}

// Records what a <meta>, <link> or <time> tag says about the page.
void read_metadata_tag(std::string_view html, const HtmlToken& tag, PageFacts& facts) {
  auto set_if_empty = [](std::string& field, const std::optional<std::string>& value) {
    if (field.empty() && value) field = text::squeeze_spaces(*value);
  };
  auto date_if_empty = [](std::optional<Date>& field, const std::optional<std::string>& value) {
    if (!field && value) field = parse_date(*value);
  };
  if (tag.name == "meta") {
    auto key = attribute(html, tag, "property");
    if (!key) key = attribute(html, tag, "name");
    if (!key) return;
    std::string name = text::fold(*key);
    auto content = attribute(html, tag, "content");
    if (name == "og:title") set_if_empty(facts.og_title, content);
    if (name == "og:site_name") set_if_empty(facts.site_name, content);
    if (name == "og:url") set_if_empty(facts.og_url, content);
    if (name == "article:published_time") date_if_empty(facts.published_time, content);
    if (name == "date") date_if_empty(facts.meta_date, content);
  } else if (tag.name == "link") {
    auto rel = attribute(html, tag, "rel");
    if (rel && has_token(*rel, "canonical"))
      set_if_empty(facts.canonical, attribute(html, tag, "href"));
  } else if (tag.name == "time") {
    date_if_empty(facts.time_element, attribute(html, tag, "datetime"));
  }
}

// First pass: scope and metadata.
PageFacts scan_page(std::string_view html) {
  PageFacts facts;
  OpenElements open;
  HtmlTokenizer tokens(html);
  std::string* capture = nullptr;  // the <title> or first <h1> being read
  std::string capturing;           // the element `capture` reads
  for (HtmlToken token; tokens.next(token);) {
    if (token.kind == HtmlToken::Kind::StartTag) {
      open.start(token);
      facts.has_article |= token.name == "article" && !open.hidden();
      facts.has_main |= token.name == "main" && !open.hidden();
      read_metadata_tag(html, token, facts);
      std::string* target = token.name == "title" ? &facts.title_element
                            : token.name == "h1"  ? &facts.first_h1
                                                  : nullptr;
      if (target && target->empty() && !capture) {
        capture = target;
        capturing = token.name;
      }
    } else if (token.kind == HtmlToken::Kind::EndTag) {
      open.end(token.name);
      if (capture && token.name == capturing) {
        *capture = text::squeeze_spaces(*capture);
        capture = nullptr;
      }
    } else if (token.kind == HtmlToken::Kind::Text && capture) {
      capture->append(decode_char_refs(html.substr(token.begin, token.end - token.begin)));
      capture->push_back(' ');  // tokens split by inline tags still read as words
    }
  }
  if (capture) *capture = text::squeeze_spaces(*capture);
  return facts;
}

void fill_metadata(const PageFacts& facts, Document& doc) {
  auto first_of = [](std::initializer_list<const std::string*> candidates) {
    for (const std::string* candidate : candidates) {
      if (!candidate->empty()) return *candidate;
    }
    return std::string();
  };
  if (doc.title.empty())
    doc.title = first_of({&facts.og_title, &facts.title_element, &facts.first_h1});
  if (doc.outlet.empty()) doc.outlet = facts.site_name;
  if (doc.url.empty()) doc.url = first_of({&facts.canonical, &facts.og_url});
  if (!doc.published) doc.published = facts.published_time;
  if (!doc.published) doc.published = facts.time_element;
  if (!doc.published) doc.published = facts.meta_date;
}

// Second pass: copies the visible text of the scope into a TextBuilder.
class HtmlExtractor {
 public:
  HtmlExtractor(SourceMap& map, const PageFacts& facts)
      : map_(map),
        html_(map.buffer()),
        scope_(facts.has_article ? "article"
               : facts.has_main  ? "main"
                                 : "") {}

  void run(Document& doc) {
    HtmlTokenizer tokens(html_);
    for (HtmlToken token; tokens.next(token);) handle(token);
    out_.finish(doc);
    doc.suppressions = std::move(resolved_);
  }

 private:
  void handle(const HtmlToken& token) {
    switch (token.kind) {
      case HtmlToken::Kind::StartTag:
        open_.start(token);
        separate(token.name);
        break;
      case HtmlToken::Kind::EndTag:
        separate(token.name);
        open_.end(token.name);
        break;
      case HtmlToken::Kind::Text:
        if (visible()) emit_text(token.begin, token.end);
        break;
      case HtmlToken::Kind::Comment:
        read_directive(token);
        break;
      case HtmlToken::Kind::Declaration:
        break;
    }
  }

  bool visible() const { return !open_.hidden() && (scope_.empty() || open_.count(scope_) > 0); }

  void separate(std::string_view name) {
    if (is_block(name)) out_.paragraph_break();
    if (is_cell(name)) out_.space();
  }

  // Copies text, collapsing whitespace and decoding character references.
  void emit_text(size_t begin, size_t end) {
    std::string_view text = html_.substr(0, end);
    for (size_t i = begin; i < end;) {
      if (is_space(text[i])) {
        size_t j = i;
        while (j < end && is_space(text[j])) ++j;
        out_.space(map_, i, j);
        i = j;
      } else if (auto ref = text[i] == '&' ? decode_char_ref(text, i) : std::nullopt) {
        emit_char_ref(i, *ref);
        i += ref->length;
      } else {
        size_t j = i + 1;
        while (j < end && !is_space(text[j]) && text[j] != '&') ++j;
        content_at(i);
        out_.copy(map_, i, j);
        i = j;
      }
    }
  }

  void emit_char_ref(size_t at, const CharRef& ref) {
    if (decodes_to_space(ref.code_point)) {
      out_.space(map_, at, at + ref.length);
      return;
    }
    std::string decoded;
    utf8::append(decoded, ref.code_point);
    content_at(at);
    out_.replace(map_, at, decoded);
  }

  void read_directive(const HtmlToken& comment) {
    auto directive =
        parse_directive(html_.substr(comment.inner_begin, comment.inner_end - comment.inner_begin));
    if (!directive) return;
    directive->directive_line = map_.origin(comment.begin).line;
    pending_.push_back(std::move(*directive));
  }

  // Called before text from `pos` is appended: directives waiting for the next line of
  // text apply to that line.
  void content_at(size_t pos) {
    if (pending_.empty()) return;
    uint32_t line = map_.origin(pos).line;
    for (Suppression& directive : pending_) {
      directive.line = line;
      resolved_.push_back(std::move(directive));
    }
    pending_.clear();
  }

  SourceMap& map_;
  std::string_view html_;
  std::string scope_;  // "article", "main", or empty for the whole body
  OpenElements open_;
  TextBuilder out_;
  std::vector<Suppression> pending_;   // directives still waiting for text
  std::vector<Suppression> resolved_;  // directives with their line
};

}  // namespace

void extract_html(SourceMap& map, Document& doc) {
  PageFacts facts = scan_page(map.buffer());
  HtmlExtractor(map, facts).run(doc);
  fill_metadata(facts, doc);
}

Document parse_html(FileMap& file) {
  Document doc;
  extract_html(file, doc);
  return doc;
}

}  // namespace cc::ingest
