// What the aligner compares, per claim: the claim's normalised keys turned into small
// integers (entities, predicate and its family, counted noun, unit dimension, stemmed
// keywords), and the block keys derived from them.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"

namespace cc::align {

class Lexicon;
class Stemmer;
class Units;

// Strings to dense ids; 0 is "none" (the empty string).
class Interner {
 public:
  uint32_t id(std::string_view text);
  const std::string& text(uint32_t id) const { return texts_[id]; }
  size_t size() const { return texts_.size(); }

 private:
  // Transparent hashing: looking up a string_view allocates nothing.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> texts_{std::string()};
};

struct ClaimFeatures {
  uint32_t claim = 0;   // index into Analysis::claims
  uint32_t source = 0;  // document index
  ClaimKind kind = ClaimKind::Event;
  uint32_t speaker = 0;            // speaker entity key
  uint32_t actor = 0;              // subject entity key, else the speaker
  uint32_t predicate = 0;          // predicate class, else the predicate ("say" for quotes)
  uint32_t family = 0;             // blocking family of the predicate (Lexicon::family)
  uint32_t counted = 0;            // Quantity: stem of what is counted
  uint32_t dimension = 0;          // Quantity: unit dimension ("share"; "count" for none)
  std::vector<uint32_t> entities;  // entity keys named by the claim (subject included), sorted
  std::vector<uint32_t> keywords;  // content word keys, sorted, predicate words removed
  size_t quote_words = 0;          // Quote: number of words quoted
};

// Builds the features of every claim of an analysis. Keywords come from Claim::keywords
// when the extractor filled them; otherwise from the claim's object (a quote's words).
class FeatureBuilder {
 public:
  FeatureBuilder(const Lexicon& lexicon, const Units& units);
  std::vector<ClaimFeatures> build(const Analysis& analysis, Stemmer& stemmer);
  Interner& interner() { return interner_; }
  const Interner& interner() const { return interner_; }

 private:
  std::vector<uint32_t> derive_keywords(std::string_view text, Stemmer& stemmer);
  const Lexicon& lexicon_;
  const Units& units_;
  Interner interner_;
};

// Document frequency of every interned id over the claims (for rarity and weights).
std::vector<uint32_t> document_frequency(const std::vector<ClaimFeatures>& features, size_t ids);

// The block keys of one claim (see blocking.hpp) and its order key for big blocks.
// `frequency` ranks entities and keywords: the rarest make the smallest blocks.
std::vector<uint64_t> block_keys(const Claim& claim, const ClaimFeatures& features,
                                 const std::vector<uint32_t>& frequency);
uint64_t order_key(const ClaimFeatures& features);

}  // namespace cc::align
