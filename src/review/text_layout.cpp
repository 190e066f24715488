#include "review/text_layout.hpp"

#include <unicode/uchar.h>

#include "core/utf8.hpp"

namespace cc::review {

namespace {

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

size_t code_point_width(char32_t c) {
  int type = u_charType(static_cast<UChar32>(c));
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  int east_asian = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

bool marked(Style style) {
  return style == Style::Deleted || style == Style::Inserted;
}

// Cuts a word wider than `width` into pieces that fit.
std::vector<std::string> cut(const std::string& word, size_t width) {
  std::vector<std::string> out(1);
  size_t used = 0;
  for (size_t at = 0; at < word.size();) {
    size_t start = at;
    size_t w = code_point_width(utf8::decode(word, at));
    if (used + w > width && !out.back().empty()) {
      out.emplace_back();
      used = 0;
    }
    out.back() += word.substr(start, at - start);
    used += w;
  }
  return out;
}

const char* sgr(Style style) {
  switch (style) {
    case Style::Plain:
      return "";
    case Style::Strong:
      return "\x1b[1m";
    case Style::Dim:
      return "\x1b[2m";
    case Style::Highlight:
      return "\x1b[1;4m";
    case Style::Deleted:
      return "\x1b[9;31m";
    case Style::Inserted:
      return "\x1b[1;32m";
    case Style::Good:
      return "\x1b[32m";
    case Style::Warning:
      return "\x1b[1;33m";
  }
  return "";
}

}  // namespace

std::string sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    char32_t c = utf8::decode(text, at);
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
      out += ' ';
    } else if (!is_bidi_control(c)) {
      utf8::append(out, c);
    }
  }
  return out;
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (size_t at = 0; at < text.size();) width += code_point_width(utf8::decode(text, at));
  return width;
}

std::vector<Line> wrap(const std::vector<Piece>& pieces, size_t width, bool markers) {
  if (width == 0) width = 1;
  // Words are split at spaces across the whole stream, so a word may carry several styles
  // ("meeting" highlighted, its comma not).
  std::vector<Line> words;
  bool in_word = false;
  for (const Piece& piece : pieces) {
    std::string text = sanitize(piece.text);
    for (size_t at = 0; at < text.size();) {
      size_t space = text.find(' ', at);
      if (space == at) {
        in_word = false;
        ++at;
        continue;
      }
      size_t end = space == std::string::npos ? text.size() : space;
      if (!in_word) words.emplace_back();
      Line& word = words.back();
      if (!word.empty() && word.back().style == piece.style) {
        word.back().text += text.substr(at, end - at);
      } else {
        word.push_back(Piece{text.substr(at, end - at), piece.style});
      }
      in_word = true;
      at = end;
    }
  }
  auto width_of = [markers](const Line& word) {
    size_t w = 0;
    for (const Piece& piece : word)
      w += display_width(piece.text) + (markers && marked(piece.style) ? 4 : 0);
    return w;
  };
  std::vector<Line> lines(1);
  size_t used = 0;
  auto append = [](Line& line, const Piece& piece) {
    if (!line.empty() && line.back().style == piece.style) {
      line.back().text += piece.text;
    } else {
      line.push_back(piece);
    }
  };
  for (const Line& word : words) {
    size_t w = width_of(word);
    if (used > 0 && used + 1 + w > width) {
      lines.emplace_back();
      used = 0;
    }
    if (used > 0) {
      // The space takes the style of the words around it when they share one, so that a
      // deleted phrase reads as one run.
      Style style =
          lines.back().back().style == word.front().style ? word.front().style : Style::Plain;
      append(lines.back(), Piece{" ", style});
      ++used;
    }
    if (w <= width) {
      for (const Piece& piece : word) append(lines.back(), piece);
      used += w;
      continue;
    }
    // Longer than a line: cut it.
    for (const Piece& piece : word) {
      size_t room = markers && marked(piece.style) && width > 4 ? width - 4 : width;
      for (const std::string& part : cut(piece.text, room)) {
        size_t part_width = display_width(part) + (markers && marked(piece.style) ? 4 : 0);
        if (used > 0 && used + part_width > width) {
          lines.emplace_back();
          used = 0;
        }
        append(lines.back(), Piece{part, piece.style});
        used += part_width;
      }
    }
  }
  return lines;
}

std::string render(const Line& line, bool color, size_t pad_to) {
  std::string out;
  size_t width = 0;
  for (const Piece& piece : line) {
    if (color && piece.style != Style::Plain) {
      out += sgr(piece.style);
      out += piece.text;
      out += "\x1b[0m";
    } else if (!color && piece.style == Style::Deleted) {
      out += "[-" + piece.text + "-]";
      width += 4;
    } else if (!color && piece.style == Style::Inserted) {
      out += "{+" + piece.text + "+}";
      width += 4;
    } else {
      out += piece.text;
    }
    width += display_width(piece.text);
  }
  if (width < pad_to) out.append(pad_to - width, ' ');
  return out;
}

std::vector<std::string> side_by_side(const std::vector<Line>& left, const std::vector<Line>& right,
                                      size_t column_width, bool color, size_t gap) {
  std::vector<std::string> out;
  size_t rows = std::max(left.size(), right.size());
  for (size_t i = 0; i < rows; ++i) {
    std::string row = render(i < left.size() ? left[i] : Line{}, color, column_width);
    row.append(gap, ' ');
    row += render(i < right.size() ? right[i] : Line{}, color);
    // Trailing padding only costs bandwidth over SSH.
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace cc::review
