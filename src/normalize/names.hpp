// Person names: from a speaker or mention as written to a display name and an entity key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.hpp"

namespace cc::rules {
class RuleSet;
}

namespace cc::normalize {

// What a speaker phrase refers to before resolution.
struct SpeakerPhrase {
  enum class Form { Name, Pronoun, Role };
  Form form = Form::Name;
  std::string name;     // Name: "Friedrich Merz" (titles stripped); empty otherwise
  std::string title;    // lower-cased title or role noun found ("chancellor", "leader")
  std::string demonym;  // lower-cased nationality or body before the title ("german")
  bool plural = false;  // Pronoun: "they" (never resolved to one person)
};

class Names {
 public:
  // Reads common/titles, common/pronouns, common/role_nouns, entities/demonyms,
  // entities/aliases from the rules.
  explicit Names(const rules::RuleSet& rules);

  // Splits "German Chancellor Friedrich Merz" into title, demonym and name; recognises
  // pronouns ("he") and role phrases ("the Russian leader").
  SpeakerPhrase parse(std::string_view phrase) const;
  // Applies the alias table ("Zelensky" -> "Zelenskyy") word by word and to the whole name.
  std::string canonical(std::string_view name) const;
  // Entity key: canonical name, lower-cased, possessive and punctuation removed.
  std::string key(std::string_view name) const;
  // A title ("President", "Secretary-General") or a nationality word ("German"), as written.
  bool is_title(std::string_view word) const { return is_title_word(word); }
  // A role noun (rules/common/role_nouns.txt: "lawyer", "spokesman"), lower-cased.
  bool is_role(std::string_view folded) const { return roles_.count(folded) > 0; }
  bool is_demonym(std::string_view word) const;

 private:
  bool is_title_word(std::string_view word) const;
  StringSet titles_;                // lower-cased single and multi-word titles
  StringSet demonyms_;              // lower-cased
  StringSet pronouns_;              // lower-cased
  StringSet plural_pronouns_;       // lower-cased; never one speaker
  StringSet roles_;                 // lower-cased role nouns
  StringMap<std::string> aliases_;  // lower-cased variant -> canonical
};

// Initials: letters each followed by a period ("S.", "A.J."), part of a person's name.
bool is_initials(std::string_view word);
// A capitalised hyphenated word ending in lower case ("Oslo-based", "Kremlin-backed"): a
// modifier, no part of the name after it.
bool is_modifier_compound(std::string_view word);

// Edit distance between two short strings (bytes), capped: returns cap+1 when larger.
size_t edit_distance(std::string_view a, std::string_view b, size_t cap);

}  // namespace cc::normalize
