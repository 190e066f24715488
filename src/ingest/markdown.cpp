// .md files: optional YAML front matter, then the body with its markup removed.
//
// The body is read line by line. Block markup (heading hashes, list markers, blockquote
// '>', thematic breaks, fenced code) is recognised at the start of a line and decides where
// paragraphs break; the rest of the line goes through render_inline(). Lines of one
// paragraph are joined with a space, so a sentence wrapped over two lines stays whole.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "ingest/ascii.hpp"
#include "ingest/formats.hpp"
#include "ingest/markdown_inline.hpp"
#include "ingest/suppression.hpp"

namespace cc::ingest {

namespace {

// A line that is `marker` alone, trailing spaces aside.
bool is_marker_line(std::string_view content, std::string_view marker) {
  return content.substr(0, marker.size()) == marker && is_blank(content.substr(marker.size()));
}

// Where the front matter's YAML and the body lie in the file.
struct FrontMatter {
  size_t yaml_begin = 0;
  size_t yaml_end = 0;
  size_t body_begin = 0;
  uint32_t body_line = 1;  // line number of body_begin
};

// Front matter is a first line "---" and everything up to a line "---" (or "..."). Without
// the closing line, the "---" is only a thematic break.
std::optional<FrontMatter> find_front_matter(std::string_view text) {
  Line first = line_at(text, 0);
  if (!is_marker_line(text.substr(0, first.content_end), "---")) return std::nullopt;
  uint32_t number = 2;
  for (size_t pos = first.next; pos < text.size(); ++number) {
    Line line = line_at(text, pos);
    std::string_view content = text.substr(pos, line.content_end - pos);
    if (is_marker_line(content, "---") || is_marker_line(content, "...")) {
      return FrontMatter{first.next, pos, line.next, number + 1};
    }
    pos = line.next;
  }
  return std::nullopt;
}

// Reads title, outlet, url and published from front matter that starts on line 2.
class FrontMatterReader {
 public:
  FrontMatterReader(const std::string& path, std::string_view yaml) : path_(path) {
    try {
      root_ = YAML::Load(std::string(yaml));
    } catch (const YAML::DeepRecursion& e) {
      fail(e.mark, "nested too deeply");  // yaml-cpp's own message for it says "bad file"
    } catch (const YAML::Exception& e) {
      fail(e.mark, e.msg);
    }
    if (root_.IsDefined() && !root_.IsNull() && !root_.IsMap()) {
      fail(root_.Mark(), "expected fields such as title: and published:");
    }
  }

  void read(Document& doc) const {
    if (!root_.IsMap()) return;
    doc.title = text::squeeze_spaces(field({"title"}));
    doc.outlet = text::squeeze_spaces(field({"outlet", "source", "publisher"}));
    doc.url = std::string(text::trim(field({"url"})));
    read_date(doc);
  }

 private:
  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    std::string where = mark.is_null() ? "" : " at line " + std::to_string(mark.line + 2);
    throw InputError(path_, "invalid front matter" + where + ": " + message);
  }

  // The first of `names` present, as text; empty when none is.
  std::string field(std::initializer_list<const char*> names) const {
    for (const char* name : names) {
      const YAML::Node node = root_[name];
      if (!node.IsDefined() || node.IsNull()) continue;
      if (!node.IsScalar()) fail(node.Mark(), std::string(name) + " must be text");
      return node.Scalar();
    }
    return {};
  }

  void read_date(Document& doc) const {
    for (const char* name : {"published", "date"}) {
      const YAML::Node node = root_[name];
      if (!node.IsDefined() || node.IsNull()) continue;
      auto date = node.IsScalar() ? parse_date(node.Scalar()) : std::nullopt;
      if (!date) fail(node.Mark(), std::string(name) + " must be a date (YYYY-MM-DD)");
      doc.published = date;
      return;
    }
  }

  const std::string& path_;
  YAML::Node root_;
};

// A fenced code block's opening line: its fence character and length.
struct Fence {
  char mark = 0;
  size_t length = 0;
};

// The body of a Markdown file, turned into text line by line.
class MarkdownBody {
 public:
  MarkdownBody(FileMap& map, const FrontMatter& start) : map_(map), text_(map.buffer()) {
    uint32_t number = start.body_line;
    for (size_t pos = start.body_begin; pos < text_.size(); ++number) {
      Line line = line_at(text_, pos);
      read_line(line.begin, line.content_end, number);
      pos = line.next;
    }
  }

  void finish(Document& doc) {
    out_.finish(doc);
    doc.suppressions = std::move(resolved_);
  }
  const std::string& first_heading() const { return first_heading_; }

 private:
  struct PendingDirective {
    Suppression directive;
    uint32_t closed_on = 0;  // the line where its comment ends
  };

  void read_line(size_t begin, size_t end, uint32_t number) {
    std::string_view content = text_.substr(begin, end - begin);
    if (!is_blank(content)) resolve_directives(number);
    if (in_comment_) {
      size_t close = content.find("-->");
      if (close == std::string_view::npos) return;
      end_comment(begin + close, number);
      begin += close + 3;
    }
    if (fence_.mark) {
      if (closes_fence(skip_prefix(begin, end, nullptr), end)) fence_ = Fence{};
      return;
    }
    if (is_blank(text_.substr(begin, end - begin))) {
      paragraph_break();
      quote_depth_ = 0;
      return;
    }
    read_block(begin, end, number);
  }

  // Reads a non-blank line outside comments and fences.
  void read_block(size_t begin, size_t end, uint32_t number) {
    int depth = 0;
    size_t pos = skip_prefix(begin, end, &depth);
    if (depth != quote_depth_) paragraph_break();
    quote_depth_ = depth;
    end = trim_end(pos, end);
    if (pos == end) return paragraph_break();  // a bare "> " line
    if (opens_fence(pos, end)) return paragraph_break();
    if (is_rule(pos, end)) return read_rule(text_[pos]);
    if (size_t level = heading_level(pos, end)) return read_heading(pos + level, end, number);
    if (size_t marker = list_marker(pos, end)) {
      paragraph_break();
      pos = skip_spaces(pos + marker, end);
    }
    bool html_block = text_.substr(pos, 4) == "<!--";
    if (html_block) paragraph_break();
    render(pos, end, number);
    if (html_block) return paragraph_break();
    out_.space();  // the next line of the paragraph continues after a space
    in_paragraph_ = true;
  }

  // Skips indentation and blockquote markers; counts the markers into `depth`.
  size_t skip_prefix(size_t pos, size_t end, int* depth) const {
    pos = skip_spaces(pos, end);
    while (pos < end && text_[pos] == '>') {
      if (depth) ++*depth;
      pos = skip_spaces(pos + 1, end);
    }
    return pos;
  }
  size_t skip_spaces(size_t pos, size_t end) const {
    while (pos < end && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return pos;
  }
  size_t trim_end(size_t begin, size_t end) const {
    while (end > begin && is_space(text_[end - 1])) --end;
    return end;
  }
  size_t run_length(size_t pos, size_t end, char c) const {
    size_t j = pos;
    while (j < end && text_[j] == c) ++j;
    return j - pos;
  }

  bool opens_fence(size_t pos, size_t end) {
    if (pos >= end || (text_[pos] != '`' && text_[pos] != '~')) return false;
    char mark = text_[pos];
    size_t length = run_length(pos, end, mark);
    std::string_view info = text_.substr(pos + length, end - pos - length);
    // "```code```" on one line is an inline code span, not a fence.
    if (length < 3 || (mark == '`' && info.find('`') != std::string_view::npos)) return false;
    fence_ = Fence{mark, length};
    return true;
  }
  bool closes_fence(size_t pos, size_t end) const {
    size_t length = run_length(pos, end, fence_.mark);
    return length >= fence_.length && is_blank(text_.substr(pos + length, end - pos - length));
  }

  // A line of three or more '-', '*', '_' or '=' (spaces allowed between): a thematic
  // break, or the underline of a setext heading.
  bool is_rule(size_t pos, size_t end) const {
    char c = text_[pos];
    if (c != '-' && c != '*' && c != '_' && c != '=') return false;
    size_t marks = 0;
    for (size_t i = pos; i < end; ++i) {
      if (text_[i] == c) {
        ++marks;
      } else if (text_[i] != ' ' && text_[i] != '\t') {
        return false;
      }
    }
    return marks >= 3;
  }
  void read_rule(char c) {
    // Under a line of text, "===" or "---" makes that line a heading.
    if ((c == '=' || c == '-') && in_paragraph_ && first_heading_.empty()) {
      first_heading_ =
          std::string(text::trim(std::string_view(out_.text()).substr(paragraph_mark_)));
    }
    paragraph_break();
  }

  // Number of '#' of an ATX heading at `pos`, or 0.
  size_t heading_level(size_t pos, size_t end) const {
    size_t level = run_length(pos, end, '#');
    if (level == 0 || level > 6) return 0;
    return pos + level == end || is_space(text_[pos + level]) ? level : 0;
  }
  void read_heading(size_t pos, size_t end, uint32_t number) {
    pos = skip_spaces(pos, end);
    // A closing run of '#' ("## Title ##") is markup too.
    size_t cut = end;
    while (cut > pos && text_[cut - 1] == '#') --cut;
    if (cut == pos || text_[cut - 1] == ' ' || text_[cut - 1] == '\t') end = trim_end(pos, cut);
    paragraph_break();
    size_t before = out_.text().size();
    render(pos, end, number);
    if (first_heading_.empty()) {
      first_heading_ = std::string(text::trim(std::string_view(out_.text()).substr(before)));
    }
    paragraph_break();
  }

  // Length of a list item's marker ("- ", "* ", "+ ", "1. ", "2) ") at `pos`, or 0.
  size_t list_marker(size_t pos, size_t end) const {
    size_t length = 0;
    if (text_[pos] == '-' || text_[pos] == '*' || text_[pos] == '+') {
      length = 1;
    } else {
      size_t digits = 0;  // an ordered list number has at most nine digits
      while (pos + digits < end && digits < 10 && text_[pos + digits] >= '0' &&
             text_[pos + digits] <= '9') {
        ++digits;
      }
      size_t delimiter = pos + digits;
      bool delimited = digits > 0 && digits < 10 && delimiter < end &&
                       (text_[delimiter] == '.' || text_[delimiter] == ')');
      length = delimited ? digits + 1 : 0;
    }
    size_t after = pos + length;
    bool spaced = after == end || text_[after] == ' ' || text_[after] == '\t';
    return length > 0 && spaced ? length : 0;
  }

  // Renders [begin, end) of one line, leaving out HTML comments (which may run on over
  // later lines) and reading directives from them.
  void render(size_t begin, size_t end, uint32_t number) {
    while (begin < end) {
      size_t open = text_.substr(0, end).find("<!--", begin);
      if (open == std::string_view::npos) break;
      render_inline(map_, begin, open, out_);
      in_comment_ = true;
      comment_begin_ = open + 4;
      comment_line_ = number;
      // Searching from just after "<!" also ends the empty comments "<!-->" and "<!--->".
      size_t close = text_.substr(0, end).find("-->", open + 2);
      if (close == std::string_view::npos) return;
      end_comment(close, number);
      begin = close + 3;
    }
    render_inline(map_, begin, end, out_);
  }

  void end_comment(size_t close, uint32_t number) {
    in_comment_ = false;
    size_t inner_end = std::max(close, comment_begin_);
    auto directive = parse_directive(text_.substr(comment_begin_, inner_end - comment_begin_));
    if (!directive) return;
    directive->directive_line = comment_line_;
    pending_.push_back(PendingDirective{std::move(*directive), number});
  }

  // A non-empty line `number` is the line that directives closed on earlier lines apply to.
  void resolve_directives(uint32_t number) {
    std::erase_if(pending_, [&](PendingDirective& pending) {
      if (pending.closed_on >= number) return false;
      pending.directive.line = number;
      resolved_.push_back(std::move(pending.directive));
      return true;
    });
  }

  void paragraph_break() {
    out_.paragraph_break();
    paragraph_mark_ = out_.text().size();
    in_paragraph_ = false;
  }

  FileMap& map_;
  std::string_view text_;
  TextBuilder out_;
  Fence fence_;                // the open fenced code block, if any
  bool in_comment_ = false;    // inside an HTML comment that began on an earlier line
  size_t comment_begin_ = 0;   // where the open comment's text begins
  uint32_t comment_line_ = 0;  // the line where the open comment began
  int quote_depth_ = 0;        // blockquote depth of the previous line
  bool in_paragraph_ = false;  // the previous line was paragraph text
  size_t paragraph_mark_ = 0;  // text size when the current paragraph began
  std::string first_heading_;
  std::vector<PendingDirective> pending_;  // directives waiting for a non-empty line
  std::vector<Suppression> resolved_;
};

std::string first_line(std::string_view text) {
  return std::string(text::trim(text.substr(0, line_at(text, 0).content_end)));
}

}  // namespace

Document parse_markdown(const std::string& path, FileMap& file) {
  Document doc;
  std::string_view text = file.buffer();
  auto front_matter = find_front_matter(text);
  if (front_matter) {
    std::string_view yaml =
        text.substr(front_matter->yaml_begin, front_matter->yaml_end - front_matter->yaml_begin);
    FrontMatterReader(path, yaml).read(doc);
  }
  MarkdownBody body(file, front_matter.value_or(FrontMatter{}));
  body.finish(doc);
  if (doc.title.empty()) doc.title = body.first_heading();
  if (doc.title.empty()) doc.title = first_line(doc.text);
  return doc;
}

}  // namespace cc::ingest
