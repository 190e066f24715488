#include "normalize/entities.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "normalize/names.hpp"

namespace cc::normalize {

const std::string& EntityTable::operator()(const std::string& key) const {
  auto it = resolve.find(key);
  return it == resolve.end() ? key : it->second;
}

namespace {

std::vector<std::string> tokens(const std::string& key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    if (space > start) out.push_back(key.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

// Surnames that differ by a transliteration slip: one edit for 5+ letters, two for 9+.
bool similar_surname(const std::string& a, const std::string& b) {
  if (a == b) return true;
  size_t shorter = std::min(a.size(), b.size());
  if (shorter < 5 || a.front() != b.front()) return false;
  size_t allowed = shorter >= 9 ? 2 : 1;
  return edit_distance(a, b, allowed) <= allowed;
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(size_t a, size_t b) { parent[find(a)] = find(b); }
};

}  // namespace

EntityTable cluster_entities(const std::vector<Mention>& mentions) {
  std::map<std::string, size_t> frequency;
  std::map<std::string, std::map<std::string, size_t>> surfaces;
  std::map<std::string, std::map<EntityType, size_t>> types;
  for (const auto& m : mentions) {
    if (m.key.empty()) continue;
    ++frequency[m.key];
    ++surfaces[m.key][m.surface];
    ++types[m.key][m.type];
  }
  auto type_of = [&](const std::string& key) {
    const auto& counts = types[key];
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
  };
  std::vector<std::string> keys;
  for (const auto& [key, count] : frequency) keys.push_back(key);
  std::vector<std::vector<std::string>> words;
  for (const auto& key : keys) words.push_back(tokens(key));

  UnionFind sets(keys.size());
  // Spelling variants of full names: same given names, similar surname. Keys are sorted,
  // and comparing only names that share the surname's first letter keeps this cheap.
  std::map<char, std::vector<size_t>> by_initial;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (type_of(keys[i]) != EntityType::Person) continue;  // names only cluster people
    if (!words[i].empty() && !words[i].back().empty())
      by_initial[words[i].back().front()].push_back(i);
  }
  for (const auto& [initial, members] : by_initial) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const auto& a = words[members[x]];
        const auto& b = words[members[y]];
        if (a.size() != b.size()) continue;
        if (!std::equal(a.begin(), a.end() - 1, b.begin())) continue;
        if (similar_surname(a.back(), b.back())) sets.unite(members[x], members[y]);
      }
    }
  }
  // A surname alone joins the single full name (cluster) it fits. A name alone that is no
  // full name's surname but the given name of exactly one ("Faridah said" after "Health
  // Minister Faridah Hashim": Malay, Indonesian and Arabic names, children, stage names)
  // joins that one.
  std::map<std::string_view, std::set<size_t>> by_given;
  for (const auto& [initial, members] : by_initial) {
    for (size_t j : members) {
      if (words[j].size() >= 2) by_given[words[j].front()].insert(sets.find(j));
    }
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    // A surname alone, typed Person or Other (a single name no table knew).
    EntityType single = type_of(keys[i]);
    if (words[i].size() != 1 || (single != EntityType::Person && single != EntityType::Other))
      continue;
    std::set<size_t> fits;
    for (size_t j : by_initial[words[i].front().front()]) {
      if (words[j].size() >= 2 && similar_surname(words[j].back(), words[i].front())) {
        fits.insert(sets.find(j));
      }
    }
    if (fits.empty() && words[i].front().size() >= 3) {
      if (auto given = by_given.find(words[i].front()); given != by_given.end())
        fits = given->second;
    }
    if (fits.size() == 1) sets.unite(i, *fits.begin());
  }

  // Representative: the most mentioned full name; ties go to the longer, then smaller key.
  std::map<size_t, size_t> representative;
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t root = sets.find(i);
    auto it = representative.find(root);
    if (it == representative.end()) {
      representative[root] = i;
      continue;
    }
    size_t current = it->second;
    auto rank = [&](size_t k) {
      return std::make_tuple(words[k].size() >= 2, frequency[keys[k]], words[k].size());
    };
    if (rank(i) > rank(current)) it->second = i;
  }
  EntityTable table;
  std::map<std::string, Entity> entities;
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string& rep = keys[representative[sets.find(i)]];
    table.resolve[keys[i]] = rep;
    Entity& entity = entities[rep];
    entity.key = rep;
    entity.type = type_of(rep);
    for (const auto& [surface, count] : surfaces[keys[i]]) entity.surface_forms.push_back(surface);
  }
  for (auto& [key, entity] : entities) {
    // Display name: the most frequent way the representative key was written.
    const auto& forms = surfaces[key];
    entity.name = std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
                    return a.second < b.second || (a.second == b.second && a.first > b.first);
                  })->first;
    std::sort(entity.surface_forms.begin(), entity.surface_forms.end());
    entity.surface_forms.erase(
        std::unique(entity.surface_forms.begin(), entity.surface_forms.end()),
        entity.surface_forms.end());
    table.entities.push_back(std::move(entity));
  }
  return table;
}

void resolve_claim(const EntityTable& table, Claim& claim) {
  if (!claim.detail->speaker.empty()) claim.detail->speaker = table(claim.detail->speaker);
  if (!claim.detail->subject.empty()) claim.detail->subject = table(claim.detail->subject);
  for (auto& link : claim.detail->attribution) link = table(link);
  for (auto& key : claim.detail->entities) key = table(key);
  std::sort(claim.detail->entities.begin(), claim.detail->entities.end());
  claim.detail->entities.erase(
      std::unique(claim.detail->entities.begin(), claim.detail->entities.end()),
      claim.detail->entities.end());
}

}  // namespace cc::normalize
