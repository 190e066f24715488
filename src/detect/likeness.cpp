#include "detect/likeness.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace cc::detect {

namespace {

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

void settle_names(const std::vector<SentenceGist*>& gists) {
  std::unordered_set<std::string> inside;
  for (const SentenceGist* gist : gists) inside.insert(gist->names.begin(), gist->names.end());
  for (SentenceGist* gist : gists) {
    for (const auto& word : gist->opening) {
      if (inside.count(word)) gist->names.push_back(word);
    }
    gist->opening.clear();
    sort_unique(gist->names);
  }
}

bool names_apart(const SentenceGist& a, const SentenceGist& b) {
  auto has_other = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const auto& key) {
      return !std::binary_search(y.begin(), y.end(), key);
    });
  };
  return has_other(a.names, b.names) && has_other(b.names, a.names);
}

Likeness::Likeness(const std::vector<const SentenceGist*>& sentences) {
  for (const SentenceGist* gist : sentences) {
    for (const auto& key : gist->keys) weight_[key] += 1;
  }
  auto n = static_cast<double>(sentences.size());
  for (auto& [key, count] : weight_) count = std::log(1.0 + n / count);
}

double Likeness::weight(const std::string& key) const {
  auto it = weight_.find(key);
  return it == weight_.end() ? 0.0 : it->second;
}

double Likeness::mass(const std::vector<std::string>& keys) const {
  double sum = 0;
  for (const auto& key : keys) sum += weight(key);
  return sum;
}

double Likeness::operator()(const SentenceGist& a, const SentenceGist& b, size_t* shared) const {
  double common = 0;
  size_t count = 0;
  for (auto i = a.keys.begin(), j = b.keys.begin(); i != a.keys.end() && j != b.keys.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      common += weight(*i), ++count, ++i, ++j;
    }
  }
  if (shared) *shared = count;
  double total = mass(a.keys) + mass(b.keys);
  return total > 0 ? 2.0 * common / total : 0.0;
}

std::vector<AlikePair> alike_pairs(const std::vector<GistOf>& entries,
                                   const std::vector<const SentenceGist*>& sentences,
                                   double threshold, size_t min_shared) {
  std::vector<AlikePair> out;
  if (entries.size() < 2) return out;
  Likeness likeness(sentences);
  uint32_t sources = 0;
  for (const GistOf& e : entries) sources = std::max(sources, e.source + 1);
  // The entry of `source` most like entry i, among those of its group.
  auto best_in = [&](size_t i, uint32_t source) {
    size_t best = entries.size();
    double best_score = 0;
    for (size_t j = 0; j < entries.size(); ++j) {
      if (entries[j].source != source || entries[j].group != entries[i].group) continue;
      double score = likeness(*entries[i].gist, *entries[j].gist);
      if (score > best_score) best = j, best_score = score;
    }
    return best;
  };
  for (size_t i = 0; i < entries.size(); ++i) {
    for (uint32_t source = entries[i].source + 1; source < sources; ++source) {
      size_t j = best_in(i, source);
      if (j == entries.size() || best_in(j, entries[i].source) != i) continue;
      AlikePair pair{i, j, 0, 0};
      pair.score = likeness(*entries[i].gist, *entries[j].gist, &pair.shared);
      if (pair.shared < min_shared || pair.score < threshold ||
          names_apart(*entries[i].gist, *entries[j].gist))
        continue;
      out.push_back(pair);
    }
  }
  return out;
}

}  // namespace cc::detect
