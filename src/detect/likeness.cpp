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

}  // namespace cc::detect
