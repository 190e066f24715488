// Laying out styled text for a terminal: display widths, word wrapping, and ANSI or plain
// rendering. Source text is untrusted: control characters and bidirectional overrides are
// made visible instead of reaching the terminal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cc::review {

enum class Style : uint8_t { Plain, Strong, Dim, Highlight, Deleted, Inserted, Good, Warning };

// A run of text in one style.
struct Piece {
  std::string text;
  Style style = Style::Plain;
};
using Line = std::vector<Piece>;

// `text` with every control character (C0, DEL, C1, line breaks) replaced by a space and
// bidirectional formatting characters dropped, so it cannot move the cursor, change colours
// or reorder what the reviewer sees.
std::string sanitize(std::string_view text);

// Terminal columns `text` takes: wide East Asian characters count two, combining marks none.
size_t display_width(std::string_view text);

// Wraps pieces into lines at most `width` columns wide, breaking at spaces (a word longer
// than a line is cut). Pieces are sanitized. With `markers`, room is left for the plain
// rendering's [- -] and {+ +} around deleted and inserted words.
std::vector<Line> wrap(const std::vector<Piece>& pieces, size_t width, bool markers = false);

// The line as text: ANSI colours when `color`, else deleted and inserted runs marked
// [-like this-] and {+like this+}. Padded with spaces to `pad_to` columns when given.
std::string render(const Line& line, bool color, size_t pad_to = 0);

// Two columns side by side, `gap` spaces apart; the shorter column is padded.
std::vector<std::string> side_by_side(const std::vector<Line>& left, const std::vector<Line>& right,
                                      size_t column_width, bool color, size_t gap = 3);

}  // namespace cc::review
