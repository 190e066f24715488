#include "normalize/lexicon.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <mutex>

#include "ruleengine/ruleset.hpp"

namespace cc::normalize {

namespace {

uint8_t parse_classes(std::string_view letters) {
  uint8_t out = 0;
  for (char c : letters) {
    if (c == 'n') out |= kNoun;
    if (c == 'v') out |= kVerb;
    if (c == 'a') out |= kAdjective;
    if (c == 'r') out |= kAdverb;
    if (c == 'p') out |= kPersonNoun;
  }
  return out;
}

Closed parse_closed(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, Closed>, 9> kNames{{
      {"det", Closed::Determiner},
      {"prep", Closed::Preposition},
      {"pron", Closed::Pronoun},
      {"aux", Closed::Auxiliary},
      {"modal", Closed::Modal},
      {"conj", Closed::Conjunction},
      {"sub", Closed::Subordinator},
      {"neg", Closed::Negation},
      {"adv", Closed::Adverb},
  }};
  for (const auto& [key, value] : kNames) {
    if (key == name) return value;
  }
  return Closed::None;
}

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

}  // namespace

std::string key_of(std::string_view name) {
  // The base letters of U+00C0..U+00FF, capitals and small letters alike; 0 for the two
  // signs (× ÷) and the letters with no base letter in English (Ð Þ ß ð þ), kept as written.
  static constexpr std::string_view kBase =
      "aaaaaaaceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaaaceeeeiiii\0nooooo\0ouuuuy\0y";
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      continue;
    }
    // "São Paulo" and "Sao Paulo", "Apiaká" and "Apiaka" are one name: a two-byte Latin-1
    // letter (C3 80..C3 BF) becomes its base letter.
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < name.size()) {
      unsigned char next = static_cast<unsigned char>(name[i + 1]);
      if (next >= 0x80 && next <= 0xBF) {
        char base = kBase[next - 0x80];
        if (base != '\0') {
          out += base;
          ++i;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

Lexicon::Lexicon(const rules::RuleSet& rules) : data_(shared(rules)) {}

std::shared_ptr<const Lexicon::Data> Lexicon::shared(const rules::RuleSet& rules) {
  // Keyed by the rule set's address: a Lexicon keeps views into its rules and must not
  // outlive them, so while an entry is alive its rule set is the one at that address.
  static std::mutex mutex;
  static std::map<const rules::RuleSet*, std::weak_ptr<const Data>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  for (auto it = cache.begin(); it != cache.end();)
    it = it->second.expired() ? cache.erase(it) : std::next(it);
  if (auto it = cache.find(&rules); it != cache.end()) {
    if (auto data = it->second.lock()) return data;
  }
  std::shared_ptr<const Data> data = build(rules);
  cache[&rules] = data;
  return data;
}

std::shared_ptr<const Lexicon::Data> Lexicon::build(const rules::RuleSet& rules) {
  auto data = std::make_shared<Data>();
  Data& d = *data;
  d.verb_exceptions = rules.table("lexicon/verb_exceptions");
  d.noun_exceptions = rules.table("lexicon/noun_exceptions");
  d.plurals = rules.table("common/plurals");
  if (const auto* table = rules.table("lexicon/words")) {
    // The words are split out first, so that the table is sized by their number (one
    // pass over the 0.7 MB of text, not a count of the spaces and then a split).
    std::vector<std::pair<std::string_view, uint8_t>> found;
    size_t bytes = 0;
    for (const auto& row : table->rows()) bytes += row.size() > 1 ? row[1].size() : 0;
    found.reserve(bytes / 8);  // words average ten bytes with their space
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      uint8_t classes = parse_classes(row[0]);
      std::string_view list = row[1];
      size_t start = 0;
      while (start < list.size()) {
        size_t space = list.find(' ', start);
        if (space == std::string_view::npos) space = list.size();
        if (space > start) found.emplace_back(list.substr(start, space - start), classes);
        start = space + 1;
      }
    }
    size_t capacity = 16;
    while (capacity < found.size() + found.size() / 2) capacity *= 2;  // at most 2/3 full
    d.words.assign(capacity, WordSlot{});
    d.word_mask = capacity - 1;
    // Every word is a view into the table's one text buffer.
    if (!found.empty()) {
      d.word_text = std::min_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
                      return a.first.data() < b.first.data();
                    })->first.data();
    }
    for (const auto& [word, classes] : found) {
      if (word.size() <= UINT16_MAX) d.add_word(word, classes);
    }
  }
  if (const auto* table = rules.table("lexicon/given_names")) {
    for (const auto& row : table->rows()) d.given_names.emplace(row.front());
  }
  if (const auto* table = rules.table("lexicon/given_names_world")) {
    for (const auto& row : table->rows()) {
      d.given_names.emplace(row.front());
      d.world_given_names.emplace(row.front());
    }
  }
  if (const auto* table = rules.table("common/closed_class")) {
    for (const auto& row : table->rows()) {
      if (row.size() > 1) d.closed.emplace(row[0], parse_closed(row[1]));
    }
  }
  // WordNet's places first; the hand table (rules/entities/places.tsv) overrides them,
  // names and containers alike ("Donetsk" lies in the Donbas, not just in Ukraine).
  // Sized up front: a few thousand names would rehash each table a dozen times.
  size_t place_rows = 0, organization_rows = 0;
  for (const char* name : {"lexicon/places", "entities/places"}) {
    if (const auto* table = rules.table(name)) place_rows += table->rows().size();
  }
  for (const char* name : {"lexicon/organizations", "entities/organizations"}) {
    if (const auto* table = rules.table(name)) organization_rows += table->rows().size();
  }
  d.places.reserve(place_rows);
  d.container.reserve(place_rows);
  d.organizations.reserve(organization_rows);
  for (const char* name : {"lexicon/places", "entities/places"}) {
    bool curated = std::string_view(name).substr(0, 9) == "entities/";
    const auto* table = rules.table(name);
    if (!table) continue;
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      Named named{std::string(row[1]), std::string(row.size() > 2 ? row[2] : ""),
                  std::string(row.size() > 3 ? row[3] : ""), curated};
      if (!named.part_of.empty()) {
        std::string key = key_of(named.canonical);
        if (curated)
          d.container[key] = key_of(named.part_of);
        else
          d.container.emplace(key, key_of(named.part_of));
      }
      d.places[std::string(row[0])] = std::move(named);
    }
  }
  for (const char* name : {"lexicon/organizations", "entities/organizations"}) {
    bool curated = std::string_view(name).substr(0, 9) == "entities/";
    if (const auto* table = rules.table(name)) {
      for (const auto& row : table->rows()) {
        d.organizations[std::string(row[0])] =
            Named{std::string(row.size() > 1 ? row[1] : row[0]), "", "", curated};
      }
    }
  }
  return data;
}

std::optional<std::string_view> Lexicon::lookup(const rules::Table* table,
                                                std::string_view word) const {
  if (!table) return std::nullopt;
  const auto row = table->find(word);
  if (!row) return std::nullopt;
  return row->size() > 1 ? (*row)[1] : std::string_view();
}

void Lexicon::Data::add_word(std::string_view word, uint8_t classes) {
  for (size_t i = std::hash<std::string_view>{}(word)&word_mask;; i = (i + 1) & word_mask) {
    WordSlot& slot = words[i];
    if (slot.size == 0) {
      slot.offset = static_cast<uint32_t>(word.data() - word_text);
      slot.size = static_cast<uint16_t>(word.size());
    }
    if (this->word(slot) == word) {
      slot.classes |= classes;
      return;
    }
  }
}

uint8_t Lexicon::word_classes(std::string_view word) const {
  if (data_->words.empty() || word.empty()) return 0;
  for (size_t i = std::hash<std::string_view>{}(word)&data_->word_mask;;
       i = (i + 1) & data_->word_mask) {
    const WordSlot& slot = data_->words[i];
    if (slot.size == 0) return 0;
    if (data_->word(slot) == word) return slot.classes;
  }
}

bool Lexicon::has_class(std::string_view lemma, uint8_t wanted) const {
  return (word_classes(lemma) & wanted) != 0;
}

uint8_t Lexicon::classes(std::string_view word) const {
  uint8_t out = word_classes(word) & static_cast<uint8_t>(~kPersonNoun);
  if (!verb_lemma(word).empty()) out |= kVerb;
  std::string noun = noun_lemma(word);
  if (noun != word) out |= kNoun;
  // Comparatives and superlatives: "closer", "fiercest".
  for (std::string_view suffix : {"er", "est"}) {
    if (ends_with(word, suffix)) {
      std::string stem(word.substr(0, word.size() - suffix.size()));
      if (has_class(stem, kAdjective) || has_class(stem + "e", kAdjective)) out |= kAdjective;
    }
  }
  return out;
}

bool Lexicon::person_noun(std::string_view word) const {
  return has_class(word, kPersonNoun) || has_class(noun_lemma(word), kPersonNoun);
}

bool Lexicon::is_common(std::string_view word) const {
  // Most words are lemmas themselves: one lookup before any lemmatising.
  return word_classes(word) != 0 || closed(word) != Closed::None || classes(word) != 0;
}

Closed Lexicon::closed(std::string_view word) const {
  auto it = data_->closed.find(word);
  return it == data_->closed.end() ? Closed::None : it->second;
}

std::string Lexicon::verb_lemma(std::string_view word) const {
  if (const auto lemma = lookup(data_->verb_exceptions, word)) return std::string(*lemma);
  if (has_class(word, kVerb)) return std::string(word);
  // WordNet's morphy rules for verbs, in its order.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kRules{{
      {"ies", "y"},
      {"es", "e"},
      {"es", ""},
      {"s", ""},
      {"ed", "e"},
      {"ed", ""},
      {"ing", "e"},
      {"ing", ""},
  }};
  for (const auto& [suffix, replacement] : kRules) {
    if (!ends_with(word, suffix)) continue;
    std::string candidate(word.substr(0, word.size() - suffix.size()));
    candidate += replacement;
    if (candidate.size() >= 2 && has_class(candidate, kVerb)) return candidate;
  }
  return {};
}

std::string Lexicon::noun_lemma(std::string_view word) const {
  if (const auto lemma = lookup(data_->plurals, word)) return std::string(*lemma);
  if (const auto lemma = lookup(data_->noun_exceptions, word)) return std::string(*lemma);
  if (has_class(word, kNoun) && !ends_with(word, "s")) return std::string(word);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kRules{{
      {"ies", "y"},
      {"ches", "ch"},
      {"shes", "sh"},
      {"ses", "s"},
      {"xes", "x"},
      {"s", ""},
  }};
  for (const auto& [suffix, replacement] : kRules) {
    if (!ends_with(word, suffix)) continue;
    std::string candidate(word.substr(0, word.size() - suffix.size()));
    candidate += replacement;
    if (has_class(candidate, kNoun)) return candidate;
  }
  return std::string(word);
}

bool Lexicon::is_given_name(std::string_view word) const {
  return data_->given_names.count(word) > 0;
}

bool Lexicon::is_world_given_name(std::string_view word) const {
  return data_->world_given_names.count(word) > 0;
}

const Lexicon::Named* Lexicon::place(std::string_view phrase) const {
  auto it = data_->places.find(phrase);
  return it == data_->places.end() ? nullptr : &it->second;
}

const Lexicon::Named* Lexicon::organization(std::string_view phrase) const {
  auto it = data_->organizations.find(phrase);
  return it == data_->organizations.end() ? nullptr : &it->second;
}

bool Lexicon::place_within(std::string_view part, std::string_view whole) const {
  std::string_view current = part;            // then views into the table's values
  for (int depth = 0; depth < 16; ++depth) {  // bounded: a cyclic table must not hang
    if (current == whole) return true;
    auto it = data_->container.find(current);
    if (it == data_->container.end()) return false;
    current = it->second;
  }
  return false;
}

}  // namespace cc::normalize
