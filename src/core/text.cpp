#include "core/text.hpp"

#include <array>
#include <cstdio>
#include <cstring>

#include "core/utf8.hpp"

namespace cc::text {

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

namespace {

// Classifies the code point at a position: part of a word, an inner joiner
// (apostrophe, hyphen, period) or a separator.
enum class CharClass { Word, Joiner, Separator };

// The classes of the ASCII bytes, looked up rather than tested (words() asks for every
// byte of every sentence).
constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> table{};
  for (size_t c = 0; c < table.size(); ++c) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    table[c] = alnum                               ? CharClass::Word
               : c == '\'' || c == '-' || c == '.' ? CharClass::Joiner
                                                   : CharClass::Separator;
  }
  return table;
}();

inline CharClass classify(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses[cp];
  if (cp == 0x2019 || cp == 0x2011) return CharClass::Joiner;  // ’ and non-breaking hyphen
  // General punctuation, spaces, quotes, dashes, bullets.
  if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0x00A0 || cp == 0x00AB || cp == 0x00BB ||
      cp == 0x00B7 || cp == 0x3000 || cp == 0xFEFF || (cp >= 0x00A1 && cp <= 0x00BF)) {
    return CharClass::Separator;
  }
  return CharClass::Word;
}

}  // namespace

std::vector<Word> words(std::string_view text) {
  std::vector<Word> out;
  out.reserve(text.size() / 6 + 1);  // about one word per six bytes of news
  size_t i = 0;
  size_t start = std::string_view::npos;
  size_t last_word_end = 0;
  auto flush = [&]() {
    if (start != std::string_view::npos) {
      Word& w = out.emplace_back();
      w.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(last_word_end)};
      fold_into(text.substr(start, last_word_end - start), w.norm);
      start = std::string_view::npos;
    }
  };
  while (i < text.size()) {
    size_t at = i;
    char32_t cp = utf8::decode_fast(text, i);
    CharClass cls = classify(cp);
    if (cls == CharClass::Word) {
      if (start == std::string_view::npos) start = at;
      last_word_end = i;
    } else if (cls == CharClass::Joiner && start != std::string_view::npos) {
      // A joiner stays inside the word only when a word character follows it,
      // except for the period of an abbreviation like "U.S." (a letter before and after).
      size_t peek = i;
      if (peek < text.size()) {
        char32_t next = utf8::decode_fast(text, peek);
        if (classify(next) == CharClass::Word) continue;
      }
      if (cp == '.' && last_word_end == at && at >= 2 && text[at - 2] == '.') {
        last_word_end = i;  // final period of "U.S."
      }
      flush();
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::vector<Span> relative_clauses(std::string_view sentence, const std::vector<Word>& words) {
  // Whether the gap before word `i` holds one of `marks`.
  auto gap_has = [&](size_t i, std::string_view marks) {
    size_t from = i == 0 ? 0 : words[i - 1].span.end;
    std::string_view gap = sentence.substr(from, words[i].span.start - from);
    return gap.find_first_of(marks) != std::string_view::npos ||
           gap.find("\xE2\x80\x94") != std::string_view::npos ||
           gap.find("\xE2\x80\x93") != std::string_view::npos;
  };
  std::vector<Span> clauses;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i].norm;
    if ((word != "which" && word != "who" && word != "whose") || !gap_has(i, ",")) continue;
    size_t past = i + 1;
    while (past < words.size() && !gap_has(past, ",;:()")) ++past;
    uint32_t end =
        past < words.size() ? words[past].span.start : static_cast<uint32_t>(sentence.size());
    clauses.push_back(Span{words[i].span.start, end});
    i = past - 1;
  }
  return clauses;
}

const Span* clause_at(const std::vector<Span>& clauses, uint32_t at) {
  for (const auto& clause : clauses) {
    if (clause.start <= at && at < clause.end) return &clause;
  }
  return nullptr;
}

namespace {

void lower_ascii(char* data, size_t size) {
  for (char* end = data + size; data != end; ++data) {
    auto c = static_cast<unsigned char>(*data);
    *data = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + 32 : c);
  }
}

}  // namespace

void fold_into(std::string_view text, std::string& out) {
  // Copied at once and lower-cased in place while the bytes are ASCII (all of most words
  // of news text), eight at a time where there are eight; from the first other byte on,
  // character by character.
  const size_t size = text.size();
  out.assign(text.data(), size);
  char* data = out.data();
  size_t i = 0;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= size; i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, data + i, 8);
    if (chunk & kHigh) break;
    // The high bit of each byte at or above 'A' and not above 'Z' (no carries: every byte
    // is below 0x80), moved down to 0x20.
    uint64_t upper = (chunk + 0x3F3F3F3F3F3F3F3FULL) & ~(chunk + 0x2525252525252525ULL) & kHigh;
    chunk |= upper >> 2;
    std::memcpy(data + i, &chunk, 8);
  }
  for (; i < size; ++i) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c >= 0x80) break;
    if (static_cast<unsigned>(c - 'A') < 26u) data[i] = static_cast<char>(c + 32);
  }
  if (i == size) return;
  out.resize(i);
  while (i < text.size()) {
    // A run of ASCII bytes at once.
    size_t run = i;
    while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80) ++run;
    if (run > i) {
      size_t at = out.size();
      out.append(text.data() + i, run - i);
      lower_ascii(out.data() + at, out.size() - at);
      i = run;
      continue;
    }
    size_t at = i;
    char32_t cp = utf8::decode(text, i);
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x02BC:
        out.push_back('\'');
        break;
      case 0x201C:
      case 0x201D:
        out.push_back('"');
        break;
      case 0x2010:
      case 0x2011:
        out.push_back('-');
        break;
      default:
        out.append(text.substr(at, i - at));
    }
  }
}

std::string fold(std::string_view text) {
  std::string out;
  fold_into(text, out);
  return out;
}

std::string_view trim(std::string_view text) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::string squeeze_spaces(std::string_view text) {
  std::string out;
  bool pending = false;
  for (char c : trim(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = true;
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

std::string truncate(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(trim(text.substr(0, cut))) + "\xE2\x80\xA6";
}

uint64_t fnv1a(std::string_view data, uint64_t seed) {
  uint64_t hash = seed;
  for (char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string hex16(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

}  // namespace cc::text
