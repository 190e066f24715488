// Pieces shared by the Markdown writers.
#include "report/markdown_parts.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace cc::report {

// Escapes Markdown and inline HTML metacharacters in source text.
std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      case '@':
        // A zero-width space after '@' keeps "@name" in an article from mentioning (and
        // notifying) a GitHub user when the report is posted as a comment.
        out += "@\u200b";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string markdown_code(std::string_view text) {
  // A code span shows its content literally. Its fence must be longer than any run of
  // backticks inside, and spaces pad content that starts or ends with a backtick.
  std::string content;
  size_t run = 0, longest = 0;
  for (char c : text) {
    content += (c == '\n' || c == '\r') ? ' ' : c;
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  std::string pad = longest > 0 ? " " : "";
  return fence + pad + content + pad + fence;
}

void markdown_sources(std::ostringstream& out, const Analysis& analysis,
                      const std::function<void()>& after_row) {
  out << "| Source | File | Title | Outlet | Published |\n|---|---|---|---|---|\n";
  for (const Document& d : analysis.documents) {
    out << "| " << d.id << " | " << markdown_code(d.path) << " | "
        << markdown_escape(text::truncate(d.title, 90)) << " | "
        << (d.outlet.empty() ? "—" : markdown_escape(d.outlet)) << " | "
        << (d.published ? d.published->iso() : "—") << " |\n";
    if (after_row) after_row();
  }
  out << "\n";
}

}  // namespace cc::report
