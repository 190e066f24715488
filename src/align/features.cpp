#include "align/features.hpp"

#include <algorithm>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/text.hpp"

namespace cc::align {

uint32_t Interner::id(std::string_view text) {
  if (text.empty()) return 0;
  if (auto it = ids_.find(text); it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(texts_.size());
  ids_.emplace(std::string(text), id);
  texts_.emplace_back(text);
  return id;
}

namespace {

// Words shorter than this carry no content for alignment ("us", "he").
constexpr size_t kMinKeywordBytes = 3;
// Block keys per list (entities, keywords): the rarest ones make the smallest blocks.
constexpr size_t kKeysPerList = 3;
constexpr size_t kWordKeys = 2;
// Quotes at least this long can be matched by their words alone (attribution), through
// this many min-hashes of their word pairs.
constexpr size_t kAttributionWords = 6;
constexpr size_t kQuoteSketch = 4;

// Kinds of block key; part of the hash so that keys of different kinds never collide.
enum KeyTag : uint64_t {
  kQuoteSpeaker = 1,
  kQuoteWords,
  kCounted,
  kQuantityEntity,
  kQuantityWord,
  kEventEntity,
  kEventWord,
};

uint64_t mix(uint64_t x) {  // splitmix64 finaliser: a cheap, well-spread hash of an integer
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint64_t block_key(KeyTag tag, uint64_t a, uint64_t b = 0) {
  return mix(mix(tag << 56 ^ a) ^ b);
}

void sort_unique(std::vector<uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (!ids.empty() && ids.front() == 0) ids.erase(ids.begin());
}

// The `count` rarest ids of a list (ties by id) that another claim shares, for block
// keys: an id no other claim has makes a block of one.
std::vector<uint32_t> rarest(const std::vector<uint32_t>& ids,
                             const std::vector<uint32_t>& frequency, size_t count) {
  std::vector<uint32_t> out;
  for (uint32_t id : ids) {
    if (frequency[id] >= 2) out.push_back(id);
  }
  std::sort(out.begin(), out.end(), [&frequency](uint32_t x, uint32_t y) {
    return std::pair(frequency[x], x) < std::pair(frequency[y], y);
  });
  if (out.size() > count) out.resize(count);
  return out;
}

}  // namespace

FeatureBuilder::FeatureBuilder(const Lexicon& lexicon, const Units& units)
    : lexicon_(lexicon), units_(units) {}

std::vector<uint32_t> FeatureBuilder::derive_keywords(std::string_view text, Stemmer& stemmer) {
  std::vector<uint32_t> out;
  for (const auto& word : text::words(text)) {
    std::string_view norm = word.norm;
    if (norm.size() > 2 && norm.substr(norm.size() - 2) == "'s") norm.remove_suffix(2);
    if (norm.size() < kMinKeywordBytes || lexicon_.stopword(norm)) continue;
    if (std::all_of(norm.begin(), norm.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      continue;  // figures are compared as values, not as words
    }
    out.push_back(interner_.id(lexicon_.key(norm, stemmer)));
  }
  return out;
}

std::vector<ClaimFeatures> FeatureBuilder::build(const Analysis& analysis, Stemmer& stemmer) {
  std::vector<ClaimFeatures> out;
  out.reserve(analysis.claims.size());
  for (const Claim& claim : analysis.claims) {
    ClaimFeatures f;
    f.claim = claim.index;
    f.source = claim.source;
    f.kind = claim.kind;
    f.speaker = interner_.id(claim.speaker);
    f.actor = interner_.id(claim.subject.empty() ? claim.speaker : claim.subject);
    // A quote's own predicate is "say"; only an event the extractor found inside it counts.
    std::string_view predicate = claim.predicate_class;
    if (predicate.empty() && claim.kind != ClaimKind::Quote) predicate = claim.predicate;
    std::string folded_predicate = text::fold(predicate);
    f.predicate = interner_.id(folded_predicate);
    f.family = interner_.id(lexicon_.family(folded_predicate));
    for (const auto& entity : claim.entities) f.entities.push_back(interner_.id(entity));
    if (!claim.subject.empty()) f.entities.push_back(interner_.id(claim.subject));
    sort_unique(f.entities);
    if (!claim.keywords.empty()) {
      for (const auto& keyword : claim.keywords) f.keywords.push_back(interner_.id(keyword));
    } else {
      f.keywords = derive_keywords(claim.object, stemmer);
    }
    // The predicate's own word is compared as the predicate, not as content.
    if (!folded_predicate.empty()) {
      for (const auto& word : text::words(folded_predicate)) {
        uint32_t key = interner_.id(lexicon_.key(word.norm, stemmer));
        f.keywords.erase(std::remove(f.keywords.begin(), f.keywords.end(), key), f.keywords.end());
      }
    }
    sort_unique(f.keywords);
    if (claim.kind == ClaimKind::Quantity) {
      if (!claim.counted.empty()) {
        auto words = text::words(claim.counted);
        std::string last = words.empty() ? text::fold(claim.counted) : words.back().norm;
        f.counted = interner_.id(lexicon_.key(last, stemmer));
      }
      auto measure = units_.measure(claim.value);
      f.dimension = interner_.id(
          measure ? (measure->dimension.empty() ? std::string("count") : measure->dimension)
                  : "unit:" + text::fold(claim.value.unit));
    }
    if (claim.kind == ClaimKind::Quote) f.quote_words = text::words(claim.object).size();
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<uint32_t> document_frequency(const std::vector<ClaimFeatures>& features, size_t ids) {
  std::vector<uint32_t> out(ids, 0);
  for (const auto& f : features) {
    for (uint32_t id : f.entities) ++out[id];
    for (uint32_t id : f.keywords) ++out[id];
    if (f.actor && !std::binary_search(f.entities.begin(), f.entities.end(), f.actor)) {
      ++out[f.actor];
    }
  }
  return out;
}

std::vector<uint64_t> block_keys(const Claim& claim, const ClaimFeatures& f,
                                 const std::vector<uint32_t>& frequency) {
  std::vector<uint64_t> keys;
  if (f.kind == ClaimKind::Quote) {
    if (f.speaker) keys.push_back(block_key(kQuoteSpeaker, f.speaker));
    if (f.quote_words >= kAttributionWords) {
      // The smallest hashes of the quote's word pairs (a bottom-k min-hash): quotes with
      // nearly the same words share one of them whoever they are attributed to.
      auto words = text::words(claim.object);
      std::vector<uint64_t> shingles;
      for (size_t i = 0; i + 2 <= words.size(); ++i) {
        shingles.push_back(text::fnv1a(words[i].norm + ' ' + words[i + 1].norm));
      }
      std::sort(shingles.begin(), shingles.end());
      shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
      for (size_t i = 0; i < shingles.size() && i < kQuoteSketch; ++i) {
        keys.push_back(block_key(kQuoteWords, shingles[i]));
      }
    }
    if (!f.predicate) return keys;
  }
  if (f.kind == ClaimKind::Quantity) {
    if (f.counted) keys.push_back(block_key(kCounted, f.counted, f.dimension));
    for (uint32_t entity : rarest(f.entities, frequency, kKeysPerList)) {
      keys.push_back(block_key(kQuantityEntity, entity, f.dimension));
    }
    if (!f.counted && f.entities.empty()) {
      for (uint32_t word : rarest(f.keywords, frequency, kWordKeys)) {
        keys.push_back(block_key(kQuantityWord, word, f.dimension));
      }
    }
    return keys;
  }
  std::vector<uint32_t> who(f.entities);
  if (f.actor) who.push_back(f.actor);
  sort_unique(who);
  for (uint32_t entity : rarest(who, frequency, kKeysPerList)) {
    keys.push_back(block_key(kEventEntity, f.family, entity));
  }
  // Sources name different participants of one event ("Rutte" / "Trump"): the rarest
  // words meet where the entities do not.
  for (uint32_t word : rarest(f.keywords, frequency, kWordKeys)) {
    keys.push_back(block_key(kEventWord, f.family, word));
  }
  return keys;
}

uint64_t order_key(const ClaimFeatures& f) {
  uint64_t best = UINT64_MAX;
  for (uint32_t keyword : f.keywords) best = std::min(best, mix(keyword));
  return best;
}

}  // namespace cc::align
