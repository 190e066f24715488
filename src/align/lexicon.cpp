#include "align/lexicon.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <unordered_set>

#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::align {

namespace {

std::string pair_key(std::string_view a, std::string_view b) {
  if (b < a) std::swap(a, b);
  std::string out(a);
  out += '\x1f';
  out += b;
  return out;
}

}  // namespace

Lexicon::Lexicon(const rules::RuleSet& rules) : words_(rules) {
  static std::atomic<uint64_t> lexicons{0};
  serial_ = ++lexicons;
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
  // Irregular verbs whose forms Snowball cannot bring to one stem ("found" / "find",
  // "took" / "take"): "did not find evidence" denies what "had found evidence" states.
  // (Forms it stems alike, "abetted" / "abet", are left out: the table stays small.)
  if (const auto* rows = rules.table("lexicon/verb_exceptions")) {
    for (const auto& row : rows->rows()) {
      if (row.size() < 2) continue;
      std::string form = text::fold(row[0]), lemma = text::fold(row[1]);
      if (stemmer.stem(form) != stemmer.stem(lemma)) inflections_.emplace(form, lemma);
    }
  }
  for (const auto& [form, base] : inflections_)
    irregular_forms_[stemmer.stem(base)].push_back(form);
  for (auto& [key, forms] : irregular_forms_) std::sort(forms.begin(), forms.end());
  for (std::string_view name : {"time/months", "time/weekdays"}) {
    if (const auto* rows = rules.table(name)) {
      std::string kind = name == "time/months" ? "month:" : "weekday:";
      for (const auto& row : rows->rows()) {
        if (row.size() >= 2) calendar_.emplace(text::fold(row[0]), kind + std::string(row[1]));
      }
    }
  }
  if (const auto* rows = rules.table("events/concepts")) {
    for (const auto& row : rows->rows()) {
      if (row.size() >= 2) concepts_.emplace(text::fold(row[0]), text::fold(row[1]));
    }
  }
  if (const auto* rows = rules.table("quantities/number_words")) {
    for (const auto& row : rows->rows()) numbers_.insert(text::fold(row.front()));
  }
  if (const auto* rows = rules.table("time/day_parts")) {
    for (const auto& row : rows->rows()) day_parts_.push_back(text::fold(row.front()));
  }
  if (const auto* rows = rules.table("quantities/trends")) {
    for (const auto& row : rows->rows()) trends_.insert(text::fold(row.front()));
  }
  // Casualty words name their concept as topic words too ("killing" like "killed": dead),
  // where concepts.tsv does not already give one.
  for (std::string_view table : {"quantities/casualty_verbs", "quantities/casualty_words"}) {
    if (const auto* rows = rules.table(table)) {
      for (const auto& row : rows->rows()) {
        if (row.size() < 2 || row[1] == "-") continue;
        casualties_.insert(key(text::fold(row[1]), stemmer));
        if (row.size() < 3 || row[2] == "after")
          concepts_.emplace(text::fold(row[0]), text::fold(row[1]));
      }
    }
  }
  if (const auto* rows = rules.table("common/closed_class")) {
    for (const auto& row : rows->rows()) {
      if (row.size() >= 2 && (row[1] == "conj" || row[1] == "sub")) {
        conjunctions_.insert(text::fold(row[0]));
      }
      if (row.size() >= 2 && row[1] == "pron") pronouns_.insert(text::fold(row[0]));
    }
  }
  if (const auto* rows = rules.table("detect/antonyms")) {
    for (const auto& row : rows->rows()) {
      if (row.size() < 2) continue;
      std::string a = stemmer.stem(text::fold(row[0])), b = stemmer.stem(text::fold(row[1]));
      // Adjectives and adverbs ("higher", "north", "ahead") describe; verbs are compared
      // as predicates.
      if (row.size() >= 3 && row[2].find_first_of("ar") != std::string::npos) {
        add_descriptor_pair(a, b);
      }
      antonym_pairs_.insert(pair_key(a, b));
    }
  }
  // News opposites WordNet misses (comparatives, inflected forms), by key: "won" is "win".
  if (const auto* rows = rules.table("detect/opposite_words")) {
    for (const auto& row : rows->rows()) {
      if (row.size() < 2) continue;
      std::string a = key(text::fold(row[0]), stemmer), b = key(text::fold(row[1]), stemmer);
      if (a == b) continue;
      add_descriptor_pair(a, b);
      antonym_pairs_.insert(pair_key(a, b));
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
      if (row.size() >= 3 && row[2] == "sequence") sequences_.insert(pair_key(a, b));
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

void Lexicon::add_group(const rules::Table::Row& words, bool related_only, Stemmer& stemmer) {
  if (words.size() < 2) return;
  // Every group gets its own id (counting words instead would give two groups of known
  // words the same id).
  int id = ++group_count_;
  if (related_only) id = -id;
  for (const auto& word : words) {
    // A two-word member ("give up") is kept as the keys of its words, so that it is
    // found in any inflection ("gave up", "giving up").
    std::string member;
    if (!word.empty() &&
        std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z'); })) {
      member = key(word, stemmer);  // one lower-case word: text::words would return it
    } else {
      for (const auto& part : text::words(word)) {
        if (!member.empty()) member += ' ';
        member += key(part.norm, stemmer);
      }
    }
    if (member.empty()) continue;
    if (member.find(' ') != std::string::npos) {
      phrases_.insert(member);
      for (size_t space = member.find(' '); space != std::string::npos;
           space = member.find(' ', space + 1)) {
        phrase_heads_.insert(member.substr(0, space));
      }
    }
    auto& list = groups_[member];
    if (list.empty() || list.back() != id) list.push_back(id);
  }
}

bool Lexicon::stopword(std::string_view folded) const {
  return stopwords_.find(folded) != stopwords_.end();
}

std::vector<text::Word> Lexicon::tokens(std::string_view quote) const {
  // A contraction split by spacing ("We ’ ll", "I ’ m": tokenised text) is one word.
  std::vector<text::Word> words;
  for (auto& word : text::words(quote)) {
    static const std::unordered_set<std::string> kTails = {"ll", "m", "re", "ve", "d", "s", "t"};
    if (!words.empty() && kTails.count(word.norm)) {
      std::string_view gap =
          quote.substr(words.back().span.end, word.span.start - words.back().span.end);
      std::string bare;
      for (char c : gap) {
        if (c != ' ') bare += c;
      }
      if (bare.size() < gap.size() && (bare == "'" || bare == "\xE2\x80\x99")) {
        words.back().norm += "'" + word.norm;
        words.back().span.end = word.span.end;
        continue;
      }
    }
    words.push_back(std::move(word));
  }
  std::vector<text::Word> out;
  for (auto& word : words) {
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
  auto it = inflections_.find(folded);
  if (it != inflections_.end()) {
    std::string base = stemmer.stem(it->second);
    if (base != out.front()) out.push_back(std::move(base));
  }
  return out;
}

std::string Lexicon::key(std::string_view folded, Stemmer& stemmer) const {
  auto it = inflections_.find(folded);
  return stemmer.stem(it == inflections_.end() ? folded : std::string_view(it->second));
}

std::string Lexicon::topic_key(std::string_view folded, Stemmer& stemmer) const {
  // A month or a weekday is one word however written ("Nov." / "November", "Tuesday's").
  std::string_view day = folded;
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
    if (day.ends_with(possessive)) day.remove_suffix(possessive.size());
  }
  if (auto it = calendar_.find(day); it != calendar_.end()) return it->second;
  if (auto it = concepts_.find(folded); it != concepts_.end()) {
    return key(it->second, stemmer);
  }
  return key(folded, stemmer);
}

bool Lexicon::number_word(std::string_view folded) const {
  return numbers_.find(folded) != numbers_.end();
}

bool Lexicon::trend_word(std::string_view folded) const {
  return trends_.find(folded) != trends_.end();
}

bool Lexicon::casualty(std::string_view key) const {
  return casualties_.find(key) != casualties_.end();
}

bool Lexicon::pronoun(std::string_view folded) const {
  return pronouns_.find(folded) != pronouns_.end();
}

bool Lexicon::conjunction(std::string_view folded) const {
  return conjunctions_.find(folded) != conjunctions_.end();
}

std::vector<std::string> Lexicon::content_keys(std::string_view text, Stemmer& stemmer) const {
  TopicMemo memo;
  return content_keys(text, stemmer, memo);
}

const std::string& Lexicon::topic_key(std::string_view folded, Stemmer& stemmer,
                                      TopicMemo& memo) const {
  return topic(folded, stemmer, memo).key;
}

const Lexicon::Topic& Lexicon::topic(std::string_view folded, Stemmer& stemmer,
                                     TopicMemo& memo) const {
  auto it = memo.find(folded);
  if (it != memo.end()) return it->second;
  Topic topic;
  topic.key = topic_key(folded, stemmer);
  // Figures are compared as values, not as words.
  bool figure = std::all_of(folded.begin(), folded.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-';
  });
  topic.content = folded.size() >= 3 && !stopword(folded) && !number_word(folded) && !figure;
  topic.phrase_head = phrase_heads_.find(topic.key) != phrase_heads_.end();
  return memo.emplace(std::string(folded), std::move(topic)).first->second;
}

std::vector<std::string> Lexicon::content_keys(std::string_view text, Stemmer& stemmer,
                                               TopicMemo& memo) const {
  auto words = text::words(text);
  return content_keys(words.data(), words.data() + words.size(), stemmer, memo);
}

std::vector<std::string> Lexicon::content_keys(const text::Word* first, const text::Word* last,
                                               Stemmer& stemmer, TopicMemo& memo) const {
  std::vector<std::string> out;
  size_t count = static_cast<size_t>(last - first);
  // Topics live in the memo, whose elements never move.
  std::vector<const Topic*> topics;
  topics.reserve(count);
  for (const text::Word* word = first; word != last; ++word) {
    std::string_view norm = word->norm;  // a final "'s" left out
    if (norm.size() > 2 && norm.substr(norm.size() - 2) == "'s") norm.remove_suffix(2);
    topics.push_back(&topic(norm, stemmer, memo));
  }
  out.reserve(count);
  std::string pair;  // one buffer for every two-word candidate
  for (size_t i = 0; i < count; ++i) {
    if (i + 1 < count && topics[i]->phrase_head) {
      pair.assign(topics[i]->key);
      pair += ' ';
      pair += topics[i + 1]->key;
      if (phrases_.find(pair) != phrases_.end()) {
        out.push_back(pair);
        ++i;
        continue;
      }
    }
    if (topics[i]->content) out.push_back(topics[i]->key);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> Lexicon::block_words(std::string_view key) const {
  // Only the news groups (related_words): WordNet's synonym sets are many per word and
  // would multiply the blocks; synonyms still count when a pair is scored.
  std::vector<std::string> out;
  if (const auto* list = groups(key)) {
    for (int id : *list) {
      if (id < 0) out.push_back("g" + std::to_string(-id));
    }
  }
  if (out.empty()) out.emplace_back(key);
  return out;
}

bool Lexicon::antonyms(std::string_view a, std::string_view b) const {
  return a != b && antonym_pairs_.count(pair_key(a, b)) > 0;
}

bool Lexicon::opposite_descriptors(std::string_view a, std::string_view b) const {
  const auto* opposites = descriptor_opposites(a);
  return opposites && std::find(opposites->begin(), opposites->end(), b) != opposites->end();
}

void Lexicon::add_descriptor_pair(const std::string& a, const std::string& b) {
  if (a == b || opposite_descriptors(a, b)) return;
  descriptor_opposites_[a].push_back(b);
  descriptor_opposites_[b].push_back(a);
}

bool Lexicon::has_opposite_descriptor(std::string_view key) const {
  return descriptor_opposites_.count(key) > 0;
}

const std::vector<std::string>* Lexicon::descriptor_opposites(std::string_view key) const {
  auto it = descriptor_opposites_.find(key);
  return it == descriptor_opposites_.end() ? nullptr : &it->second;
}

const std::vector<int>* Lexicon::groups(std::string_view key) const {
  auto it = groups_.find(key);
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

bool Lexicon::sequence(std::string_view a, std::string_view b) const {
  return sequences_.count(pair_key(text::fold(a), text::fold(b))) > 0;
}

std::string Lexicon::family(std::string_view predicate_class) const {
  std::string folded = text::fold(predicate_class);
  auto it = families_.find(folded);
  return it == families_.end() ? folded : it->second;
}

}  // namespace cc::align
