#include "detect/antonym.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "align/sentence_words.hpp"
#include "align/values.hpp"
#include "core/string_map.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "detect/likeness.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Two sentences told alike but for one word and its opposite (the second route): their
// weighted likeness and content words in common, well above the temporal and negation
// detectors' (0.4, 3): a swapped opposite is one word of a sentence otherwise the same.
constexpr double kSwapAlike = 0.5;
constexpr size_t kSwapShared = 4;
// Sentences less alike, down to this, when the swapped word sits in the same words: at
// least kSwapFrame of the two words either side of it are the other sentence's too ("a
// far larger load than" / "a far smaller load than"), which ties the clauses that say it
// however much else the sentences tell.
constexpr double kSwapLoose = 0.3;
constexpr size_t kSwapFrame = 3;

// Words of order ("the first since 2017" / "last used in 2017", "the former minister"):
// paraphrases invert them.
bool ordering(std::string_view word) {
  static const std::unordered_set<std::string_view> kOrder = {
      "first", "last", "second", "early", "late", "middl", "former", "latter", "new", "old"};
  return kOrder.count(word) > 0;
}

// Words that negate a sentence: a swap in a negated sentence may be an agreement ("did not
// rise" / "fell").
bool negating(const std::string& word) {
  static const std::unordered_set<std::string_view> kNegations = {
      "not",     "no",     "never",          "nor",    "neither", "none",    "nobody", "nothing",
      "without", "cannot", "insufficiently", "hardly", "barely",  "scarcely"};
  return kNegations.count(word) > 0 || word.ends_with("n't") || word.ends_with("n\xE2\x80\x99t");
}

// How many of the two words before and the two after word `i` of `a` are the words at the
// same places around word `j` of `b`.
size_t framed(const std::vector<text::Word>& a, size_t i, const std::vector<text::Word>& b,
              size_t j) {
  size_t same = 0;
  for (int d : {-2, -1, 1, 2}) {
    auto at_a = static_cast<std::ptrdiff_t>(i) + d, at_b = static_cast<std::ptrdiff_t>(j) + d;
    if (at_a < 0 || at_b < 0 || at_a >= static_cast<std::ptrdiff_t>(a.size()) ||
        at_b >= static_cast<std::ptrdiff_t>(b.size()))
      continue;
    same += a[static_cast<size_t>(at_a)].norm == b[static_cast<size_t>(at_b)].norm;
  }
  return same;
}

// True when the text between two words ends a clause: a comma, semicolon, colon, bracket
// or dash.
bool clause_break(std::string_view between) {
  return between.find_first_of(",;:()") != std::string_view::npos ||
         between.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
         between.find("\xE2\x80\x93") != std::string_view::npos ||  // en dash
         between.find(" - ") != std::string_view::npos;
}

// Words that open a clause of their own after the one before.
const std::unordered_set<std::string_view> kClauseOpeners = {
    "but", "whose", "which", "who", "whom", "whereas", "while", "although", "though"};

// The words of the time expression that dates the claim in its sentence ("wednesday
// evening"), empty when none does.
std::string written_time(const Analysis& analysis, const Claim& claim) {
  std::string out;
  any_in_sentence(analysis, claim, [&](const Claim& other) {
    if (other.kind != ClaimKind::Time || other.detail->value.text != claim.detail->time.text)
      return false;
    out = text::fold(other.detail->object);
    return true;
  });
  return out;
}

// Both claims dated by a weekday not placed on the calendar, in the same words.
bool same_written_day(const Analysis& analysis, const Claim& a, const Claim& b) {
  const std::string& day = a.detail->time.text;
  if (!day.starts_with("weekday:") || day != b.detail->time.text) return false;
  std::string written = written_time(analysis, a);
  return !written.empty() && written == written_time(analysis, b);
}

// The first word only one claim has that is the antonym of a word only the other has,
// as (key in a, key in b); empty when none. Claims must otherwise share content.
std::pair<std::string, std::string> swapped_opposites(const std::vector<std::string>& a,
                                                      const std::vector<std::string>& b,
                                                      const align::Lexicon& lexicon) {
  std::vector<std::string> only_a, only_b, shared;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only_a));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(only_b));
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  // A swap of one word for its opposite leaves the rest of the wording in place.
  if (shared.empty() || only_a.size() > shared.size() || only_b.size() > shared.size()) return {};
  for (const auto& x : only_a) {
    for (const auto& y : only_b) {
      if (lexicon.antonyms(x, y)) return {x, y};
    }
  }
  return {};
}

// The verb that reports a figure's change ("rose" in "shares rose 4 percent", "cut" in
// "cut the library's budget by 12%"): the nearest word of rules/quantities/trends.tsv among
// the few before the figure in its sentence; empty when there is none ("a 9 percent pay
// rise" names it after the figure).
std::string change_word(const Analysis& analysis, const Claim& claim,
                        const std::unordered_set<std::string>& trends) {
  constexpr size_t kLookBack = 8;
  Span extent = analysis.sentence_extent(claim);
  if (claim.span.start < extent.start) return {};
  auto before =
      text::words(analysis.documents[claim.source].slice(Span{extent.start, claim.span.start}));
  for (size_t k = 0; k < kLookBack && k < before.size(); ++k) {
    const std::string& word = before[before.size() - 1 - k].norm;
    if (trends.count(word)) return word;
  }
  return {};
}

}  // namespace

AntonymDetector::AntonymDetector(const rules::RuleSet& rules)
    : occurrence_(rules),
      trends_(word_list(rules, "quantities/trends")),
      verb_forms_(word_list(rules, "lexicon/event_verb_forms")) {
  if (const auto* rows = rules.table("quantities/trends")) {
    for (const auto& row : rows->rows()) {
      if (row.size() >= 2 && (row[1] == "up" || row[1] == "down"))
        directions_.emplace(text::fold(row[0]), row[1] == "up" ? 1 : -1);
    }
  }
}

void AntonymDetector::figures(const Context& context, const Link& link,
                              std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  const Claim& a = analysis.claims[link.first];
  const Claim& b = analysis.claims[link.second];
  // Two figures of one thing reported as changes in opposite directions: "shares rose 4
  // percent" / "fell 4 percent". Different days make it two moves, not one told two ways.
  if (a.detail->trend.empty() || b.detail->trend.empty() || a.detail->trend == b.detail->trend)
    return;
  if (!comparable(context, a, b) || tentative(a) || tentative(b) || a.polarity != b.polarity) {
    return;
  }
  auto ta = when(analysis, a);
  auto tb = when(analysis, b);
  if (ta && tb && (ta->second < tb->first || tb->second < ta->first)) return;
  if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) return;
  std::string word_a = change_word(analysis, a, trends_),
              word_b = change_word(analysis, b, trends_);
  std::string said_a = word_a.empty() ? a.detail->trend : word_a;
  std::string said_b = word_b.empty() ? b.detail->trend : word_b;
  std::string what = a.detail->counted.empty() ? b.detail->counted : a.detail->counted;
  std::string summary = "Opposite accounts of a change" + (what.empty() ? "" : " in " + what) +
                        ": '" + said_a + " " + a.detail->value.text + "' vs '" + said_b + " " +
                        b.detail->value.text + "'";
  std::string explanation = who(analysis, a) + " reports it going " + a.detail->trend + " (“" +
                            said_a + " " + a.detail->value.text + "”); " + who(analysis, b) +
                            " reports it going " + b.detail->trend + " (“" + said_b + " " +
                            b.detail->value.text +
                            "”). The same figure cannot have moved both ways at once.";
  Finding finding = pair_finding(link, a, b, Level::Contradiction, "antonym",
                                 "contradiction.antonym", summary, explanation);
  highlight(analysis, finding.evidence[0], word_a);
  highlight(analysis, finding.evidence[1], word_b);
  out.push_back(std::move(finding));
}

void AntonymDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  align::Stemmer stemmer;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (a.kind == ClaimKind::Quantity && b.kind == ClaimKind::Quantity) {
      figures(context, link, out);
      continue;
    }
    if (!comparable(context, a, b) || a.polarity != b.polarity) continue;
    if (a.kind == ClaimKind::Quote && b.kind == ClaimKind::Quote) continue;  // quote detector
    if (a.kind == ClaimKind::Quantity || b.kind == ClaimKind::Quantity) continue;
    // A hedge or a plan on either side is a softened position (the stance detector's);
    // two plans or forecasts are compared ("the storm would weaken" / "would strengthen").
    bool forecasts = a.modality == Modality::Planned && b.modality == Modality::Planned;
    if ((tentative(a) || tentative(b)) && !forecasts) continue;
    // So is one softened or qualified by its own words ("broadly defended", "welcomed the
    // ruling but said ...").
    if (occurrence_.qualified(analysis, a) || occurrence_.qualified(analysis, b)) continue;
    // Opposite outcomes are a contradiction for one actor ("the Colts won" / "lost"), a
    // report of both sides for two ("the Colts won" / "the Chiefs lost").
    if (!same_actor(a, b) || !times_compatible(a, b)) continue;
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    if (occurrence_.unread_negation(analysis, a) || occurrence_.unread_negation(analysis, b)) {
      continue;
    }
    // An ordinal inside what is acted on ("the plan for a second unit") is the object's.
    if (occurrence_.recurs(analysis, a, false, true) ||
        occurrence_.recurs(analysis, b, false, true))
      continue;
    std::string pa = predicate_of(a), pb = predicate_of(b);
    if (pa.empty() || pb.empty()) continue;

    std::string said_a, said_b;
    if (pa != pb && context.lexicon.opposite_predicates(pa, pb, stemmer)) {
      // Arrested, then released: both hold unless both are dated to the same day, by date
      // or by the same words ("on Friday night" in both).
      auto overlap = align::dates_overlap(a.detail->time, b.detail->time);
      bool same_day = (overlap && *overlap) || same_written_day(analysis, a, b);
      if (context.lexicon.sequence(pa, pb) && !same_day) continue;
      // The verbs as the sources chose them ("approved" / "rejected"), not their classes.
      said_a = a.detail->predicate.empty() ? pa : a.detail->predicate;
      said_b = b.detail->predicate.empty() ? pb : b.detail->predicate;
    } else if (pa == pb) {
      auto [x, y] = swapped_opposites(context.lexicon.content_keys(a.detail->object, stemmer),
                                      context.lexicon.content_keys(b.detail->object, stemmer),
                                      context.lexicon);
      said_a = x;
      said_b = y;
    }
    if (said_a.empty()) continue;
    std::string summary =
        "Opposite accounts" +
        (named_actor(a) ? " of what " + std::string(analysis.entity_name(actor_of(a))) + " did"
                        : std::string()) +
        ": '" + said_a + "' vs '" + said_b + "'";
    std::string explanation = who(analysis, a) + " says " + gist(analysis, a) + "; " +
                              who(analysis, b) + " says " + gist(analysis, b) + ". '" + said_a +
                              "' and '" + said_b + "' are opposites, so both cannot be true.";
    Finding finding = pair_finding(link, a, b, Level::Contradiction, "antonym",
                                   "contradiction.antonym", summary, explanation);
    out.push_back(std::move(finding));
  }
  swaps(context, out);
}

void AntonymDetector::swaps(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  // The sentences that hold claims and a word with an opposite outside a negated clause.
  struct Told {
    uint32_t source = 0;
    uint32_t sentence = 0;
    uint32_t claim = 0;                             // its first claim: the finding's evidence
    std::vector<const Value*> times;                // its time claims' values
    std::vector<std::string_view> keys;             // Lexicon::key of every content word, sorted
    std::vector<std::pair<size_t, int>> opposable;  // (word, direction) of words with opposites
    std::vector<std::string_view> opposable_keys;   // parallel to `opposable`
    const std::vector<text::Word>* words = nullptr;
    SentenceGist gist;
  };
  // The sentences that hold claims, by their first claim (a sentence's claims are
  // neighbours); only those with a word that has an opposite become a Told.
  std::vector<uint32_t> firsts;
  for (const Claim& claim : analysis.claims) {
    if (firsts.empty() || analysis.claims[firsts.back()].source != claim.source ||
        analysis.claims[firsts.back()].sentence != claim.sentence)
      firsts.push_back(claim.index);
  }
  align::Stemmer stemmer;
  align::Lexicon::TopicMemo memo;
  // What each distinct word is, worked out once per story (most words recur).
  struct Known {
    std::string key;
    int way = 0;
    bool content = false;
    bool negating = false;
    bool descriptor = false;
  };
  StringMap<Known> known;
  std::vector<Told> kept;
  for (uint32_t first_claim : firsts) {
    Told t;
    t.source = analysis.claims[first_claim].source;
    t.sentence = analysis.claims[first_claim].sentence;
    t.claim = first_claim;
    const Document& document = analysis.documents[t.source];
    if (t.sentence >= document.sentences.size()) continue;
    Span extent = document.sentences[t.sentence].span;
    const auto& words = context.words->of(t.source, extent);
    // Words inside quotation marks: the quote detector compares quotes word by word.
    std::string_view sentence = document.slice(extent);
    std::vector<std::pair<size_t, size_t>> quoted;  // [open, close) in the sentence
    {
      size_t open = std::string_view::npos;
      for (size_t i = 0; i < sentence.size(); ++i) {
        if (sentence[i] != '"' && sentence[i] != '\xE2') continue;
        bool straight = sentence[i] == '"';
        bool left = !straight && sentence.substr(i, 3) == "\xE2\x80\x9C";
        bool right = !straight && sentence.substr(i, 3) == "\xE2\x80\x9D";
        if (open == std::string_view::npos && (straight || left)) {
          open = i;
        } else if (open != std::string_view::npos && (straight || right)) {
          quoted.emplace_back(open, i);
          open = std::string_view::npos;
        }
      }
      if (open != std::string_view::npos) quoted.emplace_back(open, sentence.size());
    }
    auto in_quote = [&](const text::Word& word) {
      return std::any_of(quoted.begin(), quoted.end(), [&](const auto& q) {
        return word.span.start > q.first && word.span.start < q.second;
      });
    };
    // A negation sets aside the words of its own clause, not the sentence's other clauses
    // ("the ewes will not be fed, and numbers have risen sharply": "risen" is still told).
    // Clauses end at a comma, a semicolon, a colon, a bracket or a dash, and before a
    // relative or contrasting word ("whose", "but").
    size_t clause = 0;
    std::vector<size_t> negated_clauses;
    std::vector<size_t> clause_of;  // parallel to t.opposable
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& norm = words[k].norm;
      if (k > 0 && (clause_break(sentence.substr(words[k - 1].span.end,
                                                 words[k].span.start - words[k - 1].span.end)) ||
                    kClauseOpeners.count(norm)))
        ++clause;
      auto found = known.find(norm);
      if (found == known.end()) {
        Known word;
        word.negating = negating(norm);
        word.content = norm.size() >= 2 && !context.lexicon.stopword(norm);
        if (word.content) word.key = context.lexicon.key(norm, stemmer);
        auto direction = directions_.find(norm);
        word.way = direction == directions_.end() ? 0 : direction->second;
        // An event verb ("rejected" / "accept") is compared as a predicate, with its actor
        // and its hedges, by the first route and the stance detector.
        word.descriptor = word.content && context.lexicon.has_opposite_descriptor(word.key) &&
                          !ordering(word.key) && !verb_forms_.count(norm);
        found = known.emplace(norm, std::move(word)).first;
      }
      const Known& word = found->second;
      if (word.negating && (negated_clauses.empty() || negated_clauses.back() != clause))
        negated_clauses.push_back(clause);
      if (!word.content) continue;
      // A word of a fixed phrase "as ... as" ("as well as", "as far as") compares nothing.
      bool phrase =
          k > 0 && k + 1 < words.size() && words[k - 1].norm == "as" && words[k + 1].norm == "as";
      if ((word.way != 0 || (word.descriptor && !phrase)) && !in_quote(words[k])) {
        t.opposable.emplace_back(k, word.way);
        t.opposable_keys.push_back(word.key);
        clause_of.push_back(clause);
      }
    }
    for (size_t i = t.opposable.size(); i-- > 0;) {
      if (!std::binary_search(negated_clauses.begin(), negated_clauses.end(), clause_of[i]))
        continue;
      t.opposable.erase(t.opposable.begin() + static_cast<std::ptrdiff_t>(i));
      t.opposable_keys.erase(t.opposable_keys.begin() + static_cast<std::ptrdiff_t>(i));
    }
    if (t.opposable.empty()) continue;
    t.words = &words;
    kept.push_back(std::move(t));
  }
  if (kept.size() < 2) return;
  // Only a sentence whose word has its opposite in another source's sentences can be
  // one of a pair: the others are not read further (most sentences hold a word with an
  // opposite, few a word whose opposite another source uses).
  // Per opposable key, and per direction, the sources that use it (two at most: enough
  // to tell whether a source other than a sentence's own does).
  struct Users {
    uint32_t first = UINT32_MAX, second = UINT32_MAX;
    void add(uint32_t source) {
      if (first == UINT32_MAX || first == source) {
        first = source;
      } else if (second == UINT32_MAX) {
        second = source;
      }
    }
    bool other_than(uint32_t source) const {
      return (first != UINT32_MAX && first != source) || second != UINT32_MAX;
    }
  };
  std::unordered_map<std::string_view, Users> users;
  std::array<Users, 2> way_users;  // up, down
  for (const Told& t : kept) {
    for (size_t i = 0; i < t.opposable.size(); ++i) {
      users[t.opposable_keys[i]].add(t.source);
      if (t.opposable[i].second != 0) way_users[t.opposable[i].second > 0 ? 0 : 1].add(t.source);
    }
  }
  auto answerable = [&](const Told& t) {
    for (size_t i = 0; i < t.opposable.size(); ++i) {
      int way = t.opposable[i].second;
      if (way != 0 && way_users[way > 0 ? 1 : 0].other_than(t.source)) return true;
      if (const auto* opposites = context.lexicon.descriptor_opposites(t.opposable_keys[i])) {
        for (const auto& other : *opposites) {
          auto it = users.find(other);
          if (it != users.end() && it->second.other_than(t.source)) return true;
        }
      }
    }
    return false;
  };
  std::erase_if(kept, [&](const Told& t) { return !answerable(t); });
  if (kept.size() < 2) return;
  for (Told& t : kept) {
    const Document& document = analysis.documents[t.source];
    Span extent = document.sentences[t.sentence].span;
    const auto& words = *t.words;
    for (const auto& w : words) {
      auto found = known.find(w.norm);
      if (found != known.end() && found->second.content) t.keys.push_back(found->second.key);
    }
    std::sort(t.keys.begin(), t.keys.end());
    for (uint32_t c = t.claim;
         c < analysis.claims.size() && analysis.claims[c].source == t.source &&
         analysis.claims[c].sentence == t.sentence;
         ++c) {
      if (analysis.claims[c].kind == ClaimKind::Time)
        t.times.push_back(&analysis.claims[c].detail->value);
    }
    t.gist = read_gist(context.lexicon, stemmer, memo, document.slice(extent), words,
                       [&](size_t k) { return words[k].norm.size() < 2; });
  }
  std::vector<SentenceGist*> gists;
  std::vector<const SentenceGist*> distinct;
  std::vector<GistOf> entries;
  for (Told& t : kept) {
    gists.push_back(&t.gist);
    distinct.push_back(&t.gist);
    entries.push_back(GistOf{t.source, 0, &t.gist});
  }
  settle_names(gists, analysis);
  // Sentence pairs a finding already covers (the first route's, the other detectors').
  std::set<std::pair<std::pair<uint32_t, uint32_t>, std::pair<uint32_t, uint32_t>>> reported;
  for (const Finding& finding : out) {
    for (const Evidence& x : finding.evidence) {
      for (const Evidence& y : finding.evidence) {
        const Claim& a = analysis.claims[x.claim];
        const Claim& b = analysis.claims[y.claim];
        reported.insert({{a.source, a.sentence}, {b.source, b.sentence}});
      }
    }
  }
  for (const AlikePair& pair : alike_pairs(entries, distinct, kSwapLoose, kSwapShared)) {
    const Told& x = kept[pair.first];
    const Told& y = kept[pair.second];
    if (reported.count({{x.source, x.sentence}, {y.source, y.sentence}})) continue;
    // Times that cannot both hold tell two moments ("fell on Monday" / "rose on Tuesday").
    bool apart = false;
    for (const Value* a : x.times) {
      for (const Value* b : y.times) apart = apart || !times_may_coincide(*a, *b);
    }
    if (apart) continue;
    auto has_key = [](const Told& t, std::string_view key) {
      return std::binary_search(t.keys.begin(), t.keys.end(), key);
    };
    auto has_way = [](const Told& t, int way) {
      return way != 0 && std::any_of(t.opposable.begin(), t.opposable.end(),
                                     [&](const auto& o) { return o.second == way; });
    };
    // The other sentence says the word another way ("closed" / "shut"), or holds its
    // opposite too ("closed the portal and opened a replacement"): no swap.
    // Two words with a common opposite point the same way ("largest" and "biggest", both
    // opposites of "smallest").
    auto same_way = [&](std::string_view k, std::string_view key) {
      const auto* of_k = context.lexicon.descriptor_opposites(k);
      const auto* of_key = context.lexicon.descriptor_opposites(key);
      if (!of_k || !of_key) return false;
      return std::any_of(of_k->begin(), of_k->end(), [&](const std::string& opposite) {
        return std::find(of_key->begin(), of_key->end(), opposite) != of_key->end();
      });
    };
    auto answered = [&](const Told& t, std::string_view key) {
      return std::any_of(t.keys.begin(), t.keys.end(), [&](std::string_view k) {
        return context.lexicon.related(k, key) || same_way(k, key);
      });
    };
    auto both_sides = [&](const Told& t, std::string_view key) {
      return std::any_of(t.keys.begin(), t.keys.end(), [&](std::string_view k) {
        return context.lexicon.opposite_descriptors(k, key) || context.lexicon.antonyms(k, key);
      });
    };
    std::optional<std::pair<size_t, size_t>> swap;  // word of x, word of y
    size_t swaps_found = 0;
    for (size_t i = 0; i < x.opposable.size(); ++i) {
      std::string_view kx = x.opposable_keys[i];
      if (has_key(y, kx)) continue;
      for (size_t j = 0; j < y.opposable.size(); ++j) {
        std::string_view ky = y.opposable_keys[j];
        if (has_key(x, ky)) continue;
        int wx = x.opposable[i].second, wy = y.opposable[j].second;
        bool opposite = (wx != 0 && wy == -wx) || context.lexicon.opposite_descriptors(kx, ky);
        // Not one word's two forms ("employs" / "employees"), nor a change the other
        // sentence also tells its way ("raise the burden" / "the burden will rise").
        if (!opposite || kx.starts_with(ky) || ky.starts_with(kx) || has_way(x, wy) ||
            has_way(y, wx) || answered(x, ky) || answered(y, kx) || both_sides(x, kx) ||
            both_sides(y, ky))
          continue;
        if (!swap) swap = std::pair(x.opposable[i].first, y.opposable[j].first);
        ++swaps_found;
      }
    }
    // One swap: a sentence with several opposite words apart says several other things.
    if (!swap || swaps_found > 1) continue;
    if (pair.score < kSwapAlike &&
        framed(*x.words, swap->first, *y.words, swap->second) < kSwapFrame)
      continue;
    const std::string& said_x = (*x.words)[swap->first].norm;
    const std::string& said_y = (*y.words)[swap->second].norm;
    const Claim& a = analysis.claims[x.claim];
    const Claim& b = analysis.claims[y.claim];
    const std::string& id_x = analysis.documents[x.source].id;
    const std::string& id_y = analysis.documents[y.source].id;
    Finding finding;
    finding.level = Level::Contradiction;
    finding.type = "antonym";
    finding.rule = "contradiction.antonym";
    finding.summary = "Opposite accounts: '" + said_x + "' vs '" + said_y + "'";
    std::string told =
        pair.score < kSwapAlike ? "in alike sentences (" : "in nearly the same words (";
    std::string frame = pair.score < kSwapAlike ? ", and in the same words around it" : "";
    finding.explanation = id_x + " and " + id_y + " tell one thing " + told +
                          alike_words(pair.shared, pair.score) + "), but where " + id_x +
                          " says '" + said_x + "', " + id_y + " says '" + said_y + "'" + frame +
                          ". They are opposites, so both cannot be true.";
    finding.score = pair.score;
    Evidence first{a.index, {}};
    Evidence second{b.index, {}};
    first.highlights.push_back(Span{analysis.documents[x.source].sentences[x.sentence].span.start +
                                        (*x.words)[swap->first].span.start,
                                    analysis.documents[x.source].sentences[x.sentence].span.start +
                                        (*x.words)[swap->first].span.end});
    second.highlights.push_back(Span{analysis.documents[y.source].sentences[y.sentence].span.start +
                                         (*y.words)[swap->second].span.start,
                                     analysis.documents[y.source].sentences[y.sentence].span.start +
                                         (*y.words)[swap->second].span.end});
    finding.evidence = {std::move(first), std::move(second)};
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
