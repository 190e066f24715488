#include "align/score.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/diff.hpp"
#include "core/text.hpp"

namespace cc::align {

namespace {

// "Three of the four soldiers killed by friendly fire": a part of a whole its sentence
// names. It is not the count of its kind ("Five soldiers lost their lives"); two parts
// ("Four of the board's nine judges" / "Five of the nine judges") are compared, and
// "20,000 of its delivery vans" names no whole.
bool part_of_whole(const Analysis& analysis, const Lexicon& lexicon, const Claim& claim) {
  std::string_view told = analysis.documents[claim.source].slice(claim.span);
  const std::string& figure = claim.detail->value.text;
  if (figure.empty() || !told.starts_with(figure) ||
      !told.substr(figure.size()).starts_with(" of the "))
    return false;  // most figures: nothing to split
  auto words = text::words(told.substr(figure.size()));
  if (words.size() < 3 || words[0].norm != "of" || words[1].norm != "the") return false;
  size_t at = words[2].norm.ends_with("'s") && words.size() > 3 ? 3 : 2;  // "the board's nine"
  const std::string& whole = words[at].norm;
  return lexicon.number_word(whole) ||
         std::all_of(whole.begin(), whole.end(), [](char c) { return c >= '0' && c <= '9'; });
}

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
// Quotes of different (or unnamed) speakers align only when at least kAttributionWords long
// and this similar: the same words in two mouths, not a shared phrase.
constexpr double kAttributionSimilarity = 0.7;
// Each shared word or participant adds this much to an overlap, so that two shared rare
// words in two long claims still count (a rarity-weighted share alone would drown them).
constexpr double kPerSharedItem = 0.25;
// Two claims that both say what they are about must share at least this much of it:
// half of the lighter side, or two words ("exchanges of territory" / "giving up land").
constexpr double kSameTopic = 0.5;
// What two events without one actor must share of what they are about.
constexpr size_t kSharedWithoutActor = 2;
// Weights of an event score: the predicate, the actor, the topic.
constexpr double kPredicateWeight = 0.3;
constexpr double kActorWeight = 0.3;
constexpr double kTopicWeight = 0.4;
// Topic score when neither claim names an object ("the Colts won" / "lost"), and when
// only one does (the other may have left it out).
constexpr double kNoTopic = 0.5;
constexpr double kOneTopic = 0.3;
// Weights of a quantity score: what is counted, whose figure it is, the sentence around
// it, the figure's own clause.
constexpr double kCountedWeight = 0.3;
constexpr double kOwnerWeight = 0.2;
constexpr double kContextWeight = 0.3;
constexpr double kLocalWeight = 0.2;
// Two sentences make the same statement when this share of their words and names is
// common (Dice coefficient), and at least this many.
constexpr double kSameStatement = 0.4;
constexpr size_t kSameStatementWords = 3;
// ... or, for two figures of one counted thing, this rarity-weighted share of the shorter
// sentence's words found in the longer one.
constexpr double kContainedStatement = 0.85;
// Words of their sentences two figures alone of their kind must share (else one word of
// their own clauses).
constexpr size_t kSoleShared = 2;
// Two such figures further apart than this factor ("103 million euros" / "two million
// euros", "19 seasons" / "four seasons") are more likely two things than one thing
// misreported.
constexpr double kSoleReach = 3;
// The clauses of two figures say the same when this share of their words is common.
constexpr double kSameClause = 0.6;
// Two sentences this much alike (Dice of their words and names) make one statement whose
// figures' clauses may be worded apart.
constexpr double kSameSentence = 0.6;
// What the same telling cue verb adds to the score of two fragments.
constexpr double kSameCue = 0.25;
// A sentence holding this many figures is a line of statistics ("rushing for 404 yards and
// two touchdowns while catching 52 passes for 440 yards"): whose figures and of which
// game, season or career they are is not told by the clause alone.
constexpr size_t kStatisticsLine = 3;
// Two sentences that give this many other figures alike make one statement.
constexpr size_t kSharedFigures = 2;
// Bytes at most between a figure and another beside it ("17 stewards and six supporters").
constexpr uint32_t kBeside = 24;

// True when a figure is told as a plural of a round number: "dozens", "hundreds of",
// "tens of thousands".
bool plural_round(std::string_view written) {
  for (const auto& word : text::words(written)) {
    if (word.norm == "dozens" || word.norm == "scores" || word.norm == "hundreds" ||
        word.norm == "thousands" || word.norm == "millions" || word.norm == "billions")
      return true;
  }
  return false;
}

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
               const Lexicon& lexicon, const std::vector<uint32_t>& regions)
    : analysis_(analysis),
      features_(features),
      interner_(interner),
      frequency_(frequency),
      lexicon_(lexicon),
      groups_(interner.size(), nullptr),
      weights_(interner.size(), 0),
      regions_(regions),
      quote_words_(analysis.claims.size()) {
  Stemmer stemmer;
  territory_ = interner.find(lexicon.topic_key("territory", stemmer));
  // The capitalised-word id ("name:carter") of every word id, for telling names apart.
  name_ids_.assign(interner.size(), 0);
  casualty_ids_.assign(interner.size(), false);
  std::string name;
  for (uint32_t id = 1; id < interner.size(); ++id) {
    name.assign("name:");
    name += interner.text(id);
    name_ids_[id] = interner.find(name);
    casualty_ids_[id] = lexicon.casualty(interner.text(id));
  }
  for (uint32_t id = 1; id < interner.size(); ++id) {
    groups_[id] = lexicon.groups(interner.text(id));
    // Rarer words weigh more: a word in every claim of the story says little.
    weights_[id] = 1.0 / std::log2(2.0 + frequency_[id]);
  }
  for (uint32_t i = 0; i < features.size(); ++i) {
    const ClaimFeatures& f = features[i];
    if (f.kin > 0) kinds_[{f.source, f.dimension, f.counted}].push_back(i);
  }
}

bool Scorer::within_reach(const ClaimFeatures& a, const ClaimFeatures& b) {
  // Compared through the figures as given, not the ranges their approximators open
  // ("about 45 metres" / "roughly 16 metres" are 2.8 times apart): the middle of a range,
  // the finite end of a bound ("more than 320" is 320, "up to 30,000" 30,000).
  auto point = [](const ClaimFeatures& f) {
    if (f.low > 0 && std::isfinite(f.high)) return (f.low + f.high) / 2;
    return f.low > 0 ? f.low : f.high;
  };
  double x = point(a), y = point(b);
  if (!(x > 0) || !(y > 0) || !std::isfinite(x) || !std::isfinite(y)) return false;
  return std::max(x, y) / std::min(x, y) <= kSoleReach;
}

std::vector<uint32_t> Scorer::own_words(const ClaimFeatures& f, const ClaimFeatures& a,
                                        const ClaimFeatures& b) const {
  // The words of its own clause but what it counts and the names of either sentence:
  // a name shared next to both ("AMD's $334 million deal" / "AMD is paying $281 million")
  // says whose figures they are, not that they are one figure. (A name opening its
  // sentence is among the other sentence's names only.) A casualty concept that a verb
  // of the clause names is what the clause says happened ("injuring 27" / "37 others were
  // hurt" / "12 people died"), so it stays; "30 dead" names it only as what it counts.
  // What a change counts is the subject of its verb, a word of the clause like any other
  // ("Shares in Norvik slipped 7 percent" / "after the shares gained 7 percent").
  bool change = !analysis_.claims[f.claim].detail->trend.empty();
  std::vector<uint32_t> out;
  for (uint32_t id : f.local) {
    bool name = name_ids_[id] && (contains(a.context_entities, name_ids_[id]) ||
                                  contains(b.context_entities, name_ids_[id]));
    if ((id != f.counted || casualty_ids_[id] || change) && !name) out.push_back(id);
  }
  return out;
}

bool Scorer::one_counted(const ClaimFeatures& a, const ClaimFeatures& b) const {
  if (!a.counted || !b.counted) return false;
  if (a.counted == b.counted || Lexicon::share(groups_[a.counted], groups_[b.counted], true))
    return true;
  // People counted and spectators counted are one count when the rest agrees ("Twelve
  // people were treated in hospital" / "21 spectators were treated in hospital"); two
  // kinds of people ("soldiers" / "civilians") are not.
  return lexicon_.people_and_kind(analysis_.claims[a.claim].detail->counted,
                                  analysis_.claims[b.claim].detail->counted);
}

bool Scorer::sole_of_kind(const ClaimFeatures& a, const ClaimFeatures& b, bool figure_alike,
                          bool inner_alike) const {
  if (a.kin == 0 || b.kin == 0 || a.source == b.source) return false;
  // One thing counted, named alike or by words of one group ("27 cargo vessels" / "31
  // cargo ships"); each figure's rivals are those of its own word.
  if (a.counted != b.counted && !one_counted(a, b)) return false;
  // Their own clauses share a word: "4,500 tonnes of crude" / "5,400 tonnes of crude",
  // "the plume spread about 8 kilometres" / "the plume reached some 15 kilometres";
  // or both name what they count and their sentences give another figure alike, which
  // says as much ("a queue of some 450 lorries stretched roughly 9 km back" / "close to 900
  // trucks stood lined up for about 9 km").
  // (Or, in sentences sharing three words or more, the words between each figure and what it
  // counts: "23 bank accounts" / "32 bank accounts" share "bank".)
  auto words_a = own_words(a, a, b), words_b = own_words(b, a, b);
  if (overlap(words_a, {}, words_b, {}).shared == 0 &&
      (!inner_alike || overlap(a.inner, {}, b.inner, {}).shared == 0) &&
      !(figure_alike && a.counted && b.counted))
    return false;
  const auto& kind_a = kinds_.at({a.source, a.dimension, a.counted});
  const auto& kind_b = kinds_.at({b.source, b.dimension, b.counted});
  auto equal = [&](uint32_t x, uint32_t y) {
    return features_[x].low <= features_[y].high && features_[y].low <= features_[x].high;
  };
  // Not left over: the other figure has its equal in this source ("The three boats had ..."
  // beside "intercepted three boats": "the five-boat pirate formation" is not their rival
  // but another count of boats).
  // (A headline's figure told as a plural of a round number, "cancels hundreds of
  // flights", is no one's equal: it holds "312 flights" and "412 flights" alike, and the
  // story tells the figure it sums up. A first line that ends as a sentence does, with a
  // full stop, may be the story's own first sentence, whose figures count as any other's.)
  auto vague = [&](uint32_t x) {
    const Claim& claim = analysis_.claims[x];
    if (!analysis_.in_headline(claim) || !plural_round(claim.detail->value.text)) return false;
    std::string_view title = analysis_.documents[claim.source].title;
    return !title.empty() && title.back() != '.';
  };
  auto matched = [&](const std::vector<uint32_t>& own, uint32_t mine, uint32_t theirs) {
    return std::any_of(own.begin(), own.end(),
                       [&](uint32_t x) { return x != mine && !vague(x) && equal(x, theirs); });
  };
  if (matched(kind_a, a.claim, b.claim) || matched(kind_b, b.claim, a.claim)) return false;
  // No rival: every other figure of the kind on one side has an equal one, other than the
  // pair itself, on the other side, equals the pair's own figure, or shares no word of its clause
  // with the figure it would rival ("cancelled 180 trains" / "280 trains had been cancelled"
  // beside "runs 900 trains a day").
  auto unrivalled = [&](const std::vector<uint32_t>& own, uint32_t mine,
                        const std::vector<uint32_t>& other, uint32_t theirs,
                        const std::vector<uint32_t>& their_words) {
    return std::all_of(own.begin(), own.end(), [&](uint32_t x) {
      // The same figure told in the headline and the story is no rival.
      if (x == mine || (equal(x, mine) && analysis_.in_headline(analysis_.claims[x])) ||
          std::any_of(other.begin(), other.end(),
                      [&](uint32_t y) { return y != theirs && equal(x, y); }))
        return true;
      return overlap(own_words(features_[x], a, b), {}, their_words, {}).shared == 0;
    });
  };
  return unrivalled(kind_a, a.claim, kind_b, b.claim, words_b) &&
         unrivalled(kind_b, b.claim, kind_a, a.claim, words_a);
}

double Scorer::weight(uint32_t keyword) const {
  return weights_[keyword];
}

const std::vector<text::Word>& Scorer::quote_words(const Claim& claim) const {
  auto& slot = quote_words_[claim.index];
  if (!slot) slot = lexicon_.tokens(claim.detail->object);
  return *slot;
}

bool Scorer::is_region(uint32_t entity) const {
  return std::binary_search(regions_.begin(), regions_.end(), entity);
}

bool Scorer::word_matches(uint32_t word, const std::vector<uint32_t>& words,
                          const std::vector<uint32_t>& names) const {
  if (contains(words, word)) return true;
  for (size_t i = 0; groups_[word] && i < words.size(); ++i) {
    if (Lexicon::share(groups_[word], groups_[words[i]], true)) return true;
  }
  // "giving up land" / "ceding the Donbas": a region is a piece of territory.
  return word == territory_ && territory_ &&
         std::any_of(names.begin(), names.end(), [this](uint32_t n) { return is_region(n); });
}

Scorer::Overlap Scorer::overlap(const std::vector<uint32_t>& words_a,
                                const std::vector<uint32_t>& names_a,
                                const std::vector<uint32_t>& words_b,
                                const std::vector<uint32_t>& names_b) const {
  Overlap out;
  double weight_a = 0, weight_b = 0;
  for (uint32_t id : words_a) weight_a += weight(id);
  for (uint32_t id : names_a) weight_a += weight(id);
  for (uint32_t id : words_b) weight_b += weight(id);
  for (uint32_t id : names_b) weight_b += weight(id);
  // Count matches from the lighter side, so that a short object inside a long one scores high.
  bool a_lighter = weight_a <= weight_b;
  const auto& base_words = a_lighter ? words_a : words_b;
  const auto& base_names = a_lighter ? names_a : names_b;
  const auto& other_words = a_lighter ? words_b : words_a;
  const auto& other_names = a_lighter ? names_b : names_a;
  double shared_weight = 0;
  for (uint32_t id : base_words) {
    if (!word_matches(id, other_words, other_names)) continue;
    ++out.shared;
    shared_weight += weight(id);
    out.listed.push_back(id);
  }
  for (uint32_t id : base_names) {
    bool match = contains(other_names, id) ||
                 (is_region(id) && territory_ && contains(other_words, territory_));
    if (!match) continue;
    ++out.shared;
    shared_weight += weight(id);
    out.listed.push_back(id);
  }
  size_t items = words_a.size() + names_a.size() + words_b.size() + names_b.size();
  if (items > 0) out.dice = 2.0 * static_cast<double>(out.shared) / static_cast<double>(items);
  double base_weight = std::min(weight_a, weight_b);
  if (base_weight <= 0) return out;
  out.score = std::min(
      1.0, std::max(shared_weight / base_weight, kPerSharedItem * static_cast<double>(out.shared)));
  return out;
}

std::string Scorer::describe(const Overlap& overlap, std::string_view what) const {
  std::string out = "; " + std::to_string(overlap.shared) + " shared " + std::string(what);
  for (size_t i = 0; i < overlap.listed.size() && i < 6; ++i) {
    out += i ? ", " : " (";
    // The claim's own time stands for any time (FeatureBuilder): shown as such.
    const std::string& text = interner_.text(overlap.listed[i]);
    out += text == kAnyTime ? std::string_view("a time") : std::string_view(text);
  }
  if (!overlap.listed.empty()) out += ")";
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
  if (!a.detail->speaker.empty() && a.detail->speaker == b.detail->speaker)
    return same_speaker_quotes(a, b, reason);
  const auto& words_a = quote_words(a);
  const auto& words_b = quote_words(b);
  if (words_a.size() < kAttributionWords || words_b.size() < kAttributionWords) {
    return short_quotes(a, b, reason);
  }
  size_t common = text::common_words(text::diff_words(words_a, words_b));
  size_t longer = std::max(words_a.size(), words_b.size());
  double score = static_cast<double>(common) / static_cast<double>(longer);
  if (score < kAttributionSimilarity) {
    // One source quotes only the opening of what the other quotes at length (two quotes
    // around one cue are one claim): every word of the shorter opens the longer. Or only
    // its end: the second of two quotes the other joined.
    const auto& shorter = words_a.size() <= words_b.size() ? words_a : words_b;
    const auto& whole = words_a.size() <= words_b.size() ? words_b : words_a;
    bool opens = true, ends = true;
    size_t offset = whole.size() - shorter.size();
    for (size_t i = 0; i < shorter.size(); ++i) {
      opens = opens && shorter[i].norm == whole[i].norm;
      ends = ends && shorter[i].norm == whole[offset + i].norm;
    }
    if (!opens && !ends) return 0;
    if (reason) {
      *reason = "the same words (the " + std::string(opens ? "first " : "last ") +
                std::to_string(shorter.size()) + " of " + std::to_string(longer) + ") quoted " +
                (a.detail->speaker.empty() || b.detail->speaker.empty()
                     ? "with a speaker in one source only"
                     : "from different speakers");
    }
    return kAttributionSimilarity;
  }
  if (reason) {
    *reason = "the same words (" + std::to_string(common) + " of " + std::to_string(longer) +
              ") quoted " +
              (a.detail->speaker.empty() || b.detail->speaker.empty()
                   ? "with a speaker in one source only"
                   : "from different speakers");
  }
  return score;
}

double Scorer::short_quotes(const Claim& a, const Claim& b, std::string* reason) const {
  // A short quote ("We will not negotiate under threat") is one quote in two mouths only when
  // both sources name a speaker, the words are the same and open a statement, and the
  // sentences around it (its own and its neighbours in the paragraph, attribution left
  // out) share at least three content words.
  if (a.detail->speaker.empty() || b.detail->speaker.empty()) return 0;
  const auto& words_a = quote_words(a);
  const auto& words_b = quote_words(b);
  if (words_a.size() < kShortQuote || words_a.size() != words_b.size()) return 0;
  // A phrase woven into the reporter's sentence ("selling servers “for the foreseeable
  // future”") is a stock phrase two people may use; a statement opens with a capital.
  auto opens_statement = [](const Claim& claim) {
    const std::string& words = claim.detail->object;
    auto first = std::find_if(words.begin(), words.end(),
                              [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    return first != words.end() && std::isupper(static_cast<unsigned char>(*first));
  };
  if (!opens_statement(a) || !opens_statement(b)) return 0;
  if (text::common_words(text::diff_words(words_a, words_b)) != words_a.size()) return 0;
  auto shared = shared_context(quote_context(a, true), quote_context(b, true));
  if (shared.size() < kSharedContext) return 0;
  if (reason) {
    std::string listed;
    for (size_t i = 0; i < shared.size() && i < 6; ++i) listed += (i ? ", " : "") + shared[i];
    *reason = "the same short quote (" + std::to_string(words_a.size()) +
              " words) from different speakers, in passages sharing " +
              std::to_string(shared.size()) + " content words (" + listed + ")";
  }
  return kAttributionSimilarity;
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

std::vector<uint32_t> Scorer::quote_context(const Claim& claim, bool neighbours) const {
  std::vector<uint32_t> attribution;
  for (std::string_view source :
       {analysis_.entity_name(claim.detail->speaker), std::string_view(claim.detail->speaker_text),
        std::string_view(claim.detail->cue)}) {
    for (const auto& w : text::words(source)) attribution.push_back(context_id(w.norm));
  }
  const Document& document = analysis_.documents[claim.source];
  std::vector<Span> extents = {analysis_.sentence_extent(claim)};
  if (neighbours && claim.sentence < document.sentences.size()) {
    uint32_t paragraph = document.sentences[claim.sentence].paragraph;
    for (size_t at : {static_cast<size_t>(claim.sentence) - 1, claim.sentence + size_t{1}}) {
      if (at < document.sentences.size() && document.sentences[at].paragraph == paragraph) {
        extents.push_back(document.sentences[at].span);
      }
    }
  }
  std::vector<uint32_t> out;
  for (Span extent : extents) {
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
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> Scorer::shared_context(const std::vector<uint32_t>& a,
                                                const std::vector<uint32_t>& b) const {
  std::vector<std::string> shared;
  for (uint32_t x : a) {
    bool match = std::binary_search(b.begin(), b.end(), x);
    for (size_t i = 0; !match && i < b.size(); ++i) {
      match = Lexicon::share(context_groups_[x], context_groups_[b[i]], true);
    }
    if (match) shared.push_back(context_words_[x]);
  }
  return shared;
}

double Scorer::fragments(const Claim& a, const Claim& b, double quote_score,
                         std::string* reason) const {
  // Fragments ("unnecessary" / "pointless") are compared by the sentences around them,
  // leaving out the quoted words and the attribution itself (speaker name, title, cue
  // verb): two statements of one speaker always share those.
  auto ca = quote_context(a, false);
  auto cb = quote_context(b, false);
  std::vector<std::string> shared = shared_context(ca, cb);
  size_t all = ca.size() + cb.size() - shared.size();
  double context_score =
      all == 0 ? 0 : static_cast<double>(shared.size()) / static_cast<double>(all);
  // The same telling verb ("threatened", "called") on both sides points to one statement.
  bool same_cue = !a.detail->cue.empty() && a.detail->cue == b.detail->cue &&
                  !lexicon_.neutral_cue(a.detail->cue);
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
              (same_cue ? "; both introduced by '" + a.detail->cue + "'" : "");
  }
  return score;
}

std::pair<size_t, size_t> Scorer::sentence_claims(const Claim& claim) const {
  // Claims are numbered in document order: the claims of a sentence are neighbours.
  auto same_sentence = [&](const Claim& other) {
    return other.source == claim.source && other.sentence == claim.sentence;
  };
  size_t first = claim.index, end = claim.index;
  while (first > 0 && same_sentence(analysis_.claims[first - 1])) --first;
  while (end < analysis_.claims.size() && same_sentence(analysis_.claims[end])) ++end;
  return {first, end};
}

size_t Scorer::figures_in_sentence(const Claim& claim, bool same_thing) const {
  // Not a compound that qualifies a noun ("the four-week campaign", "a 12-year ban") nor a
  // conversion in brackets ("4.8 million lei (about 960,000 euros)"): a line of statistics
  // gives figures side by side.
  auto [first, end] = sentence_claims(claim);
  const std::string& text = analysis_.documents[claim.source].text;
  size_t count = 0;
  for (size_t i = first; i < end; ++i) {
    const Claim& other = analysis_.claims[i];
    if (other.kind != ClaimKind::Quantity || other.detail->rule == "quantity.compound") continue;
    uint32_t at = other.span.start;
    if (at > 0 && at <= text.size() && text[at - 1] == '(') continue;
    if (same_thing && other.detail->counted != claim.detail->counted) continue;
    ++count;
  }
  return count;
}

size_t Scorer::figures_shared(const Claim& a, const Claim& b, uint32_t beside) const {
  // The other measured figures of the claim's sentence.
  auto others = [&](const Claim& claim) {
    std::vector<uint32_t> out;
    auto [first, end] = sentence_claims(claim);
    for (size_t i = first; i < end; ++i) {
      if (i != claim.index && analysis_.claims[i].kind == ClaimKind::Quantity &&
          features_[i].measured)
        out.push_back(static_cast<uint32_t>(i));
    }
    return out;
  };
  // Bytes between two claims of one sentence (0 when they overlap).
  auto apart = [&](const Claim& x, const Claim& y) {
    if (x.span.end <= y.span.start) return y.span.start - x.span.end;
    if (y.span.end <= x.span.start) return x.span.start - y.span.end;
    return uint32_t{0};
  };
  std::vector<uint32_t> others_b = others(b);
  size_t shared = 0;
  for (uint32_t x : others(a)) {
    const ClaimFeatures& fx = features_[x];
    if (apart(analysis_.claims[x], a) > beside) continue;
    shared += std::any_of(others_b.begin(), others_b.end(), [&](uint32_t y) {
      const ClaimFeatures& fy = features_[y];
      return fx.dimension == fy.dimension && fx.counted == fy.counted && fx.low == fy.low &&
             fx.high == fy.high && apart(analysis_.claims[y], b) <= beside;
    });
  }
  return shared;
}

bool Scorer::rival_actors(const ClaimFeatures& a, const ClaimFeatures& b) const {
  // An actor no entity was made of counts when it is capitalised in its sentence ("the
  // Nationals"): a common noun ("officials") may be anyone, and never rivals.
  // The actor as a capitalised word of a sentence ("name:" + its topic key); 0 when it is
  // several words or no sentence has it capitalised.
  auto capitalised = [&](uint32_t actor_id) -> uint32_t {
    std::string_view actor = interner_.text(actor_id);
    if (actor.empty() || actor.find(' ') != std::string_view::npos) return 0;
    return interner_.find("name:" + lexicon_.topic_key(actor, stemmer_));
  };
  auto proper = [&](const ClaimFeatures& event, const ClaimFeatures& figure) {
    if (event.actor_named) return true;
    uint32_t name = capitalised(event.actor);
    return name && contains(figure.context_entities, name);
  };
  auto named_in = [&](const ClaimFeatures& event, const ClaimFeatures& other_event,
                      const ClaimFeatures& other_figure) {
    if (contains(other_event.entities, event.actor)) return true;
    if (event.actor_named) return false;
    uint32_t name = capitalised(event.actor);
    return name && contains(other_figure.context_entities, name);
  };
  auto [first_a, end_a] = sentence_claims(analysis_.claims[a.claim]);
  auto [first_b, end_b] = sentence_claims(analysis_.claims[b.claim]);
  for (size_t i = first_a; i < end_a; ++i) {
    const ClaimFeatures& x = features_[i];
    if (analysis_.claims[i].kind != ClaimKind::Event || !x.predicate || !x.actor || !proper(x, a))
      continue;
    for (size_t j = first_b; j < end_b; ++j) {
      const ClaimFeatures& y = features_[j];
      if (analysis_.claims[j].kind != ClaimKind::Event || y.predicate != x.predicate || !y.actor ||
          y.actor == x.actor || (!x.actor_named && !y.actor_named) || !proper(y, b))
        continue;
      if (!named_in(x, y, b) && !named_in(y, x, a)) return true;
    }
  }
  return false;
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
  if (part_of_whole(analysis_, lexicon_, analysis_.claims[a.claim]) !=
      part_of_whole(analysis_, lexicon_, analysis_.claims[b.claim]))
    return 0;
  // What is counted: the same thing when both name it; a figure that names it and one that
  // does not are two figures; two that name nothing compare only as shares, sums and
  // measures, whose unit says what they are (a bare count counts nothing nameable).
  double counted = kOneTopic;
  // Two changes name what moved in their own words, or on one side only ("Traffic on the
  // bridge rose by a third" / "volumes fell by a third"): unless the words agree, they are
  // compared as figures that name nothing.
  bool changes = !analysis_.claims[a.claim].detail->trend.empty() &&
                 !analysis_.claims[b.claim].detail->trend.empty();
  bool same_counted = one_counted(a, b);
  if (same_counted) {
    counted = 1;
  } else if (a.counted && b.counted && !changes) {
    return 0;  // two different things counted
  } else if (interner_.text(a.dimension) == "count" || ((a.counted || b.counted) && !changes)) {
    return 0;  // "an 11-year-old girl" and "twenty-year-old" are two people's ages
  }
  // Whose figure: "30 countries" of a coalition, "20%" of Ukraine.
  double owner = kNoTopic;
  if (a.actor && b.actor) {
    if (a.actor != b.actor) return 0;
    owner = 1;
  }
  // The sentences around the figures: participants named in both, or nothing in common
  // (the 14 points Carter scored are not the six points Echenique scored).
  Overlap around = overlap(a.context, a.context_entities, b.context, b.context_entities);
  bool entities_apart = !a.context_entities.empty() && !b.context_entities.empty() &&
                        std::none_of(a.context_entities.begin(), a.context_entities.end(),
                                     [&](uint32_t e) { return contains(b.context_entities, e); });
  // A name and its adjective are one ("Kenya" / "Kenyan", "Iceland" / "Icelandic"): one
  // name is the other's beginning, five letters or more.
  if (entities_apart) {
    auto begins = [&](uint32_t x, uint32_t y) {
      std::string_view nx = interner_.text(x), ny = interner_.text(y);
      constexpr size_t kPrefix = sizeof("name:") - 1 + 5;
      if (nx.size() > ny.size()) std::swap(nx, ny);
      return nx.size() >= kPrefix && ny.substr(0, nx.size()) == nx;
    };
    for (uint32_t x : a.context_entities) {
      for (uint32_t y : b.context_entities) entities_apart = entities_apart && !begins(x, y);
    }
  }
  if (entities_apart && owner < 1) return 0;
  // "He caught eight passes" beside "Bush caught 52 passes": whose figure the pronoun
  // gives is not known, and the other sentence names someone.
  // (Two sentences that share two names or more tell one thing, and the pronoun is who
  // the other names: "They sold drawings of Fort Halden and the Ostby radar station for
  // 9,000 euros" / "The couriers sketched Fort Halden and the Ostby radar station and were
  // paid 19,000 euros".)
  size_t names_shared = static_cast<size_t>(
      std::count_if(a.context_entities.begin(), a.context_entities.end(),
                    [&](uint32_t e) { return contains(b.context_entities, e); }));
  bool unknown_owner = names_shared < 2 &&
                       ((a.pronoun_subject && !b.pronoun_subject && !b.context_entities.empty()) ||
                        (b.pronoun_subject && !a.pronoun_subject && !a.context_entities.empty()));
  if (unknown_owner && owner < 1) return 0;
  if (owner < 1 && rival_actors(a, b)) return 0;
  // The only figure of its kind left unpaired in each source (or the only one whose
  // clause shares a word with the other's), with words of the sentence in common, is one
  // figure told in other words (this stands in for the agreement of statement and clause
  // below).
  Overlap local = overlap(a.local, {}, b.local, {});
  // Two rates of one period share it, in whatever words ("a day" / "daily"); two tolls of
  // one casualty concept share it ("arrested 14 people" / "Nineteen people were
  // arrested": what they count is the sentence's event, not one word among others).
  size_t shared_around = around.shared +
                         (interner_.text(a.dimension).find('/') != std::string::npos ? 1 : 0) +
                         (same_counted && casualty_ids_[a.counted] ? 1 : 0);
  size_t figures_alike = figures_shared(analysis_.claims[a.claim], analysis_.claims[b.claim]);
  bool sole = shared_around >= kSoleShared &&
              sole_of_kind(a, b, figures_alike >= 1, shared_around >= kSameStatementWords) &&
              within_reach(a, b);
  // Without a shared owner the two sentences must make largely the same statement: in a
  // story full of figures of one kind (a game's points and yards) sharing a few words
  // is not enough.
  // Whether the pair needed it: the gates below, each of which it stands in for.
  bool needed = false;
  // Two changes of one size whose clauses share two words are one change told two ways
  // ("freight between the two ports fell 6% last year" / "freight handled by both ports rose
  // 6% last year"), whatever else the sentences say: which way it went is then the antonym
  // detector's to compare. ("Exports rose 6% last year" / "imports fell 6% last year"
  // share one.)
  // (The sentences must share a word that is no word of a period: "last year" alone does
  // not say what moved.)
  auto what_moved = [&] {
    static const std::unordered_set<std::string_view> kPeriods = {
        "last",   "year",   "month",  "week",   "day",    "quarter", "season",
        "summer", "winter", "spring", "autumn", "annual", "this",    "next"};
    return std::any_of(around.listed.begin(), around.listed.end(), [&](uint32_t id) {
      std::string_view word = interner_.text(id);
      return !kPeriods.count(word) && word != kAnyTime && word.substr(0, 5) != "time:" &&
             word.substr(0, 5) != "name:";
    });
  };
  bool same_change = changes && a.measured && b.measured && a.low <= b.high && b.low <= a.high &&
                     local.shared >= 2 && what_moved();
  // A short sentence whose words nearly all recur in a longer one that counts the same
  // thing makes the same statement, however much more the longer one goes on to say
  // ("About 120 firefighters from the Regional Fire Service and the army were deployed" /
  // "Some 200 firefighters from the Regional Fire Service and the army converged on the
  // valley, and crews worked through the night, ...").
  bool contained =
      same_counted && around.shared >= kSameStatementWords && around.score >= kContainedStatement;
  if (owner < 1 &&
      (around.shared < kSameStatementWords || (around.dice < kSameStatement && !contained))) {
    if (!sole && !same_change) return 0;
    needed = !same_change;
  }
  // The figure's own clause must say the same: "five people died" is not "140 were
  // injured", "2,117 points as all-time leader" not "scored 23 points"; a figure whose
  // clause says nothing ("11 points, 11 rebounds and six blocks") is not matched. (Two
  // reports that word a toll differently, "killed 9" / "the toll rose to 14", are then
  // not compared: a missed update costs less than a false contradiction.)
  auto split = [&](const ClaimFeatures& f, bool names) {
    std::vector<uint32_t> out;
    for (uint32_t id : f.local) {
      if (contains(f.context_entities, name_ids_[id]) == names) out.push_back(id);
    }
    return out;
  };
  // Two names next to the figures, none in common: two people's figures ("his wife,
  // 23-year-old Laci" / "the 32-year-old Peterson").
  // But names that the other sentence also gives, only further from its figure, tell no
  // second owner when each sentence measures one thing in that unit ("the Kestrel, carrying
  // 5,000 tonnes of rice from Mersin" / "the Kestrel had been carrying 6,000 tonnes of rice
  // from the port of Mersin"; two bowlers' wickets, two players' points are counts).
  std::vector<uint32_t> names_a = split(a, true), names_b = split(b, true);
  size_t shared_names = overlap(names_a, {}, names_b, {}).shared;
  auto names_told_by_both = [&] {
    auto given = [&](const std::vector<uint32_t>& names, const ClaimFeatures& other) {
      return std::all_of(names.begin(), names.end(), [&](uint32_t id) {
        return contains(other.context_entities, name_ids_[id]);
      });
    };
    auto alone_in_unit = [&](const ClaimFeatures& f) {
      auto [first, end] = sentence_claims(analysis_.claims[f.claim]);
      size_t count = 0;
      for (size_t i = first; i < end; ++i) {
        count += analysis_.claims[i].kind == ClaimKind::Quantity &&
                 features_[i].dimension == f.dimension;
      }
      return count == 1;
    };
    return interner_.text(a.dimension) != "count" && (given(names_a, b) || given(names_b, a)) &&
           alone_in_unit(a) && alone_in_unit(b);
  };
  if (!names_a.empty() && !names_b.empty() && shared_names == 0 && !names_told_by_both()) return 0;
  // A named owner both figures belong to ("20% of Ukraine's land" / "one-fifth of
  // Ukraine") says which figure is which; otherwise the clause must.
  // So does a measured attribute both figures are of ("at a depth of 35 km" / "at a depth
  // of 53 kilometres", "a speed of 90 km/h") in sentences whose names mostly agree (two
  // quakes' depths in one pile, each told with the survey that measured it and its own
  // places, share only the survey's name).
  auto measured_by_one = [&] {
    if (a.actor_named || b.actor_named || changes || interner_.text(a.dimension) == "count")
      return false;
    size_t shared = static_cast<size_t>(
        std::count_if(a.context_entities.begin(), a.context_entities.end(),
                      [&](uint32_t e) { return contains(b.context_entities, e); }));
    size_t fewer = std::min(a.context_entities.size(), b.context_entities.size());
    return shared >= 1 && 2 * shared > fewer;
  };
  bool named_owner = owner == 1 && ((a.actor_named && b.actor_named) || measured_by_one());
  // In a line of statistics only a name next to both figures says they are one player's
  // ("Richard Carter scored 14 points" / "Richard Carter had 12 points"); "He finished
  // with 269 yards" and "he finished with 6,728 yards" are a season and a career.
  // (A sentence opening with a pronoun is a player's line: "He finished with 269 yards and
  // two touchdowns" may be a season or a career whatever else the story gives.)
  // Other figures of the two sentences told alike ("helped by seven aircraft and three
  // helicopters" / "assisted by seven aircraft and three helicopters") make them one
  // statement, whose remaining figure of one kind is one figure.
  // So does every other figure of the sentence with fewer told alike in the other
  // ("Seventeen stewards and six supporters were hurt" / "Seven stewards and six supporters
  // were hurt, ..., adding that three stewards were kept in hospital").
  // (Told beside both: "scoring 14 points and adding six rebounds" / "Artino scored 14
  // points off the bench and Echenique had 11 points, 11 rebounds" are two players' lines.)
  size_t figures_a = figures_in_sentence(analysis_.claims[a.claim]);
  size_t figures_b = figures_in_sentence(analysis_.claims[b.claim]);
  size_t beside = figures_shared(analysis_.claims[a.claim], analysis_.claims[b.claim], kBeside);
  bool same_figures = figures_alike >= kSharedFigures ||
                      (beside >= 1 && beside + 1 >= std::min(figures_a, figures_b));
  if (!named_owner && shared_names == 0 && !same_figures &&
      (figures_a >= kStatisticsLine || figures_b >= kStatisticsLine)) {
    if (!same_change && (!sole || a.pronoun_subject || b.pronoun_subject)) return 0;
    needed = !same_change;
  }
  // Two sentences that say nearly all the same ("began the stoppage when mediation failed on
  // its claim for a 10 percent pay rise phased in over two years" / "began the stoppage when
  // mediation ended without a deal, and it wants wages raised by 12 percent over two
  // years") need their figures' clauses to share one word only.
  // Or none, when each sentence holds this one figure and both name the same thing counted
  // ("The drivers stuck, from 58 lorries, walked out through the service gallery" /
  // "Drivers of 85 lorries were led out through the service gallery"): there is no other
  // figure to pair.
  // Figures of other things beside them do not compete ("84 miners from the deepest
  // gallery and two side tunnels" / "48 miners from the lower shaft").
  bool only_figures = same_counted && figures_in_sentence(analysis_.claims[a.claim], true) == 1 &&
                      figures_in_sentence(analysis_.claims[b.claim], true) == 1;
  bool same_sentence = around.dice >= kSameSentence && (local.shared >= 1 || only_figures);
  if (!named_owner && !same_figures && !same_sentence && !same_change && local.dice < kSameClause) {
    if (!sole) return 0;
    needed = true;
  }
  // Alone of its kind in both sources, a figure's kind says what it counts.
  if (needed) counted = 1;
  double score = kCountedWeight * counted + kOwnerWeight * owner + kContextWeight * around.score +
                 kLocalWeight * local.score;
  if (reason) {
    std::string kind = a.counted ? "'" + interner_.text(a.counted) + "'"
                                 : "figure in " + interner_.text(a.dimension);
    *reason = (needed ? "the only " + kind + " left unpaired in either source"
               : counted == 1 && a.counted
                   ? "both count '" + interner_.text(a.counted) + "' in the same unit"
                   : std::string("both in the same unit, neither naming what it counts")) +
              (owner == 1 ? "; both of '" + interner_.text(a.actor) + "'" : std::string()) +
              describe(around, "words or names around the figures") +
              describe(local, "words next to them") +
              (same_figures ? "; other figures of both sentences alike" : "");
  }
  return score;
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
  // Two named actors are two events ("Russia rejected" / "Ukraine rejected"), unless one
  // claim names the other's actor too.
  // Two actors named by common nouns of one news word group are one ("The agreement does
  // not cover wheat" / "covered by the pact too": rules/detect/related_words.tsv).
  auto related_actors = [&] {
    return a.actor && b.actor && !a.actor_named && !b.actor_named && a.actor < groups_.size() &&
           b.actor < groups_.size() && groups_[a.actor] && groups_[b.actor] &&
           Lexicon::share(groups_[a.actor], groups_[b.actor], true);
  };
  bool same_actor = a.actor && (a.actor == b.actor || related_actors());
  bool other_actor = !same_actor && a.actor_named && b.actor_named &&
                     !contains(a.entities, b.actor) && !contains(b.entities, a.actor);
  if (other_actor) return 0;
  // What they act on must agree: "rejected the idea of a foreign force" and "welcomed
  // this" are two events of one actor.
  Overlap topic = overlap(a.topic, a.participants, b.topic, b.participants);
  bool both = a.has_object() && b.has_object();
  double topic_score = 0;
  if (both) {
    // Without one actor, one shared word ("that facility" / "a different facility") is
    // not one event.
    // Two events nobody is said to have done, of one predicate, acting on the very same
    // words ("the bridge had been inspected" / "the bridge's inspection") are one thing;
    // so are two of which one has an actor, when they name someone alike ("investigators had
    // ruled out sabotage", Zambrano said / Zambrano said "sabotage had not been ruled out";
    // not "ten people were killed" on Qeshm and "people were killed by a quake" in China).
    // (A name both objects hold is what they act on, not who tells or does it: "Oval
    // Office meeting with Zelenskyy" / "Putin does not wish to meet Zelenskyy".)
    auto names_agree = [&] {
      return std::any_of(a.entities.begin(), a.entities.end(), [&](uint32_t e) {
        return contains(b.entities, e) && !contains(a.participants, e) &&
               !contains(b.participants, e);
      });
    };
    bool same_thing = (!a.actor || !b.actor) && ((!a.actor && !b.actor) || names_agree()) &&
                      predicate == 1 && a.topic == b.topic && a.participants == b.participants;
    if (topic.score < kSameTopic ||
        (!same_actor && topic.shared < kSharedWithoutActor && !same_thing))
      return 0;
    topic_score = topic.score;
  } else {
    // Without an object on one side only the actor can tie the claims, and only to the
    // same predicate: opposite ones need to be seen acting on the same thing ("Israel has
    // agreed a [corridor]" / "Israel has rejected calls for a ceasefire").
    if (!same_actor) return 0;
    if (predicate < 1) {
      // Unless neither acts on anything (a time is no object): "the northern flank near
      // Vathy had weakened" / "had strengthened by Tuesday evening" tell one actor's
      // change, when a name both claims give says which actor it is.
      auto objectless = [&](const ClaimFeatures& f) {
        return f.participants.empty() &&
               (f.topic.empty() || (f.topic.size() == 1 && interner_.text(f.topic[0]) == kAnyTime));
      };
      bool named_alike = std::any_of(a.entities.begin(), a.entities.end(), [&](uint32_t e) {
        return e != a.actor && contains(b.entities, e);
      });
      if (!objectless(a) || !objectless(b) || !named_alike) return 0;
    }
    topic_score = a.has_object() == b.has_object() ? kNoTopic : kOneTopic;
  }
  double score = kPredicateWeight * predicate + kActorWeight * (same_actor ? 1.0 : 0.5) +
                 kTopicWeight * topic_score;
  const Value& time_a = analysis_.claims[a.claim].detail->time;
  const Value& time_b = analysis_.claims[b.claim].detail->time;
  std::optional<bool> times;
  if (time_a.kind == Value::Kind::Date && time_b.kind == Value::Kind::Date) {
    times = dates_overlap(time_a, time_b);
  }
  if (times && !*times) score *= kOtherTime;
  if (reason) {
    *reason = said + (same_actor ? "; same actor '" + interner_.text(a.actor) + "'" : "") +
              (both ? describe(topic, "words or names in what they are about") : "") +
              (times ? (*times ? "; same time" : "; different times") : "");
  }
  return score;
}

}  // namespace cc::align
