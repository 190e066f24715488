#include "normalize/names.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "normalize/lexicon.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::normalize {

namespace {

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t' || phrase[i] == '\n')) ++i;
    size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '\t' && phrase[i] != '\n') ++i;
    if (i > start) out.emplace_back(phrase.substr(start, i - start));
  }
  return out;
}

std::string join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += words[i];
  }
  return out;
}

// "Trump's" -> "Trump", "Davis’" -> "Davis".
std::string strip_possessive(std::string word) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (word.size() > suffix.size() &&
        word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0) {
      word.resize(word.size() - suffix.size());
      break;
    }
  }
  return word;
}

bool is_upper_start(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word.front());
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;  // non-ASCII letters count as name starts
}

// An acronym such as NATO, BMG, U.S.: no lower-case letter at all.
bool is_acronym(std::string_view word) {
  bool has_letter = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') has_letter = true;
  }
  return has_letter && word.size() >= 2;
}

}  // namespace

bool is_initials(std::string_view word) {
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    if (word[i] < 'A' || word[i] > 'Z' || word[i + 1] != '.') return false;
  }
  return true;
}

bool is_modifier_compound(std::string_view word) {
  size_t hyphen = word.rfind('-');
  return !word.empty() && word.front() >= 'A' && word.front() <= 'Z' &&
         hyphen != std::string_view::npos && hyphen + 1 < word.size() && word[hyphen + 1] >= 'a' &&
         word[hyphen + 1] <= 'z';
}

Names::Names(const rules::RuleSet& rules) {
  auto load = [&](std::string_view table, StringSet& into) {
    if (const auto* t = rules.table(table)) {
      for (const auto& row : t->rows()) into.insert(text::fold(row.front()));
    }
  };
  load("common/titles", titles_);
  load("common/pronouns", pronouns_);
  if (const auto* t = rules.table("common/pronouns")) {
    for (const auto& row : t->rows()) {
      if (row.size() > 1 && row[1] == "plural") plural_pronouns_.insert(text::fold(row.front()));
    }
  }
  load("common/role_nouns", roles_);
  load("entities/demonyms", demonyms_);
  load("entities/nationalities", demonyms_);
  if (const auto* aliases = rules.table("entities/aliases")) {
    for (const auto& row : aliases->rows()) {
      for (size_t i = 1; i < row.size(); ++i) aliases_.emplace(text::fold(row[i]), row[0]);
    }
  }
}

bool Names::is_title_word(std::string_view word) const {
  std::string folded = text::fold(word);
  if (titles_.count(folded)) return true;
  // Hyphenated titles: Secretary-General, Vice-President, Attorney-General.
  size_t start = 0;
  while (start < folded.size()) {
    size_t dash = folded.find('-', start);
    std::string part =
        folded.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (part != folded && titles_.count(part)) return true;
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return false;
}

bool Names::is_demonym(std::string_view word) const {
  return demonyms_.count(text::fold(word)) > 0;
}

SpeakerPhrase Names::parse(std::string_view phrase) const {
  SpeakerPhrase out;
  std::vector<std::string> words = split_words(text::trim(phrase));
  if (words.empty()) return out;
  std::string first = text::fold(words.front());
  if (words.size() == 1 && pronouns_.count(first)) {
    out.form = SpeakerPhrase::Form::Pronoun;
    out.plural = plural_pronouns_.count(first) > 0;
    return out;
  }
  // A possessor and a role ("Biancardi's attorney", "Kenya's trade minister"): a role
  // phrase, the role's holder named elsewhere.
  if (words.size() >= 2 && strip_possessive(words.front()) != words.front() &&
      roles_.count(text::fold(words.back())) &&
      std::none_of(words.begin() + 1, words.end(),
                   [](const std::string& word) { return is_upper_start(word); })) {
    out.form = SpeakerPhrase::Form::Role;
    out.title = text::fold(words.back());
    return out;
  }
  // Leading determiner: a role phrase, unless a name closes it ("the rep Jack Ketsoyan").
  static const std::unordered_set<std::string> kDeterminers = {"the", "a",     "an",  "his",
                                                               "her", "their", "its", "our"};
  size_t begin = 0;
  if (kDeterminers.count(first)) {
    size_t name_start = words.size();
    while (name_start > 1 && is_upper_start(words[name_start - 1]) &&
           !is_title_word(words[name_start - 1]) &&
           !demonyms_.count(text::fold(words[name_start - 1]))) {
      --name_start;
    }
    for (size_t i = 1; i < name_start; ++i) {
      std::string folded = text::fold(strip_possessive(words[i]));
      // A two-word title is one ("the prime minister" is not any minister).
      if (i + 1 < name_start) {
        std::string pair = folded + " " + text::fold(strip_possessive(words[i + 1]));
        if (titles_.count(pair)) {
          out.title = std::move(pair);
          ++i;
          continue;
        }
      }
      if (roles_.count(folded) || titles_.count(folded)) out.title = folded;
      if (demonyms_.count(folded)) out.demonym = folded;
      if (out.demonym.empty() && is_upper_start(words[i]))
        out.demonym = folded;  // "the Troy police chief"
    }
    if (name_start == words.size()) {
      out.form = SpeakerPhrase::Form::Role;
      return out;
    }
    begin = name_start;
  }
  // Strip everything up to the last title word, keeping at least one word of name.
  size_t name_begin = begin;
  for (size_t i = begin; i + 1 < words.size(); ++i) {
    std::string folded = text::fold(words[i]);
    std::string pair =
        i + 2 < words.size() ? folded + " " + text::fold(words[i + 1]) : std::string();
    if (!pair.empty() && titles_.count(pair)) {
      out.title = pair;
      name_begin = i + 2;
      ++i;
    } else if (is_title_word(words[i])) {
      out.title = folded;
      name_begin = i + 1;
    }
  }
  // Leading nation words and acronyms: "German", "NATO", "U.S." (only when a name remains);
  // initials are none: "A.J. Smith" is Smith's name.
  for (size_t i = begin; i < name_begin; ++i) {
    std::string folded = text::fold(words[i]);
    if (demonyms_.count(folded) || (is_acronym(words[i]) && !is_initials(words[i]))) {
      if (out.demonym.empty()) out.demonym = folded;
    }
  }
  // A modifier before the name: "London-based Amnesty International", "New York-based
  // Human Rights Watch", "Kremlin-backed ..." (a hyphenated word ending in lower case).
  for (size_t i = name_begin; i + 1 < words.size(); ++i) {
    if (is_modifier_compound(words[i])) name_begin = i + 1;
  }
  while (name_begin + 1 < words.size() &&
         (demonyms_.count(text::fold(words[name_begin])) ||
          (is_acronym(words[name_begin]) && !is_initials(words[name_begin])))) {
    if (out.demonym.empty()) out.demonym = text::fold(words[name_begin]);
    ++name_begin;
  }
  std::vector<std::string> name_words(words.begin() + static_cast<std::ptrdiff_t>(name_begin),
                                      words.end());
  if (!name_words.empty()) name_words.back() = strip_possessive(name_words.back());
  out.name = join(name_words, 0, name_words.size());
  return out;
}

std::string Names::canonical(std::string_view name) const {
  std::string folded = text::fold(name);
  if (auto it = aliases_.find(folded); it != aliases_.end()) return it->second;
  // Word by word (split on spaces, joined by one), each through the alias table.
  std::string out;
  out.reserve(name.size());
  size_t i = 0;
  size_t count = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == '\t' || name[i] == '\n')) ++i;
    size_t start = i;
    while (i < name.size() && name[i] != ' ' && name[i] != '\t' && name[i] != '\n') ++i;
    if (i == start) continue;
    std::string_view word = name.substr(start, i - start);
    if (count++ > 0) out += ' ';
    text::fold_into(word, folded);
    auto it = aliases_.find(folded);
    out += it != aliases_.end() ? std::string_view(it->second) : word;
  }
  return out;
}

std::string Names::key(std::string_view name) const {
  std::string canonical_name = canonical(name);
  std::vector<std::string> words;
  for (const auto& word : text::words(canonical_name)) {
    std::string w = strip_possessive(word.norm);
    if (!w.empty()) words.push_back(std::move(w));
  }
  // A middle initial after a given name is left out: "Raymond W. Kelly" is Raymond Kelly,
  // "Brian G. Nichols" Brian Nichols. Initials alone keep theirs ("K. Mehta").
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    bool middle_initial =
        i > 0 && i + 1 < words.size() && words[i].size() == 1 && words.front().size() > 1;
    if (middle_initial) continue;
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return key_of(out);
}

size_t edit_distance(std::string_view a, std::string_view b, size_t cap) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > cap) return cap + 1;
  std::vector<size_t> previous(a.size() + 1), current(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) previous[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    current[0] = j;
    size_t row_min = current[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t substitution = previous[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[i] = std::min({previous[i] + 1, current[i - 1] + 1, substitution});
      row_min = std::min(row_min, current[i]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(previous, current);
  }
  return std::min(previous[a.size()], cap + 1);
}

}  // namespace cc::normalize
