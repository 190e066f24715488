#include "detect/likeness.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

namespace cc::detect {

namespace {

// Letters two names must share from their start to be one name told two ways.
constexpr size_t kNameStem = 5;

void sort_unique(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

}  // namespace

SentenceGist read_gist(const align::Lexicon& lexicon, align::Stemmer& stemmer,
                       align::Lexicon::TopicMemo& memo, std::string_view sentence,
                       const std::vector<text::Word>& words,
                       const std::function<bool(size_t)>& skip) {
  SentenceGist gist;
  std::vector<text::Word> kept;
  for (size_t i = 0; i < words.size(); ++i) {
    const text::Word& word = words[i];
    if (skip(i)) continue;
    kept.push_back(word);
    char initial = word.span.start < sentence.size() ? sentence[word.span.start] : ' ';
    if (initial >= 'A' && initial <= 'Z' && !lexicon.stopword(word.norm)) {
      std::string name = word.norm;  // "Eiger's" is "Eiger"
      if (name.ends_with("'s")) name.resize(name.size() - 2);
      (i == 0 ? gist.opening : gist.names).push_back(std::move(name));
    }
  }
  gist.keys = lexicon.content_keys(kept.data(), kept.data() + kept.size(), stemmer, memo);
  std::erase_if(gist.keys, [](const std::string& key) {
    return key.starts_with("month:") || key.starts_with("weekday:");
  });
  sort_unique(gist.names);
  return gist;
}

void settle_names(const std::vector<SentenceGist*>& gists, const Analysis& analysis) {
  std::unordered_set<std::string> inside;
  for (const SentenceGist* gist : gists) inside.insert(gist->names.begin(), gist->names.end());
  for (const Entity& entity : analysis.entities) {
    for (const auto& form : entity.surface_forms) {
      for (const auto& word : text::words(form)) inside.insert(word.norm);
    }
  }
  // The entities the claims name, by their keys ("russia").
  std::unordered_set<std::string_view> keys;
  for (const Claim& claim : analysis.claims) {
    for (const auto& key : claim.detail->entities) keys.insert(key);
  }
  for (std::string_view key : keys) {
    for (const auto& word : text::words(key)) inside.insert(word.norm);
  }
  for (SentenceGist* gist : gists) {
    for (const auto& word : gist->opening) {
      if (inside.count(word)) gist->names.push_back(word);
    }
    gist->opening.clear();
    sort_unique(gist->names);
  }
}

bool names_apart(const SentenceGist& a, const SentenceGist& b) {
  // One name when they start alike: "Faroe" and "Faroese", "Iceland" and "Icelandic".
  auto alike = [](std::string_view x, std::string_view y) {
    size_t n = std::min({x.size(), y.size(), kNameStem});
    return n >= kNameStem ? x.substr(0, n) == y.substr(0, n) : x == y;
  };
  auto has_other = [&](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const auto& key) {
      return std::none_of(y.begin(), y.end(), [&](const auto& other) { return alike(key, other); });
    });
  };
  return has_other(a.names, b.names) && has_other(b.names, a.names);
}

std::string alike_words(size_t shared, double score, bool weighted) {
  char likeness[16];
  std::snprintf(likeness, sizeof likeness, "%.2f", score);
  return std::to_string(shared) + " words alike, " +
         (weighted ? "weighted likeness " : "likeness ") + likeness;
}

std::vector<AlikePair> alike_pairs(const std::vector<GistOf>& entries,
                                   const std::vector<const SentenceGist*>& sentences,
                                   double threshold, size_t min_shared, bool names_may_differ) {
  std::vector<AlikePair> out;
  if (entries.size() < 2) return out;
  // Keys as numbers, with their weights; each entry's keys as sorted numbers and its mass.
  std::unordered_map<std::string_view, uint32_t> ids;
  std::vector<double> df;
  for (const SentenceGist* gist : sentences) {
    for (const auto& key : gist->keys) {
      auto [it, fresh] = ids.try_emplace(key, static_cast<uint32_t>(df.size()));
      if (fresh) df.push_back(0);
      df[it->second] += 1;
    }
  }
  auto n = static_cast<double>(sentences.size());
  std::vector<double> weight(df.size());
  for (size_t k = 0; k < df.size(); ++k) weight[k] = std::log(1.0 + n / df[k]);
  // No sentences to weigh by: every key of the entries weighs one (plain Dice).
  if (sentences.empty()) {
    for (const GistOf& entry : entries) {
      for (const auto& key : entry.gist->keys) {
        if (ids.try_emplace(key, static_cast<uint32_t>(weight.size())).second)
          weight.push_back(1.0);
      }
    }
  }
  std::vector<std::vector<uint32_t>> keys(entries.size());
  std::vector<double> mass(entries.size(), 0);
  for (size_t i = 0; i < entries.size(); ++i) {
    for (const auto& key : entries[i].gist->keys) {
      auto it = ids.find(key);
      if (it == ids.end()) continue;  // not among `sentences`: weighs nothing
      keys[i].push_back(it->second);
      mass[i] += weight[it->second];
    }
    std::sort(keys[i].begin(), keys[i].end());
  }
  auto likeness = [&](size_t i, size_t j, size_t* shared) {
    double common = 0;
    size_t count = 0;
    const auto& a = keys[i];
    const auto& b = keys[j];
    for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
      if (a[x] < b[y]) {
        ++x;
      } else if (b[y] < a[x]) {
        ++y;
      } else {
        common += weight[a[x]], ++count, ++x, ++y;
      }
    }
    if (shared) *shared = count;
    double total = mass[i] + mass[j];
    return total > 0 ? 2.0 * common / total : 0.0;
  };
  // Each entry's most alike entry of every other source (of its group): one pass.
  uint32_t sources = 0;
  for (const GistOf& e : entries) sources = std::max(sources, e.source + 1);
  std::vector<size_t> best(entries.size() * sources, entries.size());
  std::vector<double> best_score(entries.size() * sources, 0);
  for (size_t i = 0; i < entries.size(); ++i) {
    for (size_t j = i + 1; j < entries.size(); ++j) {
      if (entries[i].source == entries[j].source || entries[i].group != entries[j].group) continue;
      double score = likeness(i, j, nullptr);
      size_t at_i = i * sources + entries[j].source, at_j = j * sources + entries[i].source;
      if (score > best_score[at_i]) best[at_i] = j, best_score[at_i] = score;
      if (score > best_score[at_j]) best[at_j] = i, best_score[at_j] = score;
    }
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    for (uint32_t source = entries[i].source + 1; source < sources; ++source) {
      size_t j = best[i * sources + source];
      if (j == entries.size() || best[j * sources + entries[i].source] != i) continue;
      AlikePair pair{i, j, 0, 0};
      pair.score = likeness(i, j, &pair.shared);
      if (pair.shared < min_shared || pair.score < threshold ||
          (!names_may_differ && names_apart(*entries[i].gist, *entries[j].gist)))
        continue;
      out.push_back(pair);
    }
  }
  return out;
}

}  // namespace cc::detect
