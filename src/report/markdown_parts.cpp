// Pieces shared by the Markdown writers.
#include "report/markdown_parts.hpp"

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
      default:
        out += c;
    }
  }
  return out;
}

std::string markdown_code(std::string_view text) {
  // A code span shows its content literally; only backticks and line breaks need care.
  std::string content;
  for (char c : text) content += (c == '\n' || c == '\r') ? ' ' : c;
  std::string fence = content.find('`') == std::string::npos ? "`" : "`` ";
  std::string close = fence == "`" ? "`" : " ``";
  return fence + content + close;
}

void markdown_sources(std::ostringstream& out, const Analysis& analysis) {
  out << "| Source | File | Title | Outlet | Published |\n|---|---|---|---|---|\n";
  for (const Document& d : analysis.documents) {
    out << "| " << d.id << " | " << markdown_code(d.path) << " | "
        << markdown_escape(text::truncate(d.title, 90)) << " | "
        << (d.outlet.empty() ? "—" : markdown_escape(d.outlet)) << " | "
        << (d.published ? d.published->iso() : "—") << " |\n";
  }
  out << "\n";
}

}  // namespace cc::report
