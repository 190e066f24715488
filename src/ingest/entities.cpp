#include "ingest/entities.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace cc::ingest {

namespace {

// HTML's names for U+00A0..U+00FF, in code point order.
constexpr std::array<std::string_view, 96> kLatin1 = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

// The other names news pages use: markup escapes, typographic punctuation, spaces, and
// the letters of Windows-1252 beyond Latin-1.
constexpr std::array<std::pair<std::string_view, char32_t>, 42> kOthers = {{
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
    {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"frasl", 0x2044},  {"euro", 0x20AC},
    {"trade", 0x2122},  {"larr", 0x2190},   {"rarr", 0x2192},   {"minus", 0x2212},
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"zwnj", 0x200C},
    {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},    {"OElig", 0x0152},
    {"oelig", 0x0153},  {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178},
    {"fnof", 0x0192},   {"circ", 0x02C6},
}};

// Browsers read &#128;..&#159; as Windows-1252 (0 where that code page has a hole).
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<char32_t> lookup_name(std::string_view name) {
  auto latin1 = std::find(kLatin1.begin(), kLatin1.end(), name);
  if (latin1 != kLatin1.end()) return static_cast<char32_t>(0xA0 + (latin1 - kLatin1.begin()));
  for (const auto& [known, code_point] : kOthers) {
    if (known == name) return code_point;
  }
  return std::nullopt;
}

// What browsers make of the number in a numeric reference.
char32_t sanitize(uint32_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) {
    return kWindows1252[value - 0x80];
  }
  return value;
}

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (!hex) return -1;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<CharRef> decode_numeric(std::string_view text, size_t pos) {
  size_t i = pos + 2;  // after "&#"
  bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  size_t digits_begin = i;
  uint32_t value = 0;
  for (int digit; i < text.size() && (digit = digit_value(text[i], hex)) >= 0; ++i) {
    // Saturate above the Unicode range so that long digit strings cannot overflow.
    value = std::min<uint32_t>(value * (hex ? 16 : 10) + static_cast<uint32_t>(digit), 0x110000);
  }
  if (i == digits_begin) return std::nullopt;
  if (i < text.size() && text[i] == ';') ++i;
  return CharRef{sanitize(value), i - pos};
}

}  // namespace

std::optional<CharRef> decode_char_ref(std::string_view text, size_t pos) {
  if (pos + 1 < text.size() && text[pos + 1] == '#') return decode_numeric(text, pos);
  constexpr size_t kLongestName = 8;
  size_t end = pos + 1;
  while (end < text.size() && end - pos <= kLongestName && text::is_ascii_alnum(text[end])) ++end;
  if (end >= text.size() || text[end] != ';') return std::nullopt;
  auto code_point = lookup_name(text.substr(pos + 1, end - pos - 1));
  if (!code_point) return std::nullopt;
  return CharRef{*code_point, end + 1 - pos};
}

std::string decode_char_refs(std::string_view text) {
  std::string out;
  size_t pos = 0;
  for (size_t amp; (amp = text.find('&', pos)) != std::string_view::npos;) {
    out.append(text.substr(pos, amp - pos));
    auto ref = decode_char_ref(text, amp);
    if (ref) {
      utf8::append(out, ref->code_point);
      pos = amp + ref->length;
    } else {
      out.push_back('&');
      pos = amp + 1;
    }
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace cc::ingest
