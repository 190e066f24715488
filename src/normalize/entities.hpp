// Cross-source entity resolution: every source's person mentions become one entity when
// they name the same person ("Merz" and "Friedrich Merz"; "Zelensky" and "Zelenskyy").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"

namespace cc::normalize {

// One person mention: its key (Names::key) and how it was written.
struct PersonMention {
  std::string key;      // "friedrich merz"
  std::string surface;  // "Friedrich Merz"
};

struct EntityTable {
  std::vector<Entity> entities;                          // sorted by key
  std::unordered_map<std::string, std::string> resolve;  // any mention key -> entity key
  // The entity key for `key` (itself when it was never clustered).
  const std::string& operator()(const std::string& key) const;
};

// Clusters person mentions: spelling variants (small edit distance on the surname, same
// given name) and surname-only mentions that fit exactly one full name.
EntityTable cluster_people(const std::vector<PersonMention>& mentions);

}  // namespace cc::normalize
