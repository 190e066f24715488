// Scoring a candidate pair: how sure are we that two claims speak of the same thing?
//
// Quotes of one speaker are compared word by word (a fragment by the sentence around it);
// quotes of different speakers only when nearly all their words agree. Quantities need
// the same unit dimension and no conflict in what is counted. Other claims (events,
// reported speech, stances, times) are scored on the predicate (same class, or the same
// family: opposites), shared entities and shared content words weighted by rarity, with
// penalties for different actors and incompatible times. Every score in [0, 1] comes with
// a reason a person can read.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "align/features.hpp"
#include "align/lexicon.hpp"
#include "core/model.hpp"
#include "core/text.hpp"

namespace cc::align {

// Factor applied to an event score when the two events' dated times cannot both hold.
inline constexpr double kOtherTime = 0.75;

// Not thread-safe: it caches the words of the sentences it looks at.
class Scorer {
 public:
  // All references must outlive the scorer. `frequency` is document_frequency();
  // `regions` the places that lie inside another place (FeatureBuilder::regions()).
  Scorer(const Analysis& analysis, const std::vector<ClaimFeatures>& features,
         const Interner& interner, const std::vector<uint32_t>& frequency, const Lexicon& lexicon,
         const std::vector<uint32_t>& regions = {});

  // Similarity of claims a and b in [0, 1]; when `reason` is given it receives how the
  // score was reached ("same speaker; 10 of 16 words ...").
  double score(uint32_t a, uint32_t b, std::string* reason) const;

 private:
  double quotes(const Claim& a, const Claim& b, std::string* reason) const;
  double same_speaker_quotes(const Claim& a, const Claim& b, std::string* reason) const;
  // Two short quotes of one speaker, compared by the sentences around them.
  double fragments(const Claim& a, const Claim& b, double quote_score, std::string* reason) const;
  double quantities(const ClaimFeatures& a, const ClaimFeatures& b, std::string* reason) const;
  double events(const ClaimFeatures& a, const ClaimFeatures& b, std::string* reason) const;

  // What two claims share of what they are about: words (a word group counts as one
  // word; "territory" matches a region) and named participants.
  struct Overlap {
    size_t shared = 0;             // shared words and participants
    double score = 0;              // rarity-weighted share of the lighter side, in [0, 1]
    double dice = 0;               // shared items / mean size of the two sides
    std::vector<uint32_t> listed;  // what is shared (interned ids), for the reason
  };
  Overlap overlap(const std::vector<uint32_t>& words_a, const std::vector<uint32_t>& names_a,
                  const std::vector<uint32_t>& words_b, const std::vector<uint32_t>& names_b) const;
  std::string describe(const Overlap& overlap, std::string_view what) const;
  // True when a word of one side matches a word or a named place of the other.
  bool word_matches(uint32_t word, const std::vector<uint32_t>& words,
                    const std::vector<uint32_t>& names) const;
  bool is_region(uint32_t entity) const;
  // The claims of the claim's sentence: [first, end) of analysis_.claims.
  std::pair<size_t, size_t> sentence_claims(const Claim& claim) const;
  // How many figures (quantity claims) the claim's sentence holds, the claim included.
  size_t figures_in_sentence(const Claim& claim, bool same_thing = false) const;
  // True when two figures count one thing: the same word, words of one group, or people
  // and a noun that names people ("people" / "runners").
  bool one_counted(const ClaimFeatures& a, const ClaimFeatures& b) const;
  // How many other figures of a's sentence have an equal figure of their kind in b's
  // sentence ("backed by nine aircraft and four helicopters" / "supported by nine aircraft
  // and four helicopters"); only those within `beside` bytes of a and b when given.
  size_t figures_shared(const Claim& a, const Claim& b, uint32_t beside = UINT32_MAX) const;
  // True when the sentences of two figures tell one act (an event claim of one predicate)
  // of two actors, one named and the other named or capitalised, neither sentence naming
  // the other's: "the Nationals have offered Mark Teixeira an 8-year, $160 million
  // contract" / "the Red Sox offered Mark Teixeira an eight-year, $200MM deal" are two
  // offers, whose figures are not one figure.
  bool rival_actors(const ClaimFeatures& a, const ClaimFeatures& b) const;
  // True when a and b are of one kind (dimension and counted noun), their own clauses
  // share a word, and every other figure of that kind in either source has an equal one
  // in the other or shares no clause word with the figure it would rival: what is left
  // is a in one source and b in the other ("More than 320 firefighters" / "Around 230
  // firefighters", each source's only count of firefighters).
  bool sole_of_kind(const ClaimFeatures& a, const ClaimFeatures& b, bool figure_alike,
                    bool inner_alike = false) const;
  // The topic keys of f's own clause, less its counted noun and the names of a's and b's
  // sentences. A casualty concept stays: the clause's own verb says it ("injuring 27" /
  // "37 others were hurt").
  std::vector<uint32_t> own_words(const ClaimFeatures& f, const ClaimFeatures& a,
                                  const ClaimFeatures& b) const;
  // True when the larger figure is within kSoleReach times the smaller one.
  static bool within_reach(const ClaimFeatures& a, const ClaimFeatures& b);
  double weight(uint32_t keyword) const;
  // The words of a quote (contractions expanded), split once per claim.
  const std::vector<text::Word>& quote_words(const Claim& claim) const;
  // Dense id of a sentence word's key (cached with its synonym groups).
  uint32_t context_id(std::string_view word) const;
  // Content words (context ids, sorted) of a quote's sentence outside the quote and its
  // attribution; with `neighbours`, of the sentences before and after it in its paragraph
  // too.
  // Two short quotes (under kAttributionWords words) of different named speakers.
  double short_quotes(const Claim& a, const Claim& b, std::string* reason) const;
  std::vector<uint32_t> quote_context(const Claim& claim, bool neighbours) const;
  // The words of `a` that `b` has too (or a synonym of), as first seen.
  std::vector<std::string> shared_context(const std::vector<uint32_t>& a,
                                          const std::vector<uint32_t>& b) const;

  const Analysis& analysis_;
  const std::vector<ClaimFeatures>& features_;
  const Interner& interner_;
  const std::vector<uint32_t>& frequency_;
  const Lexicon& lexicon_;
  std::vector<const std::vector<int>*> groups_;  // synonym groups per interned id
  std::vector<double> weights_;                  // rarity weight per interned id
  const std::vector<uint32_t>& regions_;         // places inside another place, sorted
  uint32_t territory_ = 0;                       // the id of the topic key of "territory"
  std::vector<uint32_t> name_ids_;               // id of "name:" + the id's text, or 0
  std::vector<bool> casualty_ids_;               // the id is a casualty concept's key
  // The figures of each kind of each source: (source, dimension, counted) -> claims.
  std::map<std::tuple<uint32_t, uint32_t, uint32_t>, std::vector<uint32_t>> kinds_;
  mutable std::vector<std::optional<std::vector<text::Word>>> quote_words_;  // per claim
  // Words of the sentences around quote fragments, keyed separately from claim features.
  mutable Stemmer stemmer_;
  mutable StringMap<uint32_t> context_ids_;
  mutable std::vector<std::string> context_words_;  // first word seen with each key
  mutable std::vector<const std::vector<int>*> context_groups_;
};

}  // namespace cc::align
