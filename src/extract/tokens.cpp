#include "extract/tokens.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace cc::extract {

namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Classifies the punctuation code point `cp` for Gap flags; 0 for spaces and others.
uint8_t gap_of(char32_t cp) {
  switch (cp) {
    case ',':
      return kComma;
    case ';':
    case ':':
    case '(':
    case ')':
    case '.':
    case '!':
    case '?':
    case 0x2014:  // —
    case 0x2013:  // –
      return kBreak;
    case '"':
    case '`':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
      return kQuoteMark;
    default:
      return 0;
  }
}

// True for code points that end a word: punctuation and spaces (letters of any script,
// digits and combining marks continue it).
bool is_separator(char32_t cp) {
  if (cp < 0x80) return !is_word_byte(static_cast<unsigned char>(cp));
  return (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00A0 || cp == 0x00AB || cp == 0x00BB ||
         cp == 0x3000 || cp == 0xFEFF || (cp >= 0x00A1 && cp <= 0x00BF);
}

}  // namespace

void tokenize(std::string_view text, Span span, const normalize::Lexicon& lexicon,
              std::vector<Token>& out) {
  out.clear();
  out.reserve(span.size() / 5 + 1);  // about one word per six bytes of news
  size_t i = span.start;
  uint8_t gap = 0;
  while (i < span.end) {
    size_t at = i;
    char32_t cp = utf8::decode_fast(text, i);
    if (is_separator(cp)) {
      // An apostrophe or hyphen inside a word is handled below; here it separates.
      if (cp == '\'' && at + 1 < span.end && text[at + 1] == '\'') {
        gap |= kQuoteMark;
        ++i;
      } else {
        gap |= gap_of(cp);
      }
      continue;
    }
    // A word: letters/digits joined by inner apostrophes, hyphens and periods.
    size_t end = i;
    size_t scan = i;
    while (scan < span.end) {
      // ASCII letters and digits continue the word: no decoding needed.
      while (scan < span.end && static_cast<unsigned char>(text[scan]) < 0x80 &&
             is_word_byte(static_cast<unsigned char>(text[scan])))
        end = ++scan;
      if (scan >= span.end) break;
      size_t here = scan;
      char32_t next = utf8::decode_fast(text, scan);
      if (!is_separator(next)) {
        end = scan;
        continue;
      }
      // A comma, point or colon between digits is inside a figure or a clock time ("2,300",
      // "1.8", "3:15"): a clause does not end there.
      auto digit_at = [&](size_t k) { return k < span.end && text[k] >= '0' && text[k] <= '9'; };
      auto letter_at = [&](size_t k) {
        return k >= span.start && k < span.end &&
               ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z'));
      };
      // A lower-case letter standing alone between non-letters and points ("p" of "p.m.").
      auto single_letter = [&](size_t k) {
        return letter_at(k) && text[k] >= 'a' && !(k > span.start && letter_at(k - 1)) &&
               !letter_at(k + 1);
      };
      bool joiner =
          next == '\'' || next == '-' || next == 0x2019 || next == 0x2011 ||
          ((next == ',' || next == '.' || next == ':') && here >= 1 && digit_at(here - 1) &&
           digit_at(here + 1)) ||
          (next == '.' && here + 1 < span.end && text[here + 1] >= 'A' && text[here + 1] <= 'Z' &&
           here >= 1 && text[here - 1] >= 'A' && text[here - 1] <= 'Z') ||
          // "p.m.", "a.m.", "e.g.": single lower-case letters joined by points.
          (next == '.' && single_letter(here - 1) && single_letter(here + 1));
      if (!joiner || scan >= span.end) break;
      size_t peek = scan;
      char32_t after = utf8::decode_fast(text, peek);
      if (is_separator(after)) break;
      end = scan;
    }
    // "U.S." keeps its final period.
    if (end < span.end && text[end] == '.' && end >= at + 2 && text[end - 2] == '.') ++end;
    // A plural's possessive keeps its apostrophe ("shareholders' meeting"), when a word follows.
    if (end > at && (text[end - 1] == 's' || text[end - 1] == 'S')) {
      size_t mark = end;
      size_t width = text.substr(mark).starts_with("'")              ? 1
                     : text.substr(mark).starts_with("\xE2\x80\x99") ? 3
                                                                     : 0;
      size_t next = mark + width;
      if (width > 0 && next + 1 < span.end && text[next] == ' ' &&
          ((text[next + 1] >= 'a' && text[next + 1] <= 'z') ||
           (text[next + 1] >= 'A' && text[next + 1] <= 'Z')))
        end = next;
    }
    Token token;
    token.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(end)};
    token.gap = gap;
    gap = 0;
    std::string_view word = text.substr(at, end - at);
    token.capitalised = word.front() >= 'A' && word.front() <= 'Z';
    if (!token.capitalised && static_cast<unsigned char>(word.front()) >= 0xC3 &&
        static_cast<unsigned char>(word.front()) < 0xE0) {
      // Latin-1/Extended letters: upper case sits in the first half of each block.
      size_t probe = 0;
      char32_t first = utf8::decode(word, probe);
      token.capitalised = (first >= 0xC0 && first <= 0xDE && first != 0xD7) ||
                          (first >= 0x100 && first < 0x180 && first % 2 == 0) ||
                          (first >= 0x410 && first <= 0x42F);
    }
    token.digit = word.front() >= '0' && word.front() <= '9';
    std::string& lower = token.lower;
    lower.assign(word);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    static constexpr std::string_view kPossessives[] = {"'s", "\xE2\x80\x99s", "s'",
                                                        "s\xE2\x80\x99"};
    for (std::string_view suffix : kPossessives) {
      if (lower.size() > suffix.size() + 1 && std::string_view(lower).ends_with(suffix)) {
        token.possessive = true;
        lower.resize(lower.size() - suffix.size() + (suffix.front() == 's' ? 1 : 0));
        break;
      }
    }
    token.closed = lexicon.closed(token.lower);
    out.push_back(std::move(token));
    i = end;
  }
}

size_t token_at(const std::vector<Token>& tokens, uint32_t offset) {
  auto it =
      std::lower_bound(tokens.begin(), tokens.end(), offset,
                       [](const Token& token, uint32_t value) { return token.span.start < value; });
  return static_cast<size_t>(it - tokens.begin());
}

}  // namespace cc::extract
