#include "align/score.hpp"

#include <algorithm>
#include <cmath>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/diff.hpp"
#include "core/text.hpp"

namespace cc::align {

namespace {

// Quotes shorter than this many words are fragments ("unnecessary"): their words alone
// cannot show they are the same statement, so when both are fragments the sentences
// around them must. A fragment and a longer quote are one statement only when the
// fragment is a cut of it ("like wildfire" shares no words with a long quote).
constexpr size_t kShortQuote = 4;
// Words each of two overlapping quotes must have of its own to be two statements.
constexpr size_t kOwnWords = 2;
// Content words the sentences around two fragments must share.
constexpr size_t kSharedContext = 3;
// Below this share of the shorter quote's words, two quotes of one speaker are two
// statements ("we want the ceremony to be fun" / "we want it to be more of a party").
constexpr double kMinQuoteOverlap = 0.6;
// The matched words of a partial quote lie within this many times its length in the
// longer quote: a cut is contiguous, a shared name in a long quote is not.
constexpr size_t kMatchSpread = 2;
// Quotes of different (or unnamed) speakers align only when this long and this similar:
// the same words in two mouths, not a shared phrase.
constexpr size_t kAttributionWords = 6;
constexpr double kAttributionSimilarity = 0.7;
// Each shared content word adds this much, so that one shared rare word in two long
// claims still counts (rarity-weighted overlap alone would drown it).
constexpr double kPerSharedWord = 0.35;
// Weights of the predicate and of the shared content in an event score.
constexpr double kPredicateWeight = 0.4;
constexpr double kContentWeight = 0.6;
// Factors applied when the actors or predicates differ or when the times cannot both hold.
constexpr double kOtherActor = 0.5;
constexpr double kOtherPredicate = 0.5;
constexpr double kOtherTime = 0.75;
// What the same telling cue verb adds to the score of two fragments.
constexpr double kSameCue = 0.25;
// What an unknown count noun is worth next to an equal one.
constexpr double kUnknownCounted = 0.6;

std::string percent(double value) {
  return std::to_string(static_cast<int>(value * 100 + 0.5)) + "%";
}

bool contains(const std::vector<uint32_t>& sorted, uint32_t id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

// True when two quotes share a passage but each also has words of its own and none of
// the other's words were replaced: two statements that overlap ("It's official: I'm
// hosting the Oscars!" / "I am so excited to be hosting the Oscars for the second time"),
// not one statement quoted two ways (which replaces words) or cut (one side only).
bool two_statements(const std::vector<text::DiffStep>& steps) {
  size_t only_a = 0, only_b = 0;
  bool replaced = false;
  size_t run_a = 0, run_b = 0;  // the current run of changes on each side
  for (const auto& step : steps) {
    if (step.op == DiffToken::Op::Equal) {
      replaced = replaced || (run_a > 0 && run_b > 0);
      run_a = run_b = 0;
    } else if (step.op == DiffToken::Op::Delete) {
      ++only_a;
      ++run_a;
    } else {
      ++only_b;
      ++run_b;
    }
  }
  replaced = replaced || (run_a > 0 && run_b > 0);
  return !replaced && only_a >= kOwnWords && only_b >= kOwnWords;
}

}  // namespace

Scorer::Scorer(const Analysis& analysis, const std::vector<ClaimFeatures>& features,
               const Interner& interner, const std::vector<uint32_t>& frequency,
               const Lexicon& lexicon)
    : analysis_(analysis),
      features_(features),
      interner_(interner),
      frequency_(frequency),
      lexicon_(lexicon),
      groups_(interner.size(), nullptr),
      weights_(interner.size(), 0),
      quote_words_(analysis.claims.size()) {
  for (uint32_t id = 1; id < interner.size(); ++id) {
    groups_[id] = lexicon.groups(interner.text(id));
    // Rarer words weigh more: a word in every claim of the story says little.
    weights_[id] = 1.0 / std::log2(2.0 + frequency_[id]);
  }
}

double Scorer::weight(uint32_t keyword) const {
  return weights_[keyword];
}

const std::vector<text::Word>& Scorer::quote_words(const Claim& claim) const {
  auto& slot = quote_words_[claim.index];
  if (!slot) slot = lexicon_.tokens(claim.object);
  return *slot;
}

double Scorer::Content::value() const {
  if (entities_known && words_known) return 0.5 * entity_overlap + 0.5 * word_overlap;
  if (entities_known) return entity_overlap;
  if (words_known) return word_overlap;
  return 0;
}

Scorer::Content Scorer::content(const ClaimFeatures& a, const ClaimFeatures& b) const {
  Content out;
  if (!a.entities.empty() && !b.entities.empty()) {
    out.entities_known = true;
    for (uint32_t e : a.entities) out.shared_entities += contains(b.entities, e);
    out.entity_overlap = static_cast<double>(out.shared_entities) /
                         static_cast<double>(std::min(a.entities.size(), b.entities.size()));
  }
  if (!a.keywords.empty() && !b.keywords.empty()) {
    out.words_known = true;
    double weight_a = 0, weight_b = 0;
    for (uint32_t k : a.keywords) weight_a += weight(k);
    for (uint32_t k : b.keywords) weight_b += weight(k);
    // Count matches from the lighter side, so that a short claim inside a long one scores high.
    const ClaimFeatures& base = weight_a <= weight_b ? a : b;
    const ClaimFeatures& other = weight_a <= weight_b ? b : a;
    double shared_weight = 0;
    for (uint32_t k : base.keywords) {
      bool match = contains(other.keywords, k);
      for (size_t i = 0; !match && groups_[k] && i < other.keywords.size(); ++i) {
        match = Lexicon::share(groups_[k], groups_[other.keywords[i]], true);
      }
      if (!match) continue;
      ++out.shared_words;
      shared_weight += weight(k);
      out.listed.push_back(k);
    }
    double base_weight = std::min(weight_a, weight_b);
    out.word_overlap =
        std::max(shared_weight / base_weight,
                 std::min(1.0, kPerSharedWord * static_cast<double>(out.shared_words)));
  }
  return out;
}

std::string Scorer::describe(const Content& c) const {
  std::string out;
  if (c.entities_known) {
    out += "; " + std::to_string(c.shared_entities) + " shared entit" +
           (c.shared_entities == 1 ? "y" : "ies");
  }
  if (c.words_known) {
    out +=
        "; " + std::to_string(c.shared_words) + " shared word" + (c.shared_words == 1 ? "" : "s");
    for (size_t i = 0; i < c.listed.size() && i < 6; ++i) {
      out += (i ? ", " : " (") + interner_.text(c.listed[i]);
    }
    if (!c.listed.empty()) out += ")";
  }
  return out;
}

double Scorer::score(uint32_t a, uint32_t b, std::string* reason) const {
  const ClaimFeatures& fa = features_[a];
  const ClaimFeatures& fb = features_[b];
  if (fa.kind == ClaimKind::Quote && fb.kind == ClaimKind::Quote) {
    return quotes(analysis_.claims[a], analysis_.claims[b], reason);
  }
  if (fa.kind == ClaimKind::Quantity || fb.kind == ClaimKind::Quantity) {
    if (fa.kind != fb.kind) return 0;  // a figure and a statement are not one fact
    return quantities(fa, fb, reason);
  }
  return events(fa, fb, reason);
}

double Scorer::quotes(const Claim& a, const Claim& b, std::string* reason) const {
  if (!a.speaker.empty() && a.speaker == b.speaker) return same_speaker_quotes(a, b, reason);
  const auto& words_a = quote_words(a);
  const auto& words_b = quote_words(b);
  if (words_a.size() < kAttributionWords || words_b.size() < kAttributionWords) return 0;
  size_t common = text::common_words(text::diff_words(words_a, words_b));
  size_t longer = std::max(words_a.size(), words_b.size());
  double score = static_cast<double>(common) / static_cast<double>(longer);
  if (score < kAttributionSimilarity) return 0;
  if (reason) {
    *reason = "the same words (" + std::to_string(common) + " of " + std::to_string(longer) +
              ") quoted " +
              (a.speaker.empty() || b.speaker.empty() ? "with a speaker in one source only"
                                                      : "from different speakers");
  }
  return score;
}

double Scorer::same_speaker_quotes(const Claim& a, const Claim& b, std::string* reason) const {
  const auto& words_a = quote_words(a);
  const auto& words_b = quote_words(b);
  if (words_a.empty() || words_b.empty()) return 0;
  auto steps = text::diff_words(words_a, words_b);
  size_t common = text::common_words(steps);
  size_t shorter = std::min(words_a.size(), words_b.size());
  size_t longer = std::max(words_a.size(), words_b.size());
  if (longer < kShortQuote) {
    return fragments(a, b, static_cast<double>(common) / static_cast<double>(longer), reason);
  }
  if (shorter < kShortQuote && common < shorter) {
    return 0;  // a fragment of a longer quote is one only when it is a cut of it
  }
  if (two_statements(steps)) return 0;
  // The shorter quote measured against the longer: a partial quote still aligns. A handful
  // of shared words ("hosting the Oscars") is not yet one statement, nor are a few words
  // scattered over a long quote (a shared name: "the Endangered Species Act").
  double score = static_cast<double>(common) / static_cast<double>(shorter);
  if (common < std::min(kShortQuote, shorter - 1) || score < kMinQuoteOverlap) return 0;
  bool a_longer = words_a.size() >= words_b.size();
  size_t first = SIZE_MAX, last = 0;
  for (const auto& step : steps) {
    if (step.op != DiffToken::Op::Equal) continue;
    size_t at = a_longer ? step.first : step.second;
    first = std::min(first, at);
    last = std::max(last, at);
  }
  if (last - first + 1 > kMatchSpread * shorter) return 0;
  if (reason) {
    *reason = "same speaker; " + std::to_string(common) + " of " + std::to_string(shorter) +
              " words of the shorter quote in order in the other (" + std::to_string(longer) +
              " words)";
  }
  return score;
}

double Scorer::fragments(const Claim& a, const Claim& b, double quote_score,
                         std::string* reason) const {
  // Fragments ("unnecessary" / "pointless") are compared by the sentences around them,
  // leaving out the quoted words and the attribution itself (speaker name, title, cue
  // verb): two statements of one speaker always share those.
  auto context = [&](const Claim& claim) {
    std::vector<uint32_t> attribution;
    for (std::string_view source :
         {analysis_.entity_name(claim.speaker), std::string_view(claim.speaker_text),
          std::string_view(claim.cue)}) {
      for (const auto& w : text::words(source)) attribution.push_back(context_id(w.norm));
    }
    std::vector<uint32_t> out;
    Span extent = analysis_.sentence_extent(claim);
    const Document& document = analysis_.documents[claim.source];
    for (const auto& w : text::words(document.slice(extent))) {
      uint32_t at = extent.start + w.span.start;
      if (claim.span.contains(at)) continue;
      std::string_view word = w.norm;
      if (word.size() > 2 && word.substr(word.size() - 2) == "'s") word.remove_suffix(2);
      if (word.size() < 3 || lexicon_.stopword(word)) continue;
      uint32_t id = context_id(word);
      if (std::find(attribution.begin(), attribution.end(), id) == attribution.end()) {
        out.push_back(id);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  auto ca = context(a);
  auto cb = context(b);
  std::vector<std::string> shared;
  for (uint32_t x : ca) {
    bool match = std::binary_search(cb.begin(), cb.end(), x);
    for (size_t i = 0; !match && i < cb.size(); ++i) {
      match = Lexicon::share(context_groups_[x], context_groups_[cb[i]], true);
    }
    if (match) shared.push_back(context_words_[x]);
  }
  size_t all = ca.size() + cb.size() - shared.size();
  double context_score =
      all == 0 ? 0 : static_cast<double>(shared.size()) / static_cast<double>(all);
  // The same telling verb ("threatened", "called") on both sides points to one statement.
  bool same_cue = !a.cue.empty() && a.cue == b.cue && !lexicon_.neutral_cue(a.cue);
  // Two different fragments need a strongly shared sentence: at least three content words.
  double score =
      shared.size() >= kSharedContext
          ? std::min(1.0, 0.5 * quote_score + 1.6 * context_score + (same_cue ? kSameCue : 0.0))
          : 0.5 * quote_score;
  if (reason) {
    std::string listed;
    for (size_t i = 0; i < shared.size() && i < 6; ++i) listed += (i ? ", " : "") + shared[i];
    *reason = "same speaker; short quotes in sentences sharing " + std::to_string(shared.size()) +
              " content words (" + listed + "), context overlap " + percent(context_score) +
              (same_cue ? "; both introduced by '" + a.cue + "'" : "");
  }
  return score;
}

uint32_t Scorer::context_id(std::string_view word) const {
  std::string key = lexicon_.key(word, stemmer_);
  auto [it, fresh] = context_ids_.try_emplace(key, static_cast<uint32_t>(context_words_.size()));
  if (fresh) {
    context_words_.emplace_back(word);  // shown in reasons: the word, not its stem
    context_groups_.push_back(lexicon_.groups(key));
  }
  return it->second;
}

double Scorer::quantities(const ClaimFeatures& a, const ClaimFeatures& b,
                          std::string* reason) const {
  if (a.dimension != b.dimension) return 0;
  double counted = kUnknownCounted;
  if (a.counted && b.counted) {
    bool same =
        a.counted == b.counted || Lexicon::share(groups_[a.counted], groups_[b.counted], true);
    if (!same) return 0;  // two different things counted
    counted = 1;
  }
  Content c = content(a, b);
  if (counted < 1 && c.shared_entities == 0 && c.shared_words == 0) return 0;
  double score = 0.5 * counted + 0.5 * c.value();
  bool other_predicate = a.family && b.family && a.family != b.family;
  if (other_predicate) score *= kOtherPredicate;
  if (reason) {
    *reason = (counted == 1 ? "both count '" + interner_.text(a.counted) + "'"
                            : std::string("what is counted is named in one source only")) +
              " in the same unit" + describe(c) + (other_predicate ? "; different predicates" : "");
  }
  return score;
}

bool Scorer::disjoint_participants(const ClaimFeatures& a, const ClaimFeatures& b) const {
  bool a_has = false, b_has = false;
  for (uint32_t e : a.entities) {
    if (e == a.actor || e == b.actor) continue;
    a_has = true;
    if (contains(b.entities, e)) return false;
  }
  for (uint32_t e : b.entities) b_has = b_has || (e != a.actor && e != b.actor);
  return a_has && b_has;
}

double Scorer::events(const ClaimFeatures& a, const ClaimFeatures& b, std::string* reason) const {
  double predicate = 0;
  std::string said;
  if (a.predicate && a.predicate == b.predicate) {
    predicate = 1;
    said = "same predicate '" + interner_.text(a.predicate) + "'";
  } else if (a.family && a.family == b.family) {
    predicate = 0.8;
    said = "predicates '" + interner_.text(a.predicate) + "' and '" + interner_.text(b.predicate) +
           "' of one family";
  } else {
    return 0;
  }
  Content c = content(a, b);
  if (c.shared_entities == 0 && c.shared_words == 0) return 0;
  // Named participants besides the actor that have nothing in common ("the match in
  // Madrid" / "in Lisbon") mark two events, unless the wording is largely the same.
  if (c.word_overlap < 0.5 && disjoint_participants(a, b)) return 0;
  double score = kPredicateWeight * predicate + kContentWeight * c.value();
  bool other_actor = a.actor && b.actor && a.actor != b.actor && !contains(a.entities, b.actor) &&
                     !contains(b.entities, a.actor);
  if (other_actor) score *= kOtherActor;
  const Value& time_a = analysis_.claims[a.claim].time;
  const Value& time_b = analysis_.claims[b.claim].time;
  std::optional<bool> times;
  if (time_a.kind == Value::Kind::Date && time_b.kind == Value::Kind::Date) {
    times = dates_overlap(time_a, time_b);
  }
  if (times && !*times) score *= kOtherTime;
  if (reason) {
    *reason = said + describe(c) + (other_actor ? "; different actors" : "") +
              (times ? (*times ? "; same time" : "; different times") : "");
  }
  return score;
}

}  // namespace cc::align
