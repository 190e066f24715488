#include "detect/entity_name.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "align/sentence_words.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "detect/common.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Names longer than this (in parts) are not names but headline-case text.
constexpr size_t kMaxParts = 10;
// Parts of a name that may differ: one, or two in names of this many parts or more.
constexpr size_t kTwoDifferences = 4;
// Content words (besides the names) two sentences must share for a synonym swap.
constexpr size_t kSharedContext = 2;
// Identical words a name must keep for a title or synonym swap to explain the rest.
constexpr size_t kSharedParts = 2;
// Occurrence pairs looked at for one pair of name forms (the first ones in text order).
constexpr size_t kOccurrencePairs = 64;
// A misspelling changes at most this many letters of a word at least this long.
constexpr size_t kMisspelling = 2;
constexpr size_t kMisspeltLength = 4;
// Two given names that begin with this many letters alike are one name written two ways
// ("Phil" / "Philip", "Katie" / "Kathryn").
constexpr size_t kGivenPrefix = 3;
// The shortest one-word name compared as a misspelling of another.
constexpr size_t kOneWordLength = 5;
// A surname this long may be misspelt by two edits; a shorter one by one.
constexpr size_t kTwoEditSurname = 7;
// Share of their content words (Dice) two sentences need to make the same statement when
// only the absence of the other's word explains a swap.
constexpr double kSameStatement = 0.3;
// A sentence of at least this many words, all capitalised, is a headline in title case.
constexpr size_t kHeadlineWords = 3;

// True when `adjective` is `noun` (less a final vowel or "y") with an adjective ending:
// "navy" / "naval", "canada" / "canadian", "japan" / "japanese", "nation" / "national".
bool adjective_of(std::string_view noun, std::string_view adjective) {
  static constexpr std::string_view kEndings[] = {"al", "an", "ian", "ese", "ic", "ical", "ish"};
  if (noun.size() < 3) return false;
  std::string_view stem = noun;
  if (std::string_view("aeiouy").find(stem.back()) != std::string_view::npos) stem.remove_suffix(1);
  for (std::string_view base : {noun, stem}) {
    for (std::string_view ending : kEndings) {
      if (adjective.size() == base.size() + ending.size() && adjective.starts_with(base) &&
          adjective.ends_with(ending)) {
        return true;
      }
    }
  }
  return false;
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool capitalised(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word.front());
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t at = 0;
  char32_t cp = utf8::decode(word, at);
  // Latin-1 and Latin Extended-A capitals (À..Þ; even code points of Ā..ž).
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0);
}

// The letters and digits of a folded word, accents dropped and British spellings made
// American: "a.j." and "aj", "opteron™" and "opteron", "vendôme" and "vendome", "centre"
// and "center" are one word.
std::string letters(std::string_view word) {
  // The base letters of U+00C0..U+00FF (capitals and small letters alike); '-' for the
  // signs among them (× ÷), '*' for letters with no base letter in English (Ð Þ ß ð þ).
  static constexpr std::string_view kBase =
      "aaaaaaaceeeeiiii*nooooo-ouuuuy**aaaaaaaceeeeiiii*nooooo-ouuuuy*y";
  std::string out;
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = utf8::decode(word, i);
    if (cp >= 0xC0 && cp <= 0xFF && kBase[cp - 0xC0] != '-') {
      if (kBase[cp - 0xC0] == '*') {
        out += word.substr(start, i - start);
      } else {
        out += kBase[cp - 0xC0];
      }
    } else if (cp >= 0x100 && cp < 0x2000) {  // another letter: kept as written
      out += word.substr(start, i - start);
    }
  }
  return american_spelling(std::move(out));
}

// Edit distance of two short words (substitution, insertion, deletion and a swap of two
// adjacent letters count one each: "Vasilescu" / "Vasilecsu" is one edit), or more
// than `limit` when the lengths alone are further apart.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> before(b.size() + 1), last(b.size() + 1), row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) last[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t next = std::min({last[j] + 1, row[j - 1] + 1, last[j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        next = std::min(next, before[j - 2] + 1);
      row[j] = next;
    }
    std::swap(before, last);
    std::swap(last, row);
  }
  return last[b.size()];
}

// The consonants of a name as it sounds, for telling a transliteration from another
// name: vowels and the letters that stand in for them dropped (y, j and h), letters that
// sound alike merged (k, q and c; ph and f; w and v; x and cs), doubled
// letters once, and "Gi" before a vowel read as "Y" ("Giannis"): "Mohammed" and
// "Muhammad" are "mhmd", "Giannis" and "Yiannis" "ns", "Sergei" and "Sergey" "srg";
// "Marco" ("mrc") and "Mario" ("mr") stay apart.
std::string name_sound(std::string_view word) {
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j' ||
           c == 'h';
  };
  std::string out;
  auto add = [&out](char c) {
    if (out.empty() || out.back() != c) out += c;
  };
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (i == 0 && c == 'g' && word.size() > 2 && word[1] == 'i' && vowel(word[2])) continue;
    if (c == 'p' && i + 1 < word.size() && word[i + 1] == 'h') {
      add('f');
      ++i;
      continue;
    }
    if (c == 'k' || c == 'q') c = 'c';
    if (c == 'w') c = 'v';
    if (c == 'x') {
      add('c');
      c = 's';
    }
    if (!vowel(c)) add(c);
  }
  return out;
}

// A pet form's ending: "Katie", "Kathy", "Dani".
bool pet_ending(std::string_view name) {
  return name.ends_with("ie") || name.ends_with('y') || name.ends_with('i');
}

// True when two given names are one written two ways: a short form, a pet form or a
// transliteration ("Phil" / "Philip", "Katie" / "Kathryn", "Giannis" / "Yiannis",
// "Mohammed" / "Muhammad"). Names one or two letters apart that sound different are
// two names ("Marco" / "Mario", "Katrin" / "Karin"). (Names with three first letters
// alike and more than two edits apart are still one name, by short_form below.)
bool given_variant(std::string_view a, std::string_view b) {
  if (a.starts_with(b) || b.starts_with(a)) return true;
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  if (prefix >= kGivenPrefix && pet_ending(a.size() < b.size() ? a : b)) return true;
  return name_sound(a) == name_sound(b);
}

// True when one given name is a short form of the other: its beginning ("Phil" /
// "Philip"), or three first letters alike and more than a misspelling apart ("Katie" /
// "Kathryn", ECB+ "Alexis" / "Alexandros"; this also takes "Sigrun" / "Sigridur" for one
// name, the price of not reading Greek short forms as garbles).
bool short_form(std::string_view a, std::string_view b) {
  if (a.starts_with(b) || b.starts_with(a)) return true;
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return prefix >= kGivenPrefix && edit_distance(a, b, kMisspelling) > kMisspelling;
}

// True when surname `b` is a misspelling of `a`: the same first letter and one edit (two
// in surnames of kTwoEditSurname letters or more) in a surname of kMisspeltLength letters
// or more ("Wetzler" / "Welzler", "Vasilescu" / "Vasilecsu").
bool misspelt_surname(std::string_view a, std::string_view b) {
  size_t shorter = std::min(a.size(), b.size());
  if (shorter < kMisspeltLength || a.front() != b.front()) return false;
  size_t limit = shorter >= kTwoEditSurname ? kMisspelling : 1;
  return edit_distance(a, b, limit) <= limit;
}

// True when surname `b` is `a` lengthened or cut by two or three letters at its end
// ("Saar" / "Saarma"): one of the ways a surname is garbled that one edit does not cover.
// (One letter is an inflection or a plural; the shorter keeps four letters or more.)
bool lengthened_surname(std::string_view a, std::string_view b) {
  std::string_view shorter = a.size() < b.size() ? a : b;
  std::string_view longer = a.size() < b.size() ? b : a;
  size_t extra = longer.size() - shorter.size();
  return shorter.size() >= 4 && extra >= 2 && extra <= 3 && longer.starts_with(shorter);
}

// True when surnames `a` and `b` share their stem and differ in an ending of a few letters
// ("Abdrakhmanov" / "Abdrakhmanuly", "Kalnins" / "Kalnietis"): the first kStemLength
// letters or more alike, at most two letters of the shorter outside them, at most kEnding
// letters of each after them. (Baltic, Slavic and Central Asian surnames change their
// endings when transliterated or misremembered; a stem of four, "Santos" / "Santana", is
// two names.)
bool reshaped_surname(std::string_view a, std::string_view b) {
  constexpr size_t kStemLength = 5, kEnding = 5;
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t shorter = std::min(a.size(), b.size());
  return a != b && prefix >= kStemLength && prefix + 2 >= shorter && a.size() - prefix <= kEnding &&
         b.size() - prefix <= kEnding;
}

bool only_spaces(std::string_view gap) {
  return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; });
}

std::string joined(const std::vector<std::string>& parts, size_t skip_a = SIZE_MAX,
                   size_t skip_b = SIZE_MAX) {
  std::string out = std::to_string(parts.size());
  for (size_t i = 0; i < parts.size(); ++i) {
    out += '\x1f';
    out += i == skip_a || i == skip_b ? std::string("*") : parts[i];
  }
  return out;
}

std::string display(const EntityNameDetector::Name& name, std::string_view text) {
  std::string out;
  uint32_t last = UINT32_MAX;
  for (size_t i = 0; i < name.parts.size(); ++i) {
    if (name.word_of[i] == last) continue;
    last = name.word_of[i];
    if (!out.empty()) out += ' ';
    out += text.substr(name.spans[i].start, name.spans[i].size());
  }
  return out;
}

// Why a pair of names is reported, strongest first.
enum class Route { Title, Synonym, Aligned, Surname, GivenName, FamilyName, MisspeltOnce };

struct Candidate {
  const EntityNameDetector::Name* first = nullptr;
  const EntityNameDetector::Name* second = nullptr;
  std::vector<size_t> differ;  // part positions that differ
  Route route = Route::Aligned;
  std::vector<std::string> context;  // shared content words
};

}  // namespace

bool garbled_surname(std::string_view a, std::string_view b) {
  return a != b && !a.empty() && !b.empty() &&
         (misspelt_surname(a, b) || lengthened_surname(a, b) || reshaped_surname(a, b));
}

EntityNameDetector::EntityNameDetector(const rules::RuleSet& rules) : words_(rules) {
  if (const auto* table = rules.table("common/titles")) {
    for (const auto& row : table->rows()) {
      std::vector<std::string> parts;
      for (const auto& word : text::words(row.front())) {
        size_t start = 0;
        const std::string& norm = word.norm;
        for (size_t dash = norm.find('-');; dash = norm.find('-', start)) {
          parts.push_back(norm.substr(start, dash == std::string::npos ? dash : dash - start));
          if (dash == std::string::npos) break;
          start = dash + 1;
        }
      }
      if (!parts.empty()) titles_.push_back(std::move(parts));
    }
  }
  for (std::string_view name : {"entities/demonyms", "entities/nationalities"}) {
    if (const auto* table = rules.table(name)) {
      for (const auto& row : table->rows()) demonyms_.insert(text::fold(row.front()));
    }
  }
  roles_ = word_list(rules, "common/role_nouns");
  for (size_t t = 0; t < titles_.size(); ++t) {
    if (titles_[t].size() == 1) roles_.insert(titles_[t].front());
    titles_by_first_[titles_[t].front()].push_back(t);
  }
  int row_number = 0;
  for (std::string_view name : {"entities/aliases", "detect/name_variants"}) {
    if (const auto* table = rules.table(name)) {
      for (const auto& row : table->rows()) {
        ++row_number;
        for (const auto& variant : row) alias_rows_.emplace(text::fold(variant), row_number);
      }
    }
  }
  if (const auto* table = rules.table("detect/name_connectors")) {
    for (const auto& row : table->rows()) connectors_.insert(text::fold(row.front()));
  }
  for (std::string_view name : {"time/weekdays", "time/months"}) {
    if (const auto* table = rules.table(name)) {
      for (const auto& row : table->rows()) times_.insert(text::fold(row.front()));
    }
  }
}

std::vector<EntityNameDetector::Name> EntityNameDetector::names(
    const Document& document, uint32_t source, uint32_t sentence,
    const align::Lexicon& lexicon) const {
  if (sentence >= document.sentences.size()) return {};
  return names(document, source, sentence, lexicon,
               text::words(document.slice(document.sentences[sentence].span)));
}

std::vector<EntityNameDetector::Name> EntityNameDetector::names(
    const Document& document, uint32_t source, uint32_t sentence, const align::Lexicon& lexicon,
    const std::vector<text::Word>& words) const {
  std::vector<Name> out;
  if (sentence >= document.sentences.size()) return out;
  Span extent = document.sentences[sentence].span;
  std::string_view text = document.slice(extent);
  auto written = [&](size_t i) { return text.substr(words[i].span.start, words[i].span.size()); };
  // A headline in title case ("6.0-Magnitude Earthquake Recorded Near Healdsburg").
  size_t lettered = 0, capitals = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    if (has_digit(words[w].norm)) continue;
    ++lettered;
    capitals += capitalised(written(w));
  }
  if (lettered >= kHeadlineWords && capitals == lettered) return out;
  size_t i = 0;
  while (i < words.size()) {
    if (!capitalised(written(i))) {
      ++i;
      continue;
    }
    // A run of capitalised words, over connectors that a capitalised word follows.
    size_t end = i + 1;
    bool possessive = false;
    while (end < words.size() && !possessive) {
      std::string_view gap =
          text.substr(words[end - 1].span.end, words[end].span.start - words[end - 1].span.end);
      if (!only_spaces(gap)) break;
      if (capitalised(written(end))) {
        possessive = words[end].norm.ends_with("'s");
        ++end;
      } else if (connectors_.count(words[end].norm) && end + 1 < words.size() &&
                 capitalised(written(end + 1))) {
        ++end;
      } else {
        break;
      }
    }
    if (words[i].norm.ends_with("'s")) end = i + 1;  // "Monday's Oval Office": a possessor
    size_t first = i;
    size_t last = end;
    while (first < last &&
           (lexicon.stopword(words[first].norm) || connectors_.count(words[first].norm))) {
      ++first;
    }
    while (last > first && connectors_.count(words[last - 1].norm)) --last;
    if (last > first && words[last - 1].norm.ends_with("'s")) --last;  // the possessor
    // A weekday or a month ends the name, with the connector before it ("on Saturday").
    for (size_t w = first; w < last; ++w) {
      if (w > first && times_.count(words[w].norm) && connectors_.count(words[w - 1].norm)) {
        last = w;
        while (last > first && connectors_.count(words[last - 1].norm)) --last;
        break;
      }
    }
    Name name;
    name.source = source;
    name.sentence = sentence;
    for (size_t w = first; w < last; ++w) {
      const std::string& norm = words[w].norm;
      size_t start = 0;
      for (size_t dash = norm.find('-');; dash = norm.find('-', start)) {
        std::string part = norm.substr(start, dash == std::string::npos ? dash : dash - start);
        if (!part.empty()) {
          name.parts.push_back(part);
          name.spans.push_back(
              Span{extent.start + words[w].span.start, extent.start + words[w].span.end});
          name.word_of.push_back(static_cast<uint32_t>(w));
        }
        if (dash == std::string::npos) break;
        start = dash + 1;
      }
    }
    // One word is a name too, compared only as a misspelling of one a source also writes
    // right (run(): "Ferreirinha" ... "Ferreirinho").
    // A run over connectors may hold people named one after another ("judges Carla Moretti
    // of Milan and Paolo Conti of Turin"): each stretch of two words or more between its
    // connectors is a name too, compared only when both are people (run()).
    std::vector<Name> segments;
    for (size_t p = 0, from = 0; p <= name.parts.size(); ++p) {
      if (p < name.parts.size() && !connectors_.count(name.parts[p])) continue;
      if (from > 0 || p < name.parts.size()) {
        if (p - from >= 2 && p - from < name.parts.size()) {
          Name part;
          part.source = source;
          part.sentence = sentence;
          part.segment = true;
          auto at = [&](const auto& v) { return v.begin() + static_cast<std::ptrdiff_t>(from); };
          auto to = [&](const auto& v) { return v.begin() + static_cast<std::ptrdiff_t>(p); };
          part.parts.assign(at(name.parts), to(name.parts));
          part.spans.assign(at(name.spans), to(name.spans));
          part.word_of.assign(at(name.word_of), to(name.word_of));
          segments.push_back(std::move(part));
        }
      }
      from = p + 1;
    }
    if (!name.parts.empty() && name.parts.size() <= kMaxParts) out.push_back(std::move(name));
    for (auto& part : segments) out.push_back(std::move(part));
    i = std::max(end, i + 1);
  }
  return out;
}

std::vector<bool> EntityNameDetector::titled(const Name& name) const {
  // Each part is looked up as the first word of a title: names are met far more often
  // than there are titles.
  std::vector<bool> out(name.parts.size(), false);
  for (size_t i = 0; i < name.parts.size(); ++i) {
    auto it = titles_by_first_.find(name.parts[i]);
    if (it == titles_by_first_.end()) continue;
    for (size_t t : it->second) {
      const auto& title = titles_[t];
      if (i + title.size() <= name.parts.size() &&
          std::equal(title.begin(), title.end(), name.parts.begin() + static_cast<long>(i))) {
        std::fill(out.begin() + static_cast<long>(i),
                  out.begin() + static_cast<long>(i + title.size()), true);
      }
    }
  }
  return out;
}

bool EntityNameDetector::same_word(const std::string& a, const std::string& b,
                                   const std::string& key_a, const std::string& key_b) const {
  if (letters(a) == letters(b)) return true;  // "A.J." / "AJ", "Centre" / "Center"
  // One ordinary word inflected two ways ("Elections" / "Election", "AK-47s" / "AK-47");
  // names are compared as written (Snowball makes "Raite" "rait").
  if (a + "s" == b || b + "s" == a) return true;
  if (key_a == key_b && words_.is_common(a) && words_.is_common(b)) return true;
  // A noun and its adjective ("Indian Navy" / "Indian Naval ship", "Canada" / "Canadian").
  if (adjective_of(a, b) || adjective_of(b, a)) return true;
  // A place and a place inside it ("Sicily" / "Italy").
  auto capital = [](std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
      word[0] = static_cast<char>(word[0] - 32);
    return word;
  };
  const auto* pa = words_.place(capital(a));
  const auto* pb = words_.place(capital(b));
  if (!pa || !pb) return false;
  std::string ka = normalize::key_of(pa->canonical), kb = normalize::key_of(pb->canonical);
  return words_.place_within(ka, kb) || words_.place_within(kb, ka);
}

bool EntityNameDetector::alias(const std::string& a, const std::string& b) const {
  auto x = alias_rows_.find(a);
  auto y = alias_rows_.find(b);
  return x != alias_rows_.end() && y != alias_rows_.end() && x->second == y->second;
}

void EntityNameDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  const align::Lexicon& lexicon = context.lexicon;
  align::Stemmer stemmer;
  const size_t first_out = out.size();

  // The claims of each sentence, and the facts they belong to.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<uint32_t>> claims_of;
  for (const Claim& claim : analysis.claims)
    claims_of[{claim.source, claim.sentence}].push_back(claim.index);
  std::vector<uint32_t> fact_of(analysis.claims.size(), UINT32_MAX);
  for (uint32_t f = 0; f < analysis.facts.size(); ++f) {
    for (uint32_t claim : analysis.facts[f].claims) fact_of[claim] = f;
  }
  // Capitalised words each source uses anywhere (hyphen parts too), read when a pair of
  // names first asks about the source. The views point into the story's split words.
  std::vector<std::optional<std::unordered_set<std::string_view>>> capitals_of(
      analysis.documents.size());
  auto capitals = [&](uint32_t s) -> const std::unordered_set<std::string_view>& {
    auto& slot = capitals_of[s];
    if (slot) return *slot;
    slot.emplace();
    const std::string& body = analysis.documents[s].text;
    for (const auto& word : context.words->of(s, Span{0, static_cast<uint32_t>(body.size())})) {
      if (!capitalised(std::string_view(body).substr(word.span.start, word.span.size()))) continue;
      size_t start = 0;
      std::string_view norm = word.norm;
      for (size_t dash = norm.find('-');; dash = norm.find('-', start)) {
        slot->insert(norm.substr(start, dash == std::string::npos ? dash : dash - start));
        if (dash == std::string::npos) break;
        start = dash + 1;
      }
    }
    return *slot;
  };

  // Every name form of every source, with its occurrences (sentences holding claims).
  std::vector<Name> all;
  for (const auto& [where, members] : claims_of) {
    const Document& document = analysis.documents[where.first];
    if (where.second >= document.sentences.size()) continue;
    auto found = names(document, where.first, where.second, lexicon,
                       context.words->of(where.first, document.sentences[where.second].span));
    for (auto& name : found) {
      // A name's last word alone, to meet a one-word misspelling of it ("Katarzyna
      // Szczepanska" ... "Szczepanksa told the paper").
      if (name.parts.size() >= 2 && !connectors_.count(name.parts.back())) {
        Name last = name;
        last.last_word = true;
        last.parts.erase(last.parts.begin(), last.parts.end() - 1);
        last.spans.erase(last.spans.begin(), last.spans.end() - 1);
        last.word_of.erase(last.word_of.begin(), last.word_of.end() - 1);
        all.push_back(std::move(name));
        all.push_back(std::move(last));
      } else {
        all.push_back(std::move(name));
      }
    }
  }
  std::map<std::pair<uint32_t, std::string>, std::vector<size_t>> forms;
  for (size_t n = 0; n < all.size(); ++n) forms[{all[n].source, joined(all[n].parts)}].push_back(n);
  std::vector<const std::vector<size_t>*> form_list;
  std::map<std::string, std::vector<size_t>> blocks;  // masked form -> forms
  for (const auto& [form, occurrences] : forms) {
    size_t f = form_list.size();
    form_list.push_back(&occurrences);
    const auto& parts = all[occurrences.front()].parts;
    if (parts.size() == 1) {
      // A one-word name meets the one-word names of its first letter: a misspelling keeps
      // it (misspelt_surname).
      if (!parts.front().empty()) blocks[std::string("\x1d") + parts.front().front()].push_back(f);
      continue;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      blocks[joined(parts, i)].push_back(f);
      if (parts.size() < kTwoDifferences) continue;
      for (size_t j = i + 1; j < parts.size(); ++j) blocks[joined(parts, i, j)].push_back(f);
    }
  }

  // Content words of a name's sentence besides the name: key -> the word as first seen.
  // Computed once per name (`name` is an element of `all`), not once per pair it is in.
  std::vector<std::optional<std::map<std::string, std::string>>> contents(all.size());
  auto content = [&](const Name& name) -> const std::map<std::string, std::string>& {
    auto& slot = contents[static_cast<size_t>(&name - all.data())];
    if (slot) return *slot;
    std::map<std::string, std::string> words;
    const Document& document = analysis.documents[name.source];
    Span extent = document.sentences[name.sentence].span;
    for (const auto& word : context.words->of(name.source, extent)) {
      if (word.norm.size() < 3 || lexicon.stopword(word.norm)) continue;
      if (std::find(name.parts.begin(), name.parts.end(), word.norm) != name.parts.end()) continue;
      words.emplace(lexicon.key(word.norm, stemmer), word.norm);
    }
    slot = std::move(words);
    return *slot;
  };
  // People's names as the normaliser found them: their parts are names even when they
  // are ordinary words too ("A.J. Smith", "Rob Jones").
  std::set<std::string> people;
  for (const Entity& entity : analysis.entities) {
    if (entity.type != EntityType::Person) continue;
    for (const auto& form : entity.surface_forms) people.insert(letters(text::fold(form)));
  }
  std::vector<int8_t> is_person(all.size(), -1);  // per name of `all`: unknown, no, yes
  auto person = [&](const Name& name) {
    int8_t& known = is_person[static_cast<size_t>(&name - all.data())];
    if (known < 0) {
      const Document& document = analysis.documents[name.source];
      known = people.count(letters(text::fold(display(name, document.text)))) > 0 ? 1 : 0;
      // A title before the name is not part of it: "Judge Ana Moura" is Ana Moura, and so
      // is what the title follows: "Harbour Police Inspector Mark Walsh" is Mark Walsh.
      std::vector<bool> title = titled(name);
      size_t first = 0;
      for (size_t p = 0; p + 1 < name.parts.size(); ++p) {
        if (title[p]) first = p + 1;
      }
      if (!known && first > 0 && first < name.parts.size()) {
        Name bare = name;
        bare.parts.erase(bare.parts.begin(),
                         bare.parts.begin() + static_cast<std::ptrdiff_t>(first));
        bare.spans.erase(bare.spans.begin(),
                         bare.spans.begin() + static_cast<std::ptrdiff_t>(first));
        bare.word_of.erase(bare.word_of.begin(),
                           bare.word_of.begin() + static_cast<std::ptrdiff_t>(first));
        known = people.count(letters(text::fold(display(bare, document.text)))) > 0 ? 1 : 0;
      }
    }
    return known == 1;
  };
  // The surnames each given name goes with in the story's names ("getachew" -> {"worku",
  // "wolde"}): a swapped surname is one garble only where there are two.
  std::unordered_map<std::string, std::unordered_set<std::string>> surnames_of;
  for (const Name& name : all) {
    if (name.parts.size() >= 2)
      surnames_of[name.parts[name.parts.size() - 2]].insert(name.parts.back());
  }
  // True when `word` (folded) appears anywhere in the name's sentence, in any case.
  // The sentence's words are read once per name.
  std::vector<std::optional<std::unordered_set<std::string_view>>> sentence_words(all.size());
  auto in_sentence = [&](const Name& name, const std::string& word) {
    auto& words = sentence_words[static_cast<size_t>(&name - all.data())];
    if (!words) {
      const Document& document = analysis.documents[name.source];
      words.emplace();
      for (const auto& w : context.words->of(name.source, document.sentences[name.sentence].span))
        words->insert(w.norm);
    }
    return words->count(word) > 0;
  };
  // Which parts of a name are a title, once per name.
  std::vector<std::optional<std::vector<bool>>> titles(all.size());
  auto titled_parts = [&](const Name& name) -> const std::vector<bool>& {
    auto& slot = titles[static_cast<size_t>(&name - all.data())];
    if (!slot) slot = titled(name);
    return *slot;
  };
  auto aligned = [&](const Name& x, const Name& y) {
    for (uint32_t a : claims_of[{x.source, x.sentence}]) {
      for (uint32_t b : claims_of[{y.source, y.sentence}]) {
        if (fact_of[a] != UINT32_MAX && fact_of[a] == fact_of[b]) return true;
      }
    }
    return false;
  };

  // A country or its people ("Somalia", "Somali", "Yemeni"): spelt two ways, two words.
  auto nation = [&](const std::string& word) {
    std::string single = word.ends_with('s') ? word.substr(0, word.size() - 1) : word;
    auto place = [&](std::string name) {
      if (name.empty()) return false;
      name.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(name.front())));
      return words_.place(name) != nullptr;
    };
    return demonyms_.count(word) > 0 || demonyms_.count(single) > 0 || place(word) || place(single);
  };
  std::map<std::pair<size_t, size_t>, Candidate> best;  // per pair of forms
  for (const auto& [key, members] : blocks) {
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        size_t fx = members[i], fy = members[j];
        const Name& x = all[form_list[fx]->front()];
        const Name& y = all[form_list[fy]->front()];
        if (x.source == y.source && !context.options.within_source) continue;
        if (best.count({fx, fy}) || best.count({fy, fx})) continue;
        if ((x.segment || y.segment) && !(person(x) && person(y))) continue;
        std::vector<size_t> differ;
        for (size_t p = 0; p < x.parts.size(); ++p) {
          if (x.parts[p] != y.parts[p]) differ.push_back(p);
        }
        if (differ.empty()) continue;
        // Two one-word names are one name only as a misspelling: one source writes the
        // word both ways, the other one way only (below).
        if (x.parts.size() == 1) {
          const std::string& a = x.parts.front();
          const std::string& b = y.parts.front();
          // One edit only (a letter changed, added or dropped, two swapped), in words of
          // five letters or more, not acronyms ("ISNA" / "IRNA" are two agencies).
          // Nor a country and its people ("Somalia" / "Somali", "Yemen" / "Yemeni"), nor
          // a possessive ("Indonesia's").
          auto unsure_word = [&](const Name& name) {
            std::string_view word = analysis.documents[name.source].slice(name.spans.front());
            return std::none_of(word.begin(), word.end(),
                                [](char c) { return c >= 'a' && c <= 'z'; }) ||
                   word.find('\'') != std::string_view::npos ||
                   word.find("’") != std::string_view::npos;
          };
          if (std::min(a.size(), b.size()) < kOneWordLength || !misspelt_surname(a, b) ||
              edit_distance(a, b, 1) > 1 || unsure_word(x) || unsure_word(y) || a.starts_with(b) ||
              b.starts_with(a) || nation(a) || nation(b) ||
              (capitals(y.source).count(a) > 0) == (capitals(x.source).count(b) > 0))
            continue;
        }
        bool plausible = true, synonyms = true, title = false, explained = true;
        bool absent_only = false;  // a swap explained only by the other's word being absent
        // Every swapped word misspelt by a source that also writes it right, where the
        // other source writes it one way only ("Ferreirinha" ... "Ferreirinho").
        bool all_misspelt_once = true;
        const auto& titles_x = titled_parts(x);
        const auto& titles_y = titled_parts(y);
        for (size_t p : differ) {
          const std::string& a = x.parts[p];
          const std::string& b = y.parts[p];
          std::string ka = lexicon.key(a, stemmer), kb = lexicon.key(b, stemmer);
          // Words both sources use are two referents both know (Putin and Zelenskyy). But
          // a source that writes a name both ways, where the other writes it one way only,
          // misspelt it ("Szczepanska" ... "Szczepanksa"): that is the garble.
          bool y_knows_a = capitals(y.source).count(a) > 0;
          bool x_knows_b = capitals(x.source).count(b) > 0;
          bool misspelt_once = y_knows_a != x_knows_b && misspelt_surname(a, b) &&
                               !words_.is_common(a) && !words_.is_common(b);
          all_misspelt_once = all_misspelt_once && misspelt_once && !a.starts_with(b) &&
                              !b.starts_with(a) && !nation(a) && !nation(b);
          // A word and one derived from it ("New Zealand" / "New Zealander", "Bosnia" /
          // "Bosnian") are a place and its people, not a garble.
          bool derived = (a.starts_with(b) || b.starts_with(a)) && (nation(a) || nation(b));
          if (a.size() < 2 || b.size() < 2 || has_digit(a) || has_digit(b) || derived ||
              ((y_knows_a || x_knows_b) && !misspelt_once) || alias(a, b) ||
              lexicon.antonyms(ka, kb) || connectors_.count(a) || connectors_.count(b) ||
              same_word(a, b, ka, kb)) {
            plausible = false;
          }
          synonyms = synonyms && lexicon.synonyms(ka, kb);
          title = title || titles_x[p] != titles_y[p];
          // In one statement a swap is a garble when the words are synonyms, one is a
          // misspelling of the other, both are proper names, or neither source uses the
          // other's word at all ("Oval Office" / "Oval Workplace"); a word the other
          // sentence uses in lower case names another thing ("the Kraft Plant" / "a
          // Kraft Foods plant").
          // Two proper names are a garble only in a person's name ("Rob" / "Nick Jones");
          // elsewhere they are two referents ("INS Mysore" / "INS Sukanya").
          bool two_people = person(x) && person(y);
          // A given name and its short form are one name ("Phil" / "Philip", "Katie" /
          // "Kathryn"); a letter or two apart it may be misspelt ("Malcolm" / "Malcom").
          if (two_people && p + 1 < x.parts.size() && !titles_x[p] && !titles_y[p] &&
              short_form(a, b))
            plausible = false;
          bool proper = !words_.is_common(a) && !words_.is_common(b);
          bool same_sense = lexicon.synonyms(ka, kb);
          bool misspelt = std::min(a.size(), b.size()) >= kMisspeltLength &&
                          edit_distance(a, b, kMisspelling) <= kMisspelling;
          bool crossed = in_sentence(y, a) || in_sentence(x, b);
          bool names = two_people || (proper && (same_sense || misspelt));
          explained = explained && (same_sense || names || misspelt || (!crossed && !proper));
          absent_only = absent_only || !(same_sense || names || misspelt);
        }
        // Two people's names under one title ("CHP Officer Brian Pennings" / "CHP Officer
        // Brad Baehr"): every word after the titles differs, so they are two officers, not
        // one name garbled.
        if (plausible && person(x) && person(y)) {
          size_t named = 0, swapped = 0;
          for (size_t p = 0; p < x.parts.size(); ++p) {
            if (titles_x[p] || titles_y[p]) {
              named = swapped = 0;  // count the words after the last title only
              continue;
            }
            ++named;
            swapped += std::count(differ.begin(), differ.end(), p) > 0;
          }
          if (named >= 2 && swapped == named) plausible = false;
        }
        if (!plausible) continue;
        // A person's surname misspelt: two names the normaliser found as people, the same
        // up to a surname garbled (one or two letters apart, lengthened or with another
        // ending: garbled_surname), after the same given name ("Andrew Wetzler" / "Andrew
        // Welzler", "Helen Saar" / "Helen Saarma", "Inese Kalnins" / "Inese Kalnietis"). Two
        // people of one story rarely share a given name and nearly a surname, so their sentences
        // need not make the same statement.
        bool surname = false;
        if (differ.size() == 1 && differ.front() + 1 == x.parts.size() && differ.front() >= 1) {
          size_t p = differ.front();
          surname = !titles_x[p - 1] && !titles_y[p - 1] && !connectors_.count(x.parts[p - 1]) &&
                    garbled_surname(x.parts[p], y.parts[p]) &&
                    !(words_.is_common(x.parts[p]) && words_.is_common(y.parts[p])) && person(x) &&
                    person(y);
        }
        // A person's given name swapped: two names the normaliser found as people, the
        // same surname (four letters or more, no ordinary word), one given name apart
        // ("Ana Cristina Moura" / "Ana Carolina Moura", "Nabil" / "Karim Amrani"), neither
        // given name capitalised in the other source, not one name written two ways, in
        // sentences sharing three content words, a role noun among them or one title in
        // both names ("Judge", "the city's alderman"): one person, a name garbled (two
        // relatives of one story are both named in each source that names both).
        bool given_name = false;
        bool same_title = false;  // both names hold one title ("Judge")
        for (size_t q = 0; x.parts.size() == y.parts.size() && q < x.parts.size(); ++q) {
          same_title = same_title || (titles_x[q] && titles_y[q] && x.parts[q] == y.parts[q]);
        }
        if (differ.size() == 1 && differ.front() + 1 < x.parts.size() &&
            x.parts.size() == y.parts.size()) {
          size_t p = differ.front();
          const std::string& family = x.parts.back();
          const std::string& a = x.parts[p];
          const std::string& b = y.parts[p];
          bool variant = given_variant(a, b);
          // (A people before a title is no given name: "UK Prime Minister X" / "British
          // Prime Minister X".)
          given_name = person(x) && person(y) && family == y.parts.back() &&
                       family.size() >= kMisspeltLength && !words_.is_common(family) &&
                       !titles_x[p] && !titles_y[p] && !words_.is_common(a) &&
                       !words_.is_common(b) && !variant && !demonyms_.count(a) &&
                       !demonyms_.count(b);
        }
        // A person's surname swapped whole: the same given name (four letters or more, no
        // ordinary word) with exactly two surnames in the story, neither a dictionary word,
        // under the same conditions as a given name swapped (the athlete's coach in both):
        // one person, a name garbled. (A given name with three surnames or more is several
        // people, or copies of one story told of others.)
        bool family_name = false;
        if (!surname && differ.size() == 1 && differ.front() + 1 == x.parts.size() &&
            differ.front() >= 1 && x.parts.size() == y.parts.size()) {
          size_t p = differ.front();
          const std::string& given = x.parts[p - 1];
          // (A listed first name may be an ordinary word too: "Mark", "John".)
          std::string written = given;
          if (!written.empty() && written[0] >= 'a' && written[0] <= 'z') written[0] -= 'a' - 'A';
          family_name = person(x) && person(y) && given == y.parts[p - 1] &&
                        surnames_of[given].size() == 2 && given.size() >= kMisspeltLength &&
                        !titles_x[p - 1] && !titles_y[p - 1] &&
                        (!words_.is_common(given) || words_.is_given_name(written)) &&
                        !words_.is_common(x.parts[p]) && !words_.is_common(y.parts[p]) &&
                        !connectors_.count(given);
        }
        // A title or a synonym explains a swap only inside a name that keeps two words
        // ("Treasury ... Janet Yellen"); in a two-word name ("Academy President" /
        // "Academy Award") only the same statement around it makes it one referent.
        // Connectors are not kept words: "Governor of Qeshm" / "Island of Qeshm" keep one.
        size_t kept = 0;
        for (size_t p = 0; p < x.parts.size(); ++p) {
          kept += x.parts[p] == y.parts[p] && !connectors_.count(x.parts[p]);
        }
        bool long_name = kept >= kSharedParts;
        // The best pair of occurrences: the strongest reason, then the most shared context.
        std::optional<Candidate> chosen;
        size_t tried = 0;
        for (size_t ox : *form_list[fx]) {
          for (size_t oy : *form_list[fy]) {
            if (++tried > kOccurrencePairs) break;
            const Name* first = &all[ox];
            const Name* second = &all[oy];
            if (second->source < first->source) std::swap(first, second);
            Candidate candidate{first, second, differ, Route::Aligned, {}};
            const auto& cx = content(*first);
            const auto& cy = content(*second);
            for (const auto& [stem, word] : cx) {
              if (cy.count(stem)) candidate.context.push_back(word);
            }
            bool related_context = candidate.context.size() >= kSharedContext;
            // The words shared name a role ("director"), or are all the role ("chief
            // executive": then two shared words are enough for a given or family name).
            auto is_role = [&](const std::string& word) {
              return roles_.count(text::fold(word)) > 0;
            };
            bool any_role =
                std::any_of(candidate.context.begin(), candidate.context.end(), is_role);
            bool all_roles = any_role && std::all_of(candidate.context.begin(),
                                                     candidate.context.end(), is_role);
            if (title && related_context && long_name) {
              candidate.route = Route::Title;
            } else if (synonyms && related_context && long_name) {
              candidate.route = Route::Synonym;
            } else if (!explained || !aligned(*first, *second)) {
              // A name a source writes right elsewhere and once misspelt, in a sentence
              // that shares words with the other's (a player's, an economist's surname
              // with a letter changed or two swapped).
              if (surname) {
                candidate.route = Route::Surname;
              } else if ((given_name || family_name) &&
                         (candidate.context.size() > kSharedContext ||
                          (candidate.context.size() == kSharedContext && all_roles)) &&
                         (same_title || any_role)) {
                candidate.route = given_name ? Route::GivenName : Route::FamilyName;
              } else if (all_misspelt_once && explained && related_context) {
                candidate.route = Route::MisspeltOnce;
              } else {
                continue;
              }
            } else if (absent_only) {
              // Only the absence of the other's word explains the swap: the sentences
              // must make largely the same statement.
              size_t all_words = cx.size() + cy.size();
              double dice = all_words == 0 ? 0
                                           : 2.0 * static_cast<double>(candidate.context.size()) /
                                                 static_cast<double>(all_words);
              if (dice < kSameStatement) continue;
            }
            if (!chosen || candidate.route < chosen->route ||
                (candidate.route == chosen->route &&
                 candidate.context.size() > chosen->context.size())) {
              chosen = std::move(candidate);
            }
          }
        }
        if (chosen) best.emplace(std::pair(fx, fy), std::move(*chosen));
      }
    }
  }

  // One finding per swap: "Federal Reserve" and "Federal Reserve Chair Jerome Powell" renamed
  // the same way in two sentences are one garble.
  std::map<std::tuple<uint32_t, uint32_t, std::string>, const Candidate*> swaps_seen;
  for (const auto& [id, c] : best) {
    std::string swap;
    for (size_t p : c.differ) swap += c.first->parts[p] + '\x1f' + c.second->parts[p] + '\x1e';
    auto [it, fresh] = swaps_seen.try_emplace({c.first->source, c.second->source, swap}, &c);
    // A name's last word taken alone gives way to the whole name.
    auto rank = [](const Candidate& k) {
      return std::tuple(k.first->last_word || k.second->last_word, k.route, k.first->parts.size());
    };
    if (!fresh && rank(c) < rank(*it->second)) {
      it->second = &c;
    }
  }
  // One finding per source that writes the name one way, against every source that writes
  // it the other way: a draft that misspells a name ten wires spell right gets one finding,
  // not ten. The way fewer sources write is the one reported (on a tie, the way of the
  // earliest source: the draft in `check`).
  struct Group {
    std::map<std::string, std::set<uint32_t>> writers;  // spelling of the swapped words -> sources
    std::vector<const Candidate*> members;
  };
  auto spelling = [](const EntityNameDetector::Name& name, const std::vector<size_t>& differ) {
    std::string written;
    for (size_t p : differ) written += name.parts[p] + '\x1f';
    return written;
  };
  std::map<std::pair<std::string, std::string>, Group> groups;
  for (const auto& [key, c] : swaps_seen) {
    std::string sx = spelling(*c->first, c->differ), sy = spelling(*c->second, c->differ);
    Group& group = groups[{std::min(sx, sy), std::max(sx, sy)}];
    group.writers[sx].insert(c->first->source);
    group.writers[sy].insert(c->second->source);
    group.members.push_back(c);
  }
  auto rank = [](const Candidate& k) {
    return std::tuple(k.first->last_word || k.second->last_word, k.route, k.first->parts.size());
  };
  for (const auto& [key, group] : groups) {
    const std::set<uint32_t>& one = group.writers.at(key.first);
    const std::set<uint32_t>& two = group.writers.at(key.second);
    bool first_main = fewer_sources(one, two);
    const std::string& main_spelling = first_main ? key.first : key.second;
    // Per source writing the reported way: its pairs, oriented (its name, the other's).
    struct Pair {
      const Candidate* candidate;
      const EntityNameDetector::Name* main;
      const EntityNameDetector::Name* other;
    };
    std::map<uint32_t, std::map<uint32_t, Pair>> by_main;  // main source -> other source -> pair
    for (const Candidate* c : group.members) {
      bool flip = spelling(*c->first, c->differ) != main_spelling;
      Pair pair{c, flip ? c->second : c->first, flip ? c->first : c->second};
      auto [it, fresh] = by_main[pair.main->source].try_emplace(pair.other->source, pair);
      if (!fresh && rank(*c) < rank(*it->second.candidate)) it->second = pair;
    }
    for (const auto& [main_source, others] : by_main) {
      // The best-ranked pair speaks for the finding; its main name is evidence[0].
      const Pair* lead = nullptr;
      for (const auto& [other_source, pair] : others) {
        if (!lead || rank(*pair.candidate) < rank(*lead->candidate)) lead = &pair;
      }
      const Candidate& c = *lead->candidate;
      const Document& doc_x = analysis.documents[main_source];
      const Document& doc_y = analysis.documents[lead->other->source];
      std::string name_x = display(*lead->main, doc_x.text);
      std::string name_y = display(*lead->other, doc_y.text);
      std::string swaps;
      for (size_t p : c.differ) {
        std::string_view wx = doc_x.slice(lead->main->spans[p]);
        std::string_view wy = doc_y.slice(lead->other->spans[p]);
        swaps += (swaps.empty() ? "“" : ", “") + std::string(wx) + "” → “" + std::string(wy) + "”";
      }
      std::string why;
      switch (c.route) {
        case Route::Title:
          why = "One name holds a known title where the other holds a word that is none (" + swaps +
                ")";
          break;
        case Route::Synonym:
          why = "The names differ by a synonym swap (" + swaps + "), which no alias explains";
          break;
        case Route::Aligned:
          why = "The sentences make the same statement but name it differently (" + swaps + ")";
          break;
        case Route::MisspeltOnce:
          why = "One source writes the name both ways, the other only one way (" + swaps +
                "): a misspelling";
          break;
        case Route::GivenName:
          why =
              "One surname goes with two given names in sentences telling the same (" + swaps + ")";
          break;
        case Route::FamilyName:
          why =
              "One given name goes with two surnames in sentences telling the same (" + swaps + ")";
          break;
        case Route::Surname:
          why =
              "The same given name goes with two spellings of a surname, one or two letters "
              "apart, lengthened or with another ending (" +
              swaps + ")";
          break;
      }
      std::string shared;
      for (size_t i = 0; i < c.context.size() && i < 5; ++i)
        shared += (i ? ", " : "") + c.context[i];
      // "in s2", "in s2 and s5", "in s2, s3, s5 and 7 other sources"
      std::vector<uint32_t> other_sources;
      for (const auto& [other_source, pair] : others) other_sources.push_back(other_source);
      constexpr size_t kListed = 4;
      std::string where = source_list(analysis, other_sources, kListed);
      bool several = others.size() > 1;
      Finding finding;
      finding.level = Level::Divergence;
      finding.type = "entity-name";
      finding.rule = "divergence.entity-name";
      finding.summary =
          "“" + name_x + "” in " + doc_x.id + " is named “" + name_y + "” in " + where;
      finding.explanation =
          why + "; the differing words never appear capitalised in the other source" +
          (several ? "s" : "") +
          (shared.empty() ? ""
                          : std::string(", and the sentences") +
                                (several ? " of " + doc_x.id + " and " + doc_y.id : "") +
                                " share: " + shared) +
          ". " +
          (several ? std::to_string(others.size()) + " sources write it the other way; " +
                         doc_x.id + " has probably garbled the name."
                   : "One source has probably garbled the name.");
      auto evidence_of = [&](const EntityNameDetector::Name& name) {
        Evidence evidence{claims_of[{name.source, name.sentence}].front(), {}};
        for (size_t p : c.differ) {
          if (p >= name.spans.size()) continue;
          if (evidence.highlights.empty() || evidence.highlights.back() != name.spans[p])
            evidence.highlights.push_back(name.spans[p]);
        }
        return evidence;
      };
      finding.evidence.push_back(evidence_of(*lead->main));
      for (const auto& [other_source, pair] : others) {
        Evidence evidence{claims_of[{pair.other->source, pair.other->sentence}].front(), {}};
        for (size_t p : pair.candidate->differ) {
          if (evidence.highlights.empty() || evidence.highlights.back() != pair.other->spans[p])
            evidence.highlights.push_back(pair.other->spans[p]);
        }
        finding.evidence.push_back(std::move(evidence));
      }
      out.push_back(std::move(finding));
    }
  }

  // The second route: a name swapped for another that shares nothing with it.
  std::set<std::array<uint32_t, 4>> reported;
  for (size_t i = first_out; i < out.size(); ++i) {
    const Claim& lead = analysis.claims[out[i].evidence.front().claim];
    for (const Evidence& evidence : out[i].evidence) {
      const Claim& other = analysis.claims[evidence.claim];
      reported.insert({lead.source, lead.sentence, other.source, other.sentence});
      reported.insert({other.source, other.sentence, lead.source, lead.sentence});
    }
  }
  swaps(context, all, person, capitals, claims_of, reported, out);
}

}  // namespace cc::detect
