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

#include "align/lexicon.hpp"
#include "core/model.hpp"

namespace cc::normalize {
class Stemmer;
}

namespace cc::align {

// The topic word that stands for a claim's own time, whichever it is ("on Friday", "in
// March 2025"): times are compared by the temporal detector, not as words.
inline constexpr std::string_view kAnyTime = "time:";
// Quotes at least this many words long can be matched by their words alone, whoever is
// named as the speaker: blocking keys them by their word pairs, and the scorer aligns two
// of them when they are similar enough.
inline constexpr size_t kAttributionWords = 6;

using Stemmer = normalize::Stemmer;
class Units;

// Strings to dense ids; 0 is "none" (the empty string).
class Interner {
 public:
  uint32_t id(std::string_view text);
  // The id of a text already interned; 0 when it never was.
  uint32_t find(std::string_view text) const;
  const std::string& text(uint32_t id) const { return texts_[id]; }
  size_t size() const { return texts_.size(); }

 private:
  StringMap<uint32_t> ids_;  // looking up a string_view allocates nothing
  std::vector<std::string> texts_{std::string()};
};

struct ClaimFeatures {
  uint32_t claim = 0;   // index into Analysis::claims
  uint32_t source = 0;  // document index
  ClaimKind kind = ClaimKind::Event;
  uint32_t speaker = 0;        // speaker entity key
  uint32_t actor = 0;          // who acts: the subject (a quote: its speaker; a figure: its owner)
  bool actor_named = false;    // the actor is a named entity, not a common noun ("meeting")
  uint32_t predicate = 0;      // predicate class, else the predicate; "report" for reported speech
  uint32_t family = 0;         // blocking family of the predicate (Lexicon::family)
  uint32_t counted = 0;        // Quantity: stem of what is counted
  uint32_t counted_group = 0;  // Quantity: a related-words group of it (ship, vessel), or 0
  uint32_t dimension = 0;      // Quantity: unit dimension ("share"; "count" for none)
  std::vector<uint32_t> entities;      // entity keys named by the claim (subject included), sorted
  std::vector<uint32_t> keywords;      // content word keys, sorted, predicate words removed
  std::vector<uint32_t> participants;  // entities named in the object, not the actor or speaker
  std::vector<uint32_t> topic;         // topic keys of the object's words (what it is about)
  std::vector<uint32_t> topic_blocks;  // the word groups of the topic keys, for blocking
  std::vector<uint32_t> context;       // Quantity: topic keys of its sentence outside the figure
  std::vector<uint32_t> context_entities;  // Quantity: its sentence's capitalised words ("name:x")
  std::vector<uint32_t> local;             // Quantity: topic keys of its own clause
  std::vector<uint32_t> local_groups;      // Quantity: news word groups of `local` (blocking)
  std::vector<uint32_t> inner;   // Quantity: topic keys between its figure and what it counts
                                 // ("bank" in "23 bank accounts")
  bool pronoun_subject = false;  // Quantity: its sentence opens with a pronoun ("He caught ...")
  bool measured = false;         // Quantity: `low`/`high` hold its interval in the base unit
  double low = 0, high = 0;      // (high may be infinite: "more than 320")
  // Quantity: how many figures of its document share its dimension and counted noun (it
  // included); a figure alone of its kind in each of two sources may be one figure.
  uint32_t kin = 0;
  size_t quote_words = 0;  // Quote: number of words quoted
  bool has_object() const { return !topic.empty() || !participants.empty(); }
};

// Builds the features of every claim of an analysis. Keywords come from Claim::keywords
// when the extractor filled them; otherwise from the claim's object (a quote's words).
// The topic and participants come from the object alone: two claims of one actor are
// about the same thing only when what they act on agrees.
class FeatureBuilder {
 public:
  // `within(part, whole)` answers place containment (normalize::Lexicon::place_within);
  // places inside another place of the story count as its territory.
  FeatureBuilder(const Lexicon& lexicon, const Units& units,
                 std::function<bool(std::string_view, std::string_view)> within = {});
  // `memo` keeps topic keys from one call to the next (one per thread, see
  // Lexicon::TopicMemo); without it the keys are kept for this call only.
  std::vector<ClaimFeatures> build(const Analysis& analysis, Stemmer& stemmer,
                                   Lexicon::TopicMemo* memo = nullptr);
  Interner& interner() { return interner_; }
  const Interner& interner() const { return interner_; }
  // Entity ids (interned keys) of places that lie inside another place of the story
  // ("donbas" in "ukraine"): a piece of a country's territory. Sorted.
  const std::vector<uint32_t>& regions() const { return regions_; }

 private:
  std::vector<uint32_t> interned(const std::vector<std::string>& keys);
  void find_regions(const Analysis& analysis);
  const Lexicon& lexicon_;
  const Units& units_;
  std::function<bool(std::string_view, std::string_view)> within_;
  Interner interner_;
  std::vector<uint32_t> regions_;
};

// Document frequency of every interned id over the claims (for rarity and weights).
std::vector<uint32_t> document_frequency(const std::vector<ClaimFeatures>& features, size_t ids);

// The block keys of one claim (see blocking.hpp) and its order key for big blocks.
// `frequency` ranks entities and keywords: the rarest make the smallest blocks.
std::vector<uint64_t> block_keys(const Claim& claim, const ClaimFeatures& features,
                                 const std::vector<uint32_t>& frequency);
uint64_t order_key(const ClaimFeatures& features);

}  // namespace cc::align
