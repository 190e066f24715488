#include "align/lexicon.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <functional>
#include <map>

#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::align {

Stemmer::Stemmer() : handle_(sb_stemmer_new("english", "UTF_8")) {}
Stemmer::~Stemmer() {
  if (handle_) sb_stemmer_delete(handle_);
}

std::string Stemmer::stem(std::string_view word) {
  if (!handle_ || word.empty() || word.size() > 64) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(handle_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (!out) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(handle_)));
}

namespace {

std::string pair_key(std::string_view a, std::string_view b) {
  if (b < a) std::swap(a, b);
  std::string out(a);
  out += '\x1f';
  out += b;
  return out;
}

}  // namespace

Lexicon::Lexicon(const rules::RuleSet& rules) {
  Stemmer stemmer;
  if (const auto* words = rules.table("common/stopwords")) {
    for (const auto& row : words->rows()) stopwords_.insert(text::fold(row.front()));
  }
  if (const auto* table = rules.table("detect/contractions")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      std::string form = text::fold(row[0]);
      std::vector<std::string> expansion;
      for (const auto& word : text::words(row[1])) expansion.push_back(word.norm);
      if (form.size() > 1 && form.front() == '-') {
        endings_.emplace_back(form.substr(1), expansion.empty() ? std::string() : expansion[0]);
      } else {
        contractions_.emplace(form, std::move(expansion));
      }
    }
  }
  if (const auto* words = rules.table("detect/neutral_cues")) {
    for (const auto& row : words->rows()) neutral_cues_.insert(text::fold(row.front()));
  }
  if (const auto* rows = rules.table("detect/inflections")) {
    for (const auto& row : rows->rows()) {
      if (row.size() >= 2) inflections_.emplace(text::fold(row[0]), text::fold(row[1]));
    }
  }
  if (const auto* rows = rules.table("detect/antonyms")) {
    for (const auto& row : rows->rows()) {
      if (row.size() < 2) continue;
      antonym_pairs_.insert(
          pair_key(stemmer.stem(text::fold(row[0])), stemmer.stem(text::fold(row[1]))));
    }
  }
  // Union-find over predicate classes: opposites and position verbs share a family.
  std::map<std::string, std::string> parent;
  std::function<std::string(const std::string&)> find = [&](const std::string& x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return x;
    std::string root = find(it->second);
    parent[x] = root;
    return root;
  };
  auto unite = [&](const std::string& a, const std::string& b) {
    parent.emplace(a, a);
    parent.emplace(b, b);
    std::string ra = find(a), rb = find(b);
    if (ra == rb) return;
    // The smaller name becomes the root, so the family name does not depend on row order.
    if (rb < ra) std::swap(ra, rb);
    parent[rb] = ra;
  };
  if (const auto* rows = rules.table("detect/verb_antonyms")) {
    for (const auto& row : rows->rows()) {
      if (row.size() < 2) continue;
      std::string a = text::fold(row[0]), b = text::fold(row[1]);
      verb_opposites_.insert(pair_key(a, b));
      unite(a, b);
    }
  }
  if (const auto* rows = rules.table("detect/stance_words")) {
    std::string first;
    for (const auto& row : rows->rows()) {
      if (row.size() < 2 || (row[1] != "for" && row[1] != "against")) continue;
      std::string word = text::fold(row[0]);
      if (first.empty()) first = word;
      unite(first, word);
    }
  }
  for (const auto& [name, _] : parent) families_.emplace(name, find(name));

  if (const auto* rows = rules.table("detect/synonyms")) {
    for (const auto& row : rows->rows()) add_group(row, false, stemmer);
  }
  if (const auto* rows = rules.table("detect/related_words")) {
    for (const auto& row : rows->rows()) add_group(row, true, stemmer);
  }
}

void Lexicon::add_group(const std::vector<std::string>& words, bool related_only,
                        Stemmer& stemmer) {
  if (words.size() < 2) return;
  int id = static_cast<int>(groups_.size()) + 1;
  if (related_only) id = -id;
  for (const auto& word : words) {
    auto& list = groups_[stemmer.stem(text::fold(word))];
    if (list.empty() || list.back() != id) list.push_back(id);
  }
}

bool Lexicon::stopword(std::string_view folded) const {
  return stopwords_.count(std::string(folded)) > 0;
}

std::vector<text::Word> Lexicon::tokens(std::string_view quote) const {
  std::vector<text::Word> out;
  for (auto& word : text::words(quote)) {
    if (auto it = contractions_.find(word.norm); it != contractions_.end()) {
      for (const auto& piece : it->second) out.push_back(text::Word{word.span, piece});
      continue;
    }
    bool split = false;
    for (const auto& [ending, expansion] : endings_) {
      const std::string& norm = word.norm;
      if (norm.size() > ending.size() &&
          norm.compare(norm.size() - ending.size(), ending.size(), ending) == 0) {
        out.push_back(text::Word{word.span, norm.substr(0, norm.size() - ending.size())});
        out.push_back(text::Word{word.span, expansion});
        split = true;
        break;
      }
    }
    if (!split) out.push_back(std::move(word));
  }
  return out;
}

bool Lexicon::neutral_cue(std::string_view lemma) const {
  return neutral_cues_.count(text::fold(lemma)) > 0;
}

std::vector<std::string> Lexicon::keys(std::string_view folded, Stemmer& stemmer) const {
  std::vector<std::string> out{stemmer.stem(folded)};
  auto it = inflections_.find(std::string(folded));
  if (it != inflections_.end()) {
    std::string base = stemmer.stem(it->second);
    if (base != out.front()) out.push_back(std::move(base));
  }
  return out;
}

std::string Lexicon::key(std::string_view folded, Stemmer& stemmer) const {
  auto it = inflections_.find(std::string(folded));
  return stemmer.stem(it == inflections_.end() ? folded : std::string_view(it->second));
}

bool Lexicon::antonyms(std::string_view a, std::string_view b) const {
  return a != b && antonym_pairs_.count(pair_key(a, b)) > 0;
}

const std::vector<int>* Lexicon::groups(std::string_view key) const {
  auto it = groups_.find(std::string(key));
  return it == groups_.end() ? nullptr : &it->second;
}

bool Lexicon::share(const std::vector<int>* a, const std::vector<int>* b, bool include_related) {
  if (!a || !b) return false;
  for (int x : *a) {
    if (x < 0 && !include_related) continue;
    if (std::find(b->begin(), b->end(), x) != b->end()) return true;
  }
  return false;
}

bool Lexicon::synonyms(std::string_view a, std::string_view b) const {
  return a == b || share(groups(a), groups(b), false);
}

bool Lexicon::related(std::string_view a, std::string_view b) const {
  return a == b || share(groups(a), groups(b), true);
}

bool Lexicon::opposite_predicates(std::string_view a, std::string_view b, Stemmer& stemmer) const {
  if (a.empty() || b.empty() || a == b) return false;
  std::string fa = text::fold(a), fb = text::fold(b);
  if (verb_opposites_.count(pair_key(fa, fb))) return true;
  for (const auto& ka : keys(fa, stemmer)) {
    for (const auto& kb : keys(fb, stemmer)) {
      if (antonyms(ka, kb)) return true;
    }
  }
  return false;
}

std::string Lexicon::family(std::string_view predicate_class) const {
  std::string folded = text::fold(predicate_class);
  auto it = families_.find(folded);
  return it == families_.end() ? folded : it->second;
}

}  // namespace cc::align
