#include "pipeline/stories.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "pipeline/parallel.hpp"

namespace cc::pipeline {

namespace {

constexpr size_t kVectorTerms = 64;  // heaviest words kept per document
constexpr size_t kKeyTerms = 24;     // heaviest words used as index keys
constexpr size_t kBands = 32;        // MinHash bands used as index keys
constexpr size_t kRowsPerBand = 2;   // hashes per band
constexpr size_t kBins = kBands * kRowsPerBand;
constexpr size_t kKeysPerDocument = kKeyTerms + kBands;
constexpr size_t kMaxPosting = 64;        // keys shared by more documents are skipped
constexpr size_t kCandidateStories = 16;  // centroids compared per document
constexpr size_t kCentroidTerms = 128;    // words kept in a story's centroid
constexpr float kNameWeight = 2.0F;       // a capitalised name mid-sentence counts double
constexpr size_t kMinWordBytes = 3;

// splitmix64's finaliser: a cheap, well-mixed 64-bit hash of a 64-bit value.
uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A term is a 32-bit hash of the lower-cased word whose lowest bit says whether the word
// was written capitalised in the middle of a sentence (a name); bit 1 is always set, so a
// term is never 0. Two words sharing a hash are rare enough not to matter to grouping.
using Term = uint32_t;
constexpr Term kNameBit = 1;
constexpr Term kNeverZero = 2;
Term word_of(Term term) {
  return term & ~kNameBit;
}

// Byte classes for the tokenizer: ASCII letters (upper-case apart) and digits are word
// bytes, other ASCII separates, and a non-ASCII byte needs a look at its sequence.
enum : uint8_t { kSeparator, kLower, kUpper, kNonAscii };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    uint8_t kind = kSeparator;
    if (c >= 0x80) {
      kind = kNonAscii;
    } else if (c >= 'A' && c <= 'Z') {
      kind = kUpper;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      kind = kLower;
    }
    table[static_cast<size_t>(c)] = kind;
  }
  return table;
}();

// Length of the non-ASCII separator starting at `i` (0 when it belongs to a word): the
// general punctuation block (typographic quotes, dashes, spaces), no-break space and
// guillemets.
size_t non_ascii_separator(std::string_view text, size_t i) {
  if (i + 1 >= text.size()) return 0;
  auto byte = static_cast<unsigned char>(text[i]);
  auto next = static_cast<unsigned char>(text[i + 1]);
  if (byte == 0xC2 && (next == 0xA0 || next == 0xAB || next == 0xBB)) return 2;
  if (byte == 0xE2 && (next == 0x80 || next == 0x81) && i + 2 < text.size()) return 3;
  return 0;
}

// Length of the separator starting at `i`, 0 when the byte belongs to a word: ASCII other
// than letters and digits, or one of the non-ASCII separators. Inlined: it runs per byte.
inline size_t separator_length(std::string_view text, size_t i) {
  uint8_t kind = kByteClass[static_cast<unsigned char>(text[i])];
  if (kind == kLower || kind == kUpper) return 0;
  if (kind == kSeparator) return 1;
  return non_ascii_separator(text, i);
}

// Calls on_word(word, name) for every word of a sentence; `word` is the term without the
// name bit, `name` tells a capitalised word that does not start the sentence.
template <class OnWord>
void for_each_word(std::string_view text, Span sentence, OnWord&& on_word) {
  bool first_word = true;
  size_t i = sentence.start;
  while (i < sentence.end) {
    size_t skip = separator_length(text, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    size_t begin = i;
    uint64_t hash = 1469598103934665603ULL;  // FNV-1a over the lower-cased bytes
    do {
      auto byte = static_cast<unsigned char>(text[i]);
      if (kByteClass[byte] == kUpper) byte = static_cast<unsigned char>(byte - 'A' + 'a');
      hash = (hash ^ byte) * 1099511628211ULL;
      ++i;
    } while (i < sentence.end && separator_length(text, i) == 0);
    bool name = !first_word && kByteClass[static_cast<unsigned char>(text[begin])] == kUpper;
    first_word = false;
    if (i - begin < kMinWordBytes) continue;
    auto word = static_cast<Term>((hash ^ (hash >> 32)) | kNeverZero) & ~kNameBit;
    on_word(word, name);
  }
}

// A hash table from a word (a Term without its name bit) to a value: open addressing,
// linear probing, 0 is "empty". Far faster than std::unordered_map for the millions of
// lookups grouping makes.
template <class Value>
class WordTable {
 public:
  WordTable() : slots_(64) {}
  Value& operator[](Term word) {
    if (4 * (used_ + 1) > 3 * slots_.size()) grow();
    Slot& slot = find(word);
    if (slot.word == 0) {
      slot.word = word;
      ++used_;
      touched_.push_back(static_cast<uint32_t>(&slot - slots_.data()));
    }
    return slot.value;
  }
  const Value* get(Term word) const {
    const Slot& slot = const_cast<WordTable*>(this)->find(word);
    return slot.word == 0 ? nullptr : &slot.value;
  }
  // Every entry, in the order they were first added.
  template <class Visit>
  void for_each(Visit&& visit) {
    for (uint32_t at : touched_) visit(slots_[at].word, slots_[at].value);
  }
  size_t size() const { return used_; }
  // Empties the table, keeping its memory (cost: the entries it had).
  void clear() {
    for (uint32_t at : touched_) slots_[at] = Slot{};
    touched_.clear();
    used_ = 0;
  }

 private:
  struct Slot {
    Term word = 0;
    Value value{};
  };
  Slot& find(Term word) {
    size_t mask = slots_.size() - 1;
    // Words are hashes already: their bits are the probe start.
    for (size_t at = (word >> 2) & mask;; at = (at + 1) & mask) {
      if (slots_[at].word == word || slots_[at].word == 0) return slots_[at];
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    std::vector<uint32_t> order = std::move(touched_);
    slots_.assign(old.size() * 2, Slot{});
    touched_.clear();
    used_ = 0;
    for (uint32_t at : order) (*this)[old[at].word] = old[at].value;
  }
  std::vector<Slot> slots_;
  std::vector<uint32_t> touched_;  // slots in use, in insertion order
  size_t used_ = 0;
};

// The distinct content words of a document, in order of first use; a word is a name when
// it was capitalised mid-sentence at least once. `seen` is scratch space.
std::vector<Term> document_terms(const Document& document, const WordTable<bool>& stopwords,
                                 WordTable<bool>& seen) {
  seen.clear();
  for (const Sentence& sentence : document.sentences) {
    for_each_word(document.text, sentence.span, [&](Term word, bool name) {
      bool& is_name = seen[word];
      is_name = is_name || name;
    });
  }
  std::vector<Term> terms;
  terms.reserve(seen.size());  // exact (less the stop words): held for every document
  seen.for_each([&](Term word, bool name) {
    if (!stopwords.get(word)) terms.push_back(word | (name ? kNameBit : 0));
  });
  return terms;
}

struct WeightedTerm {
  Term term = 0;
  float weight = 0;
};
using SparseVector = std::vector<WeightedTerm>;  // sorted by term

// Comparators as function objects, so that the sorts inline them.
struct ByTerm {
  bool operator()(const WeightedTerm& a, const WeightedTerm& b) const { return a.term < b.term; }
};
// Heaviest first; ties broken by term so that the order never depends on the sort.
struct Heavier {
  bool operator()(const WeightedTerm& a, const WeightedTerm& b) const {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  }
};

// One document's vector as a small hash table, for the dot products with the centroids
// of its candidate stories: the probes are independent of each other, where a merge of
// two sorted lists waits on every comparison.
class VectorLookup {
 public:
  explicit VectorLookup(const SparseVector& vector) {
    for (const auto& entry : vector) {
      size_t at = slot(entry.term);
      while (slots_[at].term != 0) at = (at + 1) % kSlots;
      slots_[at] = entry;
    }
  }
  float dot(const SparseVector& other) const {
    float sum = 0;
    for (const auto& entry : other) {
      for (size_t at = slot(entry.term); slots_[at].term != 0; at = (at + 1) % kSlots) {
        if (slots_[at].term == entry.term) {
          sum += slots_[at].weight * entry.weight;
          break;
        }
      }
    }
    return sum;
  }

 private:
  static constexpr size_t kSlots = 4 * kVectorTerms;  // at most a quarter full
  static size_t slot(Term term) { return (term >> 2) % kSlots; }
  std::array<WeightedTerm, kSlots> slots_{};
};

// Keeps the `count` heaviest terms of a vector sorted by term, in term order.
void keep_heaviest(SparseVector& vector, size_t count, SparseVector& scratch) {
  if (vector.size() <= count || count == 0) {
    if (count == 0) vector.clear();
    return;
  }
  scratch.assign(vector.begin(), vector.end());
  auto boundary = scratch.begin() + static_cast<std::ptrdiff_t>(count - 1);
  std::nth_element(scratch.begin(), boundary, scratch.end(), Heavier());
  WeightedTerm lightest = *boundary;  // the count-th heaviest: keep it and all heavier
  auto kept = std::remove_if(vector.begin(), vector.end(),
                             [&](const WeightedTerm& entry) { return Heavier()(lightest, entry); });
  vector.erase(kept, vector.end());
}

void scale_to_unit_length(SparseVector& vector) {
  double norm = 0;
  for (const auto& entry : vector) norm += static_cast<double>(entry.weight) * entry.weight;
  norm = std::sqrt(norm);
  for (auto& entry : vector) entry.weight = norm > 0 ? static_cast<float>(entry.weight / norm) : 0;
}

// One-permutation MinHash with rotation densification: each term is hashed once into one
// of kBins bins, the minimum per bin kept; an empty bin borrows its right neighbour's value.
std::array<uint64_t, kBins> minhash(const std::vector<Term>& terms) {
  constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();
  std::array<uint64_t, kBins> bins;
  bins.fill(kEmpty);
  for (Term term : terms) {
    uint64_t hash = mix(word_of(term));
    size_t bin = hash % kBins;
    bins[bin] = std::min(bins[bin], hash / kBins);
  }
  std::array<uint64_t, kBins> dense = bins;
  for (size_t i = 0; i < kBins; ++i) {
    for (size_t distance = 1; dense[i] == kEmpty && distance < kBins; ++distance) {
      uint64_t borrowed = bins[(i + distance) % kBins];
      if (borrowed != kEmpty) dense[i] = mix(borrowed + distance);
    }
  }
  return dense;
}

// A document's unit-length tf-idf vector of its heaviest words. Its index keys (heaviest
// words, then MinHash bands; 0 where it has fewer) go to keys[0 .. kKeysPerDocument).
SparseVector profile(const std::vector<Term>& terms, const WordTable<float>& idf, uint32_t* keys) {
  SparseVector vector;
  vector.reserve(terms.size());
  for (Term term : terms) {
    float weight = *idf.get(word_of(term));
    if (weight <= 0) continue;
    if (term & kNameBit) weight *= kNameWeight;
    vector.push_back(WeightedTerm{word_of(term), weight});
  }
  // Only which words are heaviest matters, not their order: select, never sort.
  auto select = [&](size_t count) {
    if (vector.size() > count) {
      std::nth_element(vector.begin(), vector.begin() + static_cast<std::ptrdiff_t>(count),
                       vector.end(), Heavier());
    }
  };
  select(kVectorTerms);
  vector.resize(std::min(kVectorTerms, vector.size()));
  select(kKeyTerms);
  std::fill(keys, keys + kKeysPerDocument, 0);
  for (size_t i = 0; i < std::min(kKeyTerms, vector.size()); ++i) {
    keys[i] = static_cast<uint32_t>(mix(vector[i].term) | 1);  // odd: never 0
  }
  if (!terms.empty()) {
    auto bins = minhash(terms);
    for (size_t band = 0; band < kBands; ++band) {
      uint64_t key = mix(band + 1);
      for (size_t row = 0; row < kRowsPerBand; ++row) {
        key = mix(key ^ bins[band * kRowsPerBand + row]);
      }
      keys[kKeyTerms + band] = static_cast<uint32_t>(key | 1);
    }
  }
  std::sort(vector.begin(), vector.end(), ByTerm());
  scale_to_unit_length(vector);
  vector.shrink_to_fit();  // room was made for every word: two thirds of it unused
  return vector;
}

// The index keys sorted, and where each document's keys are in them. A document's
// candidates are the documents ahead of it in the posting list of one of its keys, once
// per shared key (so a repeat is a vote); posting lists of more than kMaxPosting documents
// say nothing and are skipped. The votes are read from the lists when a document's turn
// comes instead of listing every pair up front (millions of them for a 50 MB pile).
class Postings {
 public:
  // `index` holds (key << 32 | document) entries, 0 for none.
  Postings(std::vector<uint64_t> index, size_t documents)
      : index_(std::move(index)), positions_(documents * kKeysPerDocument, kNone) {
    std::sort(index_.begin(), index_.end());
    std::vector<uint8_t> filled(documents, 0);
    size_t begin = 0;
    while (begin < index_.size() && index_[begin] == 0) ++begin;
    while (begin < index_.size()) {
      size_t end = begin;
      while (end < index_.size() && key_of(index_[end]) == key_of(index_[begin])) ++end;
      if (end - begin <= kMaxPosting) {
        for (size_t at = begin; at < end; ++at) {
          uint32_t document = document_of(index_[at]);
          positions_[document * kKeysPerDocument + filled[document]++] = static_cast<uint32_t>(at);
        }
      }
      begin = end;
    }
  }
  // Calls vote(other) for every vote `document` gets: each document ahead of it in the
  // (short) posting list of each of its keys, itself aside.
  template <class Vote>
  void for_each_vote(uint32_t document, Vote&& vote) const {
    for (size_t k = 0; k < kKeysPerDocument; ++k) {
      uint32_t at = positions_[document * kKeysPerDocument + k];
      if (at == kNone) break;
      uint32_t key = key_of(index_[at]);
      for (size_t ahead = at; ahead > 0 && key_of(index_[ahead - 1]) == key; --ahead) {
        uint32_t other = document_of(index_[ahead - 1]);
        if (other != document) vote(other);
      }
    }
  }

 private:
  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  static uint32_t key_of(uint64_t entry) { return static_cast<uint32_t>(entry >> 32); }
  static uint32_t document_of(uint64_t entry) { return static_cast<uint32_t>(entry); }
  std::vector<uint64_t> index_;      // sorted: 0s (no key) first, then by key and document
  std::vector<uint32_t> positions_;  // per document, its entries' places in index_
};

// A story being built: the sum of its members' vectors (its heaviest words only, so that
// its cost stays bounded however many documents join) and its unit-length centroid.
struct Story {
  SparseVector sum;       // sorted by term
  SparseVector centroid;  // sorted by term

  void add(const SparseVector& vector, SparseVector& scratch) {
    SparseVector merged;
    merged.reserve(sum.size() + vector.size());
    size_t i = 0;
    size_t j = 0;
    while (i < sum.size() || j < vector.size()) {
      if (j == vector.size() || (i < sum.size() && sum[i].term < vector[j].term)) {
        merged.push_back(sum[i++]);
      } else if (i == sum.size() || vector[j].term < sum[i].term) {
        merged.push_back(vector[j++]);
      } else {
        merged.push_back(WeightedTerm{sum[i].term, sum[i].weight + vector[j].weight});
        ++i;
        ++j;
      }
    }
    if (merged.size() > 4 * kCentroidTerms) keep_heaviest(merged, 2 * kCentroidTerms, scratch);
    sum = std::move(merged);
    centroid = sum;
    keep_heaviest(centroid, kCentroidTerms, scratch);
    scale_to_unit_length(centroid);
  }
};

// Picks a story for each document in turn; the stories are built as documents join.
class Assigner {
 public:
  // The candidate story closest to `vector`: the kCandidateStories stories with the most
  // votes are compared by cosine. Returns (story, similarity); similarity 0 when none.
  std::pair<uint32_t, float> closest(const SparseVector& vector,
                                     const std::vector<uint32_t>& voter_stories) {
    for (uint32_t story : voter_stories) {
      if (votes_[story]++ == 0) voted_.push_back(story);
    }
    size_t compared = std::min(kCandidateStories, voted_.size());
    std::partial_sort(voted_.begin(), voted_.begin() + static_cast<std::ptrdiff_t>(compared),
                      voted_.end(), [&](uint32_t a, uint32_t b) {
                        return votes_[a] != votes_[b] ? votes_[a] > votes_[b] : a < b;
                      });
    std::pair<uint32_t, float> best{0, 0.0F};
    VectorLookup lookup(vector);
    for (size_t i = 0; i < compared; ++i) {
      float similarity = lookup.dot(stories_[voted_[i]].centroid);
      if (similarity > best.second || (similarity == best.second && voted_[i] < best.first)) {
        best = {voted_[i], similarity};
      }
    }
    for (uint32_t story : voted_) votes_[story] = 0;
    voted_.clear();
    return best;
  }
  uint32_t start_story() {
    stories_.emplace_back();
    votes_.push_back(0);
    return static_cast<uint32_t>(stories_.size() - 1);
  }
  void add(uint32_t story, const SparseVector& vector) { stories_[story].add(vector, scratch_); }

 private:
  std::vector<Story> stories_;
  std::vector<uint32_t> votes_;  // per story, zero between calls
  std::vector<uint32_t> voted_;  // stories with votes in the current call
  SparseVector scratch_;
};

}  // namespace

std::string story_id(uint32_t story) {
  return "t" + std::to_string(story + 1);
}

namespace {

// The stop words as terms.
WordTable<bool> stop_table(const std::unordered_set<std::string>& stopwords) {
  WordTable<bool> stop;
  for (const auto& word : stopwords) {
    for_each_word(word, Span{0, static_cast<uint32_t>(word.size())},
                  [&](Term term, bool) { stop[term] = true; });
  }
  return stop;
}

}  // namespace

struct StoryWordReader::Impl {
  WordTable<bool> stop;
  WordTable<bool> seen;  // scratch
};

StoryWordReader::StoryWordReader(const std::unordered_set<std::string>& stopwords)
    : impl_(std::make_unique<Impl>(Impl{stop_table(stopwords), {}})) {}
StoryWordReader::~StoryWordReader() = default;
StoryWordReader::StoryWordReader(StoryWordReader&&) noexcept = default;
StoryWordReader& StoryWordReader::operator=(StoryWordReader&&) noexcept = default;

std::vector<uint32_t> StoryWordReader::read(const Document& document) {
  return document_terms(document, impl_->stop, impl_->seen);
}

std::vector<uint32_t> group_stories(const std::vector<Document>& documents,
                                    const std::unordered_set<std::string>& stopwords,
                                    const StoryOptions& options, unsigned jobs) {
  if (documents.size() <= options.group_above) return std::vector<uint32_t>(documents.size(), 0);
  // Pass 1: each document's distinct words.
  std::vector<std::vector<Term>> terms(documents.size());
  {
    std::vector<StoryWordReader> readers;
    for (unsigned t = 0; t < threads_for(documents.size(), jobs); ++t) {
      readers.emplace_back(stopwords);
    }
    for_each_item(documents.size(), jobs, [&](size_t d, unsigned thread) {
      terms[d] = readers[thread].read(documents[d]);
    });
  }
  return group_stories(std::move(terms), options, jobs);
}

std::vector<uint32_t> group_stories(std::vector<std::vector<uint32_t>> terms,
                                    const StoryOptions& options, unsigned jobs) {
  const size_t documents = terms.size();
  std::vector<uint32_t> story(documents, 0);
  if (documents <= options.group_above) return story;

  // Then in how many documents each word occurs.
  WordTable<float> idf;
  for (const auto& words : terms) {
    for (Term term : words) idf[word_of(term)] += 1;
  }
  auto count = static_cast<float>(documents);
  idf.for_each([&](Term, float& frequency) { frequency = std::log(count / frequency); });

  // Pass 2: each document's vector and index keys, then who shares a key with whom.
  std::vector<SparseVector> vectors(documents);
  std::vector<uint64_t> index(documents * kKeysPerDocument);
  for_each_item(documents, jobs, [&](size_t d, unsigned) {
    uint32_t keys[kKeysPerDocument];
    vectors[d] = profile(terms[d], idf, keys);
    terms[d] = {};
    for (size_t k = 0; k < kKeysPerDocument; ++k) {
      index[d * kKeysPerDocument + k] = keys[k] ? (uint64_t{keys[k]} << 32 | d) : 0;
    }
  });
  terms = {};
  idf = WordTable<float>();
  const Postings postings(std::move(index), documents);

  // Pass 3: documents in input order join the closest candidate story or start one.
  Assigner assigner;
  std::vector<uint32_t> voters;
  for (uint32_t d = 0; d < documents; ++d) {
    voters.clear();
    postings.for_each_vote(d, [&](uint32_t other) { voters.push_back(story[other]); });
    auto [best, similarity] = assigner.closest(vectors[d], voters);
    story[d] = similarity >= options.threshold ? best : assigner.start_story();
    assigner.add(story[d], vectors[d]);
    vectors[d] = SparseVector();
  }
  return story;
}

}  // namespace cc::pipeline
