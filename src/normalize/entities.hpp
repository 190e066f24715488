// Cross-source entity resolution: every source's person mentions become one entity when
// they name the same person ("Merz" and "Friedrich Merz"; "Zelensky" and "Zelenskyy").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"

namespace cc::normalize {

// One entity mention: its key (Names::key for people) and how it was written.
struct Mention {
  std::string key;                       // "friedrich merz", "ukraine"
  std::string surface;                   // "Friedrich Merz"
  EntityType type = EntityType::Person;  // only people are clustered by name
};

struct EntityTable {
  std::vector<Entity> entities;                          // sorted by key
  std::unordered_map<std::string, std::string> resolve;  // any mention key -> entity key
  // The entity key for `key` (itself when it was never clustered).
  const std::string& operator()(const std::string& key) const;
};

// Clusters mentions into entities. People: spelling variants (small edit distance on the
// surname, same given name) and surname-only mentions that fit exactly one full name.
// Places and organisations already carry canonical keys (alias and place tables): their
// mentions are grouped by key. A key seen with several types takes the most frequent.
EntityTable cluster_entities(const std::vector<Mention>& mentions);

// Rewrites every entity key a claim holds (speaker, subject, attribution, entities) to
// the key of its cluster; keeps `entities` sorted and unique.
void resolve_claim(const EntityTable& table, Claim& claim);

}  // namespace cc::normalize
