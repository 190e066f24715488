// Quantity claims: each figure as an interval with its unit, what it counts and whose
// it is, and whether the text reports it as a change ("rose to 40").
//
// Like Duckling and Recognizers-Text, spelled numbers and fractions become numbers
// ("one-fifth" is 20 percent, never the range 1–5); unlike them, approximators and
// bounds are kept as intervals ("about 20%" is [18, 22], "at least 12" is [12, ∞)) and
// vague words stay ranges ("thousands" is [2000, 10000)).
#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

using normalize::Closed;

std::string capture_text(const Document& document, const rules::Match& match,
                         std::string_view name) {
  auto span = match.capture(name);
  return span ? std::string(document.slice(*span)) : std::string();
}

std::string first_of(const Document& document, const rules::Match& match,
                     std::initializer_list<std::string_view> names) {
  for (auto name : names) {
    std::string value = capture_text(document, match, name);
    if (!value.empty()) return value;
  }
  return {};
}

bool is_noun(const Extractor::Impl& impl, const Token& token) {
  if (token.closed != Closed::None || token.digit) return false;
  uint8_t classes = impl.lexicon.classes(token.lower);
  return (classes & normalize::kNoun) != 0 || classes == 0;
}

// A word of a noun phrase before or after a change's verb: a name, a determiner, a
// possessive, a noun or an adjective.
bool phrase_word(const Extractor::Impl& impl, const Token& token) {
  return token.capitalised || token.closed == Closed::Determiner || token.possessive ||
         is_noun(impl, token) ||
         (token.closed == Closed::None &&
          (impl.lexicon.classes(token.lower) & normalize::kAdjective) != 0);
}

// What a noun counts: its lemma, or the word itself when the lexicon has none.
std::string counted_of(const Extractor::Impl& impl, const Token& noun) {
  std::string lemma = impl.lexicon.noun_lemma(noun.lower);
  return lemma.empty() ? noun.lower : lemma;
}

// The name inside tokens [first, last) whose figure it is: one in the possessive
// ("Kenya's exports"), else, with `any`, the last one; nullptr when there is none.
const Mention* owner_in(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                        size_t first, size_t last, bool any) {
  const Mention* owner = nullptr;
  for (const auto& mention : mentions) {
    if (mention.offset < tokens[first].span.start || mention.end > tokens[last - 1].span.end ||
        mention.end <= mention.offset)
      continue;
    size_t after = token_at(tokens, mention.end);
    if (after > 0 && tokens[after - 1].possessive) return &mention;
    if (any) owner = &mention;
  }
  return owner;
}

// Who and what changed by a figure: the noun phrase before the change's verb ("Shares of
// Nordvik Holdings, which owns the tanker, fell 6.1%", "Kenya's exports to Uganda rose
// 12%"): its head noun is what the figure counts ("share", "export") and a name inside it,
// if any, whose figure it is (one in the possessive, else the last). A clause set off by
// commas before the verb is skipped. Without a head noun nothing is set: "Nordvik fell 3%"
// names no thing that moved.
void change_owner(const Extractor::Impl& impl, const std::vector<Token>& tokens,
                  const std::vector<Mention>& mentions, size_t verb, Claim& claim) {
  constexpr size_t kMaxAside = 20, kMaxPhrase = 8;
  constexpr uint8_t kStop = kComma | kBreak | kQuoteMark;
  size_t end = verb;
  if (tokens[verb].gap & kComma) {
    size_t j = verb;
    while (j > 0 && verb - j < kMaxAside && !(tokens[j - 1].gap & kStop)) --j;
    if (j == 0 || verb - j >= kMaxAside || !(tokens[j - 1].gap & kComma)) return;
    end = j - 1;
  } else if (tokens[verb].gap & kStop) {
    return;
  }
  static const std::unordered_set<std::string_view> kLinks = {"of", "in", "to", "from", "on"};
  auto inside = [&](const Token& token) {
    return kLinks.count(token.lower) > 0 || phrase_word(impl, token);
  };
  size_t start = end;
  while (start > 0 && end - start < kMaxPhrase && inside(tokens[start - 1])) {
    --start;
    if (tokens[start].gap & kStop) break;
  }
  if (start == end || (start > 0 && !(tokens[start].gap & kStop) && end - start >= kMaxPhrase))
    return;
  size_t head = end - 1;
  for (size_t k = start + 1; k < end; ++k) {
    if (kLinks.count(tokens[k].lower)) {
      head = k - 1;
      break;
    }
  }
  const Token& noun = tokens[head];
  // Capitalised only as the sentence's first word ("Shares of ...").
  if ((noun.capitalised && head > 0) || noun.digit || !is_noun(impl, noun)) return;
  claim.detail->counted = counted_of(impl, noun);
  if (const Mention* owner = owner_in(tokens, mentions, start, end, true))
    claim.detail->subject = owner->key;
}

// A verb that changes its object by a figure: "cut the library's book budget by 12%",
// "raised its benchmark rate by 0.25 points". `by` is the token of "by"; the object is the
// noun phrase before it (at most six words), the verb right before that. The object's head
// noun is what the figure counts, a name in the possessive inside it whose.
void changed_object(const Extractor::Impl& impl, const std::vector<Token>& tokens,
                    const std::vector<Mention>& mentions, size_t by, Claim& claim) {
  constexpr size_t kMaxObject = 6;
  constexpr uint8_t kStop = kComma | kBreak | kQuoteMark;
  if (by == 0 || (tokens[by].gap & kStop)) return;
  size_t start = by;
  while (start > 0 && by - start < kMaxObject && !(tokens[start].gap & kStop) &&
         !impl.trends.count(tokens[start - 1].lower)) {
    if (!phrase_word(impl, tokens[start - 1])) return;
    --start;
  }
  if (start == 0 || start == by || (tokens[start].gap & kStop)) return;
  auto it = impl.trends.find(tokens[start - 1].lower);
  if (it == impl.trends.end()) return;
  const Token& noun = tokens[by - 1];
  if (noun.capitalised || noun.digit || noun.possessive || !is_noun(impl, noun)) return;
  claim.detail->trend = it->second;
  claim.detail->counted = counted_of(impl, noun);
  if (const Mention* owner = owner_in(tokens, mentions, start, by, false))
    claim.detail->subject = owner->key;
}

// A change named by a noun after the figure: "a 9 percent pay rise" (what rose before
// the noun), "a 15% cut in the budget" (after "in"). `next` is the first token after the
// figure.
void change_after(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t next,
                  Claim& claim) {
  constexpr uint8_t kStop = kComma | kBreak | kQuoteMark;
  auto trend_noun = [&](size_t k) -> const std::string* {
    if (k >= tokens.size() || (tokens[k].gap & kStop) || !is_noun(impl, tokens[k])) return nullptr;
    auto it = impl.trends.find(tokens[k].lower);
    return it == impl.trends.end() ? nullptr : &it->second;
  };
  auto set = [&](const std::string& trend, const Token& noun) {
    claim.detail->trend = trend;
    claim.detail->counted = counted_of(impl, noun);
  };
  if (next + 1 < tokens.size() && !(tokens[next].gap & kStop) && !tokens[next].capitalised &&
      is_noun(impl, tokens[next]) && !impl.trends.count(tokens[next].lower)) {
    if (const std::string* trend = trend_noun(next + 1)) set(*trend, tokens[next]);
    return;
  }
  if (const std::string* trend = trend_noun(next)) {
    size_t k = next + 1;
    if (k >= tokens.size() || tokens[k].lower != "in" || (tokens[k].gap & kStop)) return;
    ++k;
    while (k < tokens.size() && tokens[k].closed == Closed::Determiner) ++k;
    if (k < tokens.size() && !(tokens[k].gap & kStop) && !tokens[k].capitalised &&
        is_noun(impl, tokens[k]))
      set(*trend, tokens[k]);
  }
}

// Whether the token at `at` shows the word before it to be a noun, the subject of what
// follows: an auxiliary or a modal ("ships were", "boats had", "trucks will"). (Before a
// preposition or a conjunction the word may still be a verb, or a compound go on:
// "internet traffic and telephone communications".)
bool opens_predicate(const std::vector<Token>& tokens, size_t at) {
  if (at >= tokens.size()) return false;
  const Token& token = tokens[at];
  if (token.gap & (kComma | kBreak | kQuoteMark)) return false;
  return token.closed == Closed::Auxiliary || token.closed == Closed::Modal;
}

// True when the span of time in tokens [first, end) is one spent in prison: "in prison",
// "in jail" or "behind bars" right after it, or a word of prison just before it ("jailed
// for", "sentenced to", "imprisoned for", "a prison term of").
bool prison_term(const std::vector<Token>& tokens, size_t first, size_t end) {
  static const std::unordered_set<std::string_view> kPlaces = {"prison", "jail", "gaol"};
  static const std::unordered_set<std::string_view> kBefore = {
      "jailed",   "imprisoned", "sentenced", "prison",      "jail",
      "sentence", "term",       "gaoled",    "incarcerated"};
  if (end + 1 < tokens.size() && !(tokens[end].gap & (kComma | kBreak)) &&
      ((tokens[end].lower == "in" && kPlaces.count(tokens[end + 1].lower)) ||
       (tokens[end].lower == "behind" && tokens[end + 1].lower == "bars")))
    return true;
  // Up to two words between: "jailed for", "sentenced to", "a prison term of".
  for (size_t back = 1; back <= 3 && back <= first; ++back) {
    const Token& word = tokens[first - back];
    if (tokens[first - back + 1].gap & (kComma | kBreak)) break;  // the gap after the word
    if (kBefore.count(word.lower)) return true;
    if (word.lower != "for" && word.lower != "to" && word.lower != "of" && word.lower != "a" &&
        word.closed != Closed::Determiner)
      break;
  }
  return false;
}

// A spelled fraction's numerator and denominator from its two words: "a" / "third", "three"
// / "quarters", "half" alone (1 / 2); nullopt when either is unreadable.
std::optional<std::pair<double, double>> fraction_parts(const normalize::Numbers& numbers,
                                                        std::string_view numerator,
                                                        std::string_view denominator) {
  std::string top_word = text::fold(numerator);
  if (top_word == "half") return std::pair{1.0, 2.0};
  auto top = top_word == "a" || top_word == "an"
                 ? std::optional<normalize::Amount>(normalize::Amount{1, 1, false})
                 : numbers.parse(top_word);
  auto bottom = numbers.denominator(denominator);
  if (!top || !bottom || *bottom == 0) return std::nullopt;
  return std::pair{top->low, *bottom};
}

// The counted noun among the words that follow a figure: adjectives are skipped
// ("30 European countries"), a preposition or a verb ends the search.
std::string counted_noun(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t from,
                         size_t limit, uint32_t* end = nullptr) {
  std::string found;
  for (size_t k = from; k < tokens.size() && k < limit; ++k) {
    const Token& token = tokens[k];
    if (k > from && (token.gap & (kComma | kBreak | kQuoteMark))) break;
    // "six other regions", "two more days".
    if (token.lower == "other" || token.lower == "more" || token.lower == "additional") continue;
    if (token.closed != Closed::None || token.digit) break;
    uint8_t classes = impl.lexicon.classes(token.lower);
    if (classes == 0 && token.capitalised) {
      // A nationality qualifies the noun after it ("40 Serbian workers"); another
      // capitalised word is a name.
      if (impl.names.is_demonym(token.lower) && k + 1 < tokens.size() && k + 1 < limit) continue;
      break;
    }
    // A compound no dictionary lists counts what its last part names: "40 e-scooters"
    // counts bikes, "40 mini-buses" buses.
    std::string_view head = token.lower;
    if (size_t dash = head.rfind('-');
        classes == 0 && dash != std::string_view::npos && dash > 0 && dash + 1 < head.size()) {
      head.remove_prefix(dash + 1);
      classes = impl.lexicon.classes(head) & normalize::kNoun;
    }
    if (classes & normalize::kNoun) {
      found = impl.lexicon.noun_lemma(head);
      if (end) *end = token.span.end;
      // A noun followed by another noun is a modifier: "peace deal", "border guards"; not
      // by a word that is also an adverb ("48,000 vehicles daily").
      if (k + 1 < tokens.size() && k + 1 < limit && !(tokens[k + 1].gap) &&
          tokens[k + 1].closed == Closed::None) {
        uint8_t next = impl.lexicon.classes(tokens[k + 1].lower) &
                       (normalize::kNoun | normalize::kVerb | normalize::kAdverb);
        if (next == normalize::kNoun) continue;
        // A word that is also an adjective qualifies the noun after it: "148,000 electric
        // bicycles" (though "bicycle" is also a verb).
        if ((classes & normalize::kAdjective) && (next & normalize::kNoun) &&
            !opens_predicate(tokens, k + 1))
          continue;
        // A word that is also a verb is the head noun when an auxiliary follows it: "31
        // cargo ships were waiting", "two speed boats had surrounded" (not "workers ship
        // the goods"). Not a participle: "38 vessels waiting", "10 people killed".
        std::string_view word = tokens[k + 1].lower;
        if (next == (normalize::kNoun | normalize::kVerb) && !word.ends_with("ing") &&
            !word.ends_with("ed") && opens_predicate(tokens, k + 2))
          continue;
        // A singular noun before a plural one names its kind: "40 fishing boats sailed",
        // "1,500 shipping containers", "12 border posts" (a counted plural takes no verb
        // ending in -s).
        if ((next & normalize::kNoun) && impl.lexicon.noun_lemma(head) == head &&
            impl.lexicon.noun_lemma(word) != word)
          continue;
      }
      break;
    }
    if (!(classes & normalize::kAdjective)) break;
  }
  if (auto it = impl.concepts.find(found); it != impl.concepts.end()) return it->second;
  return found;
}

// The period a figure is a rate of, from the words right after it and what it counts
// ("900 trains a day", "48,000 vehicles daily", "$2 million a year":
// quantities/rate_periods.tsv); empty when none, or when the words go on to make it a time
// ("a day after the vote", "a year ago").
struct Rate {
  std::string_view period;  // "day", "year"
  uint32_t end = 0;         // end of the words that say it
};
Rate rate_period(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t at) {
  if (at >= tokens.size() || (tokens[at].gap & (kComma | kBreak | kQuoteMark))) return {};
  for (size_t words : {2, 1}) {
    if (at + words > tokens.size()) continue;
    std::string phrase = tokens[at].lower;
    if (words == 2) {
      if (tokens[at + 1].gap & (kComma | kBreak | kQuoteMark)) continue;
      phrase += ' ' + tokens[at + 1].lower;
    }
    auto it = impl.rate_periods.find(phrase);
    if (it == impl.rate_periods.end()) continue;
    size_t next = at + words;
    if (next < tokens.size() && !(tokens[next].gap & (kComma | kBreak)) &&
        impl.rate_not_after.count(tokens[next].lower))
      return {};
    return Rate{it->second, tokens[next - 1].span.end};
  }
  return {};
}

// The relative precision of a figure as written: half a unit of its last digit ("six" is
// 6 +/- 0.5, "6.2" is 6.2 +/- 0.05), at most 10%.
double written_rounding(double value) {
  constexpr double kMaxRounding = 0.1;
  double magnitude = std::fabs(value);
  if (magnitude == 0 || !std::isfinite(magnitude)) return 0;
  double unit = 1;
  if (magnitude == std::floor(magnitude)) {
    while (unit * 10 <= magnitude && std::fmod(magnitude, unit * 10) == 0) unit *= 10;
  } else {
    for (int digits = 0; digits < 6 && magnitude / unit != std::floor(magnitude / unit); ++digits)
      unit /= 10;
  }
  return std::min(unit / 2 / magnitude, kMaxRounding);
}

// A form of "be" or "have" between a casualty figure and what happened to it ("27 were
// injured", "12 have been killed").
bool linking_word(std::string_view word) {
  return word == "were" || word == "was" || word == "are" || word == "is" || word == "be" ||
         word == "been" || word == "being" || word == "have" || word == "has" || word == "had";
}

// The casualty a figure counts, from the words after it (quantities/casualty_words.tsv,
// `after`): "27 injured", "12 people died", "37 others were hurt", "five more were killed".
// Between the figure and the word: nouns that name no one in particular ("people",
// "others"), "other", "more", forms of "be" and "have", one adverb ("seriously"). Empty
// when the words say something else.
std::string casualty_after(const Extractor::Impl& impl, const std::vector<Token>& tokens,
                           size_t from) {
  constexpr size_t kMaxBetween = 5;
  bool verb_seen = false, adverb_seen = false, suffered = false;
  for (size_t k = from; k < tokens.size() && k <= from + kMaxBetween; ++k) {
    const Token& token = tokens[k];
    if (token.gap & (kComma | kBreak | kQuoteMark)) return {};
    if (auto it = impl.casualty_after.find(token.lower); it != impl.casualty_after.end())
      return it->second;
    // "six people suffered injuries", "three sustained serious wounds".
    if (suffered) {
      if (auto it = impl.casualty_suffered.find(token.lower); it != impl.casualty_suffered.end())
        return it->second;
    }
    if (!verb_seen && (token.lower == "suffered" || token.lower == "sustained")) {
      verb_seen = suffered = true;
      continue;
    }
    if (!verb_seen && !adverb_seen &&
        (token.lower == "more" || token.lower == "other" ||
         impl.casualty_people.count(token.lower)))
      continue;
    if (linking_word(token.lower)) {
      verb_seen = true;
      continue;
    }
    uint8_t classes = impl.lexicon.classes(token.lower);
    if (!adverb_seen && token.closed == Closed::None && (classes & normalize::kAdverb) &&
        !(classes & (normalize::kNoun | normalize::kVerb))) {
      adverb_seen = true;
      continue;
    }
    return {};
  }
  return {};
}

// The casualty a figure counts from a toll before it (quantities/casualty_words.tsv,
// `toll`): "the death toll rose to 14", "a toll of 14", "the toll stood at 14". Between
// them at most a trend or linking verb, "stood", "reached", "now", and "to", "at" or "of".
std::string casualty_toll(const Extractor::Impl& impl, const std::vector<Token>& tokens,
                          size_t at) {
  constexpr size_t kMaxBetween = 4;
  for (size_t k = std::min(at, tokens.size()), steps = 0; k > 0 && steps <= kMaxBetween;
       --k, ++steps) {
    if (k < tokens.size() && (tokens[k].gap & (kComma | kBreak | kQuoteMark))) return {};
    const Token& token = tokens[k - 1];
    if (auto it = impl.casualty_tolls.find(token.lower); it != impl.casualty_tolls.end())
      return it->second;
    const std::string& w = token.lower;
    bool between = w == "to" || w == "at" || w == "of" || w == "stood" || w == "stands" ||
                   w == "reached" || w == "now" || linking_word(w) || impl.trends.count(w) > 0;
    if (!between) return {};
  }
  return {};
}

// What a figure counts from "the number of" before it, when a trend or linking verb leads
// to the figure: "The number of patients in intensive care has since risen to 30", "the
// number of flights cancelled stands at 19". Empty otherwise. Between "of" and the figure
// at most kMaxBetween words, none a comma, a quote mark or a break.
std::string number_of(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t at) {
  constexpr size_t kMaxBetween = 9;
  static const std::unordered_set<std::string_view> kTotals = {"number", "total", "tally", "count"};
  bool moved = false;  // a trend or linking verb between the noun and the figure
  for (size_t k = std::min(at, tokens.size()), steps = 0; k > 2 && steps <= kMaxBetween;
       --k, ++steps) {
    if (k < tokens.size() && (tokens[k].gap & (kComma | kBreak | kQuoteMark))) return {};
    const std::string& w = tokens[k - 1].lower;
    moved = moved || linking_word(w) || impl.trends.count(w) > 0 || w == "stands" || w == "stood" ||
            w == "reached";
    if (w != "of" || !kTotals.count(tokens[k - 2].lower) || !moved) continue;
    if (tokens[k - 1].gap & (kComma | kBreak | kQuoteMark)) return {};
    return counted_noun(impl, tokens, k, std::min(k + 3, at));
  }
  return {};
}

// True when the sentence names a vote: a tally's figures are then votes.
bool names_vote(const std::vector<Token>& tokens) {
  static const std::unordered_set<std::string_view> kVoteWords = {
      "vote",    "votes",      "voted",       "voting",    "ballot",
      "ballots", "abstention", "abstentions", "abstained", "motion"};
  return std::any_of(tokens.begin(), tokens.end(),
                     [](const Token& token) { return kVoteWords.count(token.lower) > 0; });
}

}  // namespace

void extract_quantities(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  const normalize::Numbers& numbers = impl.numbers;
  for (const auto& sentence : impl.match_sentences(impl.quantities, document)) {
    const auto& tokens = state.sentence_tokens[sentence.sentence];
    uint32_t period_end = 0;  // the end of the last rate's period ("a day" is no duration)
    for (const rules::Match* match : best_matches(sentence.matches)) {
      if (match->span.start < period_end) continue;
      const std::string& id = match->rule->id;
      // A casualty verb's figure starts after the verb: "killing at least 12".
      const bool casualty = id == "quantity.casualty";
      const bool duration_rule = id == "quantity.duration" || id == "quantity.part-duration";
      uint32_t start = match->span.start;
      if (casualty) {
        auto number = match->capture("number");
        if (!number) continue;
        start = number->start;
      }
      // The figure itself (not the words after it) must lie outside time expressions.
      Span figure = match->span;
      for (std::string_view name : {"number", "ordinal", "number2", "numerator"}) {
        if (auto span = match->capture(name)) {
          figure = Span{start, span->end};
          break;
        }
      }
      bool in_time = std::any_of(state.times.begin(), state.times.end(), [&](const TimeMention& t) {
        return t.span.start < figure.end && figure.start < t.span.end;
      });
      if (in_time) continue;
      // An approximator or bound right before the figure: "about", "at least".
      Span sentence_span = document.sentences[sentence.sentence].span;
      size_t approximator_length = 0;
      std::string approximator = numbers.approximator_before(
          std::string_view(document.text).substr(sentence_span.start, start - sentence_span.start),
          approximator_length);
      Claim claim;
      claim.source = state.source;
      claim.sentence = sentence.sentence;
      claim.kind = ClaimKind::Quantity;
      claim.detail->rule = id;
      Span written{start - static_cast<uint32_t>(approximator_length), match->span.end};
      claim.span = written;
      claim.detail->value.kind = Value::Kind::Number;
      claim.detail->value.text = text::squeeze_spaces(document.slice(written));
      std::optional<normalize::Amount> amount;
      std::optional<double> converted;  // the figure as written, when its unit converts
      double calendar_spread = 0;       // months and years vary in days (below)
      bool share = false;
      std::optional<normalize::Amount> tally_for;  // a tally's votes for
      Span tally_for_span;
      if (id == "quantity.fraction") {
        if (match->capture("rank")) continue;  // "the first half of the season"
        std::string numerator = first_of(document, *match, {"numerator", "article", "half"});
        std::string denominator = first_of(document, *match, {"denominator", "denominator2"});
        auto part = fraction_parts(numbers, numerator, denominator);
        if (!part) continue;
        double percent = 100.0 * part->first / part->second;
        amount = normalize::Amount{percent, percent, false};
        claim.detail->value.unit = "percent";
        share = true;
      } else if (id == "quantity.ratio") {
        auto top = numbers.parse(capture_text(document, *match, "numerator"));
        auto bottom = numbers.parse(capture_text(document, *match, "denominator"));
        if (!top || !bottom || bottom->low == 0 || top->low > bottom->low) continue;
        double percent = 100.0 * top->low / bottom->low;
        amount = normalize::Amount{percent, percent, false};
        claim.detail->value.unit = "percent";
        share = true;
      } else if (id == "quantity.percent") {
        amount = numbers.parse(capture_text(document, *match, "number"));
        claim.detail->value.unit = "percent";
        share = true;
      } else if (id == "quantity.money") {
        std::string number =
            first_of(document, *match, {"number", "number2", "number3", "number4"});
        amount = numbers.parse(number);
        std::string scale = capture_text(document, *match, "scale");
        if (amount && !scale.empty()) {
          std::string folded = text::fold(scale);
          double factor = folded == "m" || folded == "mm" || folded == "mn" || folded == "million"
                              ? 1e6
                          : folded == "bn" || folded == "billion" ? 1e9
                          : folded == "trillion"                  ? 1e12
                          : folded == "k" || folded == "thousand" ? 1e3
                                                                  : 1;
          amount->low *= factor;
          amount->high *= factor;
        }
        claim.detail->value.unit = numbers.currency(
            first_of(document, *match, {"currency", "currency2", "currency3", "currency4"}));
      } else if (id == "quantity.range") {
        auto low = numbers.parse(first_of(document, *match, {"low", "low2"}));
        auto high = numbers.parse(first_of(document, *match, {"high", "high2"}));
        if (!low || !high) continue;
        auto second = match->capture("high2");
        // A vote's tally: "by 64 votes to 29" (or "by 29 votes to 64"), or a pair read
        // larger first in a sentence that names a vote ("passed 61 to 43"). The second
        // figure counts the votes against, the first the votes for (below).
        bool tally =
            second && (match->capture("votes") || (high->high < low->low && names_vote(tokens)));
        if (tally) {
          tally_for = *low;
          // Written apart ("64 votes to 29"), each figure is its own claim's span; joined
          // ("7-2", one token), both claims span the tally.
          bool apart =
              match->capture("votes") ||
              document.slice(Span{match->capture("low2").value_or(*second).end, second->start})
                      .find("to") != std::string_view::npos;
          tally_for_span = apart ? match->capture("low2").value_or(match->span) : match->span;
          claim.span = written = apart ? *second : match->span;
          claim.detail->value.text = text::squeeze_spaces(document.slice(*second));
          amount = high;
        } else {
          if (high->high < low->low) continue;
          amount = normalize::Amount{low->low, high->high, false};
          if (auto unit = numbers.unit(capture_text(document, *match, "unit"))) {
            amount->low = amount->low * unit->factor + unit->offset;
            amount->high = amount->high * unit->factor + unit->offset;
            claim.detail->value.unit = unit->canonical;
          }
        }
      } else if (id == "quantity.measure") {
        amount = numbers.parse(capture_text(document, *match, "number"));
        const auto* unit = numbers.unit(capture_text(document, *match, "unit"));
        if (!amount || !unit) continue;
        if (unit->factor != 1 && amount->low == amount->high) converted = amount->low;
        amount->low = amount->low * unit->factor + unit->offset;
        amount->high = amount->high * unit->factor + unit->offset;
        claim.detail->value.unit = unit->canonical;
      } else if (id == "quantity.compound" || duration_rule) {
        std::string number = capture_text(document, *match, "number");
        std::string folded = text::fold(text::squeeze_spaces(number));
        // "an hour", "half an hour", "a day and a half".
        double article = folded == "a" || folded == "an"             ? 1
                         : folded == "half a" || folded == "half an" ? 0.5
                                                                     : 0;
        // "a quarter of a century", "three-quarters of an hour".
        if (id == "quantity.part-duration") {
          size_t cut = folded.find_first_of(" -");
          size_t of = folded.find(" of ");
          if (cut == std::string::npos || of == std::string::npos || of < cut) continue;
          auto part = fraction_parts(numbers, std::string_view(folded).substr(0, cut),
                                     std::string_view(folded).substr(cut + 1, of - cut - 1));
          if (!part) continue;
          article = part->first / part->second;
        }
        amount = article > 0
                     ? std::optional<normalize::Amount>(normalize::Amount{article, article, false})
                     : numbers.parse(number);
        auto days = numbers.duration_days(capture_text(document, *match, "unit"));
        if (!amount || !days) continue;
        if (match->capture("and_half")) {
          amount->low += 0.5;
          amount->high += 0.5;
        }
        amount->low *= *days;
        amount->high *= *days;
        claim.detail->value.unit = "day";
        // A month is 28 to 31 days and a year 365 or 366 (their mean is no whole number of
        // days): "a two-month curfew" and "a 60-day one" agree.
        if (*days != std::floor(*days)) calendar_spread = *days < 365 ? 0.08 : 0.003;
      } else if (id == "quantity.ordinal") {
        auto rank = numbers.ordinal(capture_text(document, *match, "ordinal"));
        if (!rank || *rank == 0) continue;
        amount = normalize::Amount{*rank, *rank, false};
        claim.detail->value.unit = "rank";
      } else if (casualty) {
        amount = numbers.parse(capture_text(document, *match, "number"));
      } else {
        std::string number = capture_text(document, *match, "number");
        amount = numbers.parse(number);
        std::string folded = text::fold(number);
        // "one" alone is a pronoun more often than a count ("one of the leaders").
        if (folded == "one" && approximator.empty()) continue;
        // A figure after a capitalised word is an identifier: "Article 5", "World War 3";
        // not after an approximator or a closed-class word opening the clause after a
        // dateline ("OSLO, May 2 - About 9,000 flats").
        auto number_span = match->capture("number");
        size_t at = number_span ? token_at(tokens, number_span->start) : 0;
        if (at > 1 && at < tokens.size() && tokens[at - 1].capitalised && tokens[at].gap == 0 &&
            approximator.empty() && tokens[at - 1].closed == Closed::None)
          continue;
      }
      if (!amount) continue;
      numbers.apply(approximator, *amount, claim.detail->value);
      claim.detail->value.tolerance = std::max(claim.detail->value.tolerance, calendar_spread);
      // A figure converted to the canonical unit keeps the precision it was written with:
      // "six miles" is 9.7 km give or take half a mile, and agrees with "10 kilometres".
      if (converted && claim.detail->value.tolerance == 0 && !claim.detail->value.high_open)
        claim.detail->value.tolerance = written_rounding(*converted);

      // What is counted and whose: "30 countries", "20% of Ukraine's land", "a coalition of".
      size_t first = token_at(tokens, match->span.start);
      size_t after = token_at(tokens, match->span.end);
      // "half of", "a third of": the pattern took the "of"; step back onto it.
      if (after > 0 && after - 1 < tokens.size() && tokens[after - 1].lower == "of" &&
          tokens[after - 1].span.end == match->span.end)
        --after;
      if (auto counted = match->capture("counted")) {
        size_t from = token_at(tokens, counted->start);
        uint32_t noun_end = 0;
        claim.detail->counted =
            counted_noun(impl, tokens, from, token_at(tokens, counted->end) + 1, &noun_end);
        // "thousands of people", "dozens of homes": the noun after "of"; past the whole
        // the figure is part of ("six of the ten members", "seven of the 12 Monetary
        // Policy Council members").
        if (claim.detail->counted.empty() && from < tokens.size() && tokens[from].lower == "of") {
          constexpr size_t kWordsToNoun = 3, kWordsToNounAfterWhole = 5;
          size_t k = from + 1;
          while (k < tokens.size() &&
                 (tokens[k].closed == Closed::Determiner || tokens[k].lower == "those")) {
            ++k;
          }
          // "eleven of the injured", "17 of those hurt": the casualty those words name.
          if (k < tokens.size() && k > from + 1 && !(tokens[k - 1].gap & (kComma | kBreak))) {
            if (auto it = impl.casualty_after.find(tokens[k].lower);
                it != impl.casualty_after.end()) {
              claim.detail->counted = it->second;
              noun_end = tokens[k].span.end;
            }
          }
          size_t limit = k + kWordsToNoun;
          if (k < tokens.size() && (tokens[k].digit || impl.numbers.parse(tokens[k].lower))) {
            ++k;
            limit = k + kWordsToNounAfterWhole;
          }
          if (claim.detail->counted.empty())
            claim.detail->counted = counted_noun(impl, tokens, k, limit, &noun_end);
        }
        // A count of casualties names no noun, or one that names no one in particular:
        // "27 were injured", "37 others were hurt", "12 people died", "the death toll
        // rose to 14" count the injured and the dead. Not a figure that belongs to a
        // noun before it ("a mother of 12 killed in crossfire"), but for a total or toll.
        if (id == "quantity.count" &&
            (claim.detail->counted.empty() || impl.casualty_people.count(claim.detail->counted))) {
          size_t at = token_at(tokens, written.start);
          bool owned = at > 0 && at <= tokens.size() && tokens[at - 1].lower == "of" &&
                       !(at > 1 && (tokens[at - 2].lower == "total" ||
                                    impl.casualty_tolls.count(tokens[at - 2].lower)));
          auto number_span = match->capture("number");
          std::string casualty_concept;
          if (!owned && number_span)
            casualty_concept = casualty_after(impl, tokens, token_at(tokens, number_span->end));
          if (casualty_concept.empty()) casualty_concept = casualty_toll(impl, tokens, at);
          if (!casualty_concept.empty()) claim.detail->counted = casualty_concept;
          if (claim.detail->counted.empty()) claim.detail->counted = number_of(impl, tokens, at);
        }
        if (id != "quantity.compound" && id != "quantity.ordinal" &&
            claim.detail->counted.empty()) {
          // A bare figure with no noun after it ("in 2014", "No. 1") is not a count.
          if (!tokens.empty() && first < tokens.size() && !tokens[first].digit) continue;
        }
        // The claim ends with the counted noun, not with the words the pattern looked at.
        uint32_t figure_end = counted->start > match->span.start ? counted->start : match->span.end;
        while (figure_end > match->span.start && document.text[figure_end - 1] == ' ') --figure_end;
        claim.span.end = noun_end == 0 ? figure_end : noun_end;
        claim.detail->value.text =
            text::squeeze_spaces(document.slice(Span{written.start, figure_end}));
      } else if (id == "quantity.count") {
        // A figure that ends its sentence counts what a toll or "the number of" before it
        // names ("the death toll rose to 14.", "the number of beds in use now stands at
        // 640."), or nothing worth a claim.
        size_t at = token_at(tokens, written.start);
        std::string toll = casualty_toll(impl, tokens, at);
        claim.detail->counted = toll.empty() ? number_of(impl, tokens, at) : toll;
        if (claim.detail->counted.empty()) continue;
        claim.span.end = figure.end;
        claim.detail->value.text =
            text::squeeze_spaces(document.slice(Span{written.start, figure.end}));
      }
      if (casualty) {
        // "killing 12", "injured 27 people": the casualty the verb names, unless a noun
        // that names someone in particular follows ("killed 12 soldiers").
        auto verb = match->capture("verb");
        auto it = verb ? impl.casualty_verbs.find(text::fold(document.slice(*verb)))
                       : impl.casualty_verbs.end();
        if (it == impl.casualty_verbs.end()) continue;
        size_t next = token_at(tokens, figure.end);
        if (amount->low == 1 && amount->high == 1 && approximator.empty() && next < tokens.size() &&
            tokens[next].lower == "of")
          continue;  // "killed one of the gunmen": whose count is not known
        uint32_t noun_end = 0;
        std::string noun;
        if (next < tokens.size() && !(tokens[next].gap & (kComma | kBreak | kQuoteMark))) {
          noun = counted_noun(impl, tokens, next, next + 3, &noun_end);
          // A lower-case word no dictionary knows names someone too ("two women").
          const Token& word = tokens[next];
          if (noun.empty() && word.closed == Closed::None && !word.digit && !word.capitalised &&
              impl.lexicon.classes(word.lower) == 0 && !impl.casualty_after.count(word.lower) &&
              word.lower != "more" && word.lower != "other") {
            noun = impl.lexicon.noun_lemma(word.lower);
            if (noun.empty()) noun = word.lower;
            noun_end = word.span.end;
          }
        }
        claim.detail->counted =
            noun.empty() || impl.casualty_people.count(noun) ? it->second : noun;
        if (!noun.empty()) claim.span.end = noun_end;
      }
      if (share && after < tokens.size() && tokens[after].lower == "of" &&
          !(tokens[after].gap & (kComma | kBreak))) {
        size_t k = after + 1;
        while (k < tokens.size() && tokens[k].closed == Closed::Determiner) ++k;
        if (k < tokens.size()) {
          // "of Ukraine's land": the owner, then the noun; "of Ukraine": its territory.
          const Mention* owner = nullptr;
          for (const auto& mention : state.mentions) {
            if (mention.offset == tokens[k].span.start) owner = &mention;
          }
          size_t noun = k;
          if (owner) {
            while (noun < tokens.size() && tokens[noun].span.end <= owner->end) ++noun;
            claim.detail->subject = owner->key;
          }
          // "of the European market": a nationality before the noun is the owner's, as
          // "of Europe's market" is.
          bool demonym = owner && owner->type == EntityType::Place &&
                         impl.names.is_demonym(document.slice(Span{owner->offset, owner->end}));
          if (!owner && noun < tokens.size() && tokens[noun].capitalised &&
              noun + 1 < tokens.size() &&
              impl.names.is_demonym(document.slice(tokens[noun].span))) {
            if (auto it = impl.demonym_places.find(std::string(document.slice(tokens[noun].span)));
                it != impl.demonym_places.end())
              claim.detail->subject = normalize::key_of(it->second);
            ++noun;
            demonym = true;
          }
          if (noun < tokens.size() && !(tokens[noun].gap & (kComma | kBreak)) &&
              (!owner || demonym || tokens[noun - 1].possessive)) {
            claim.detail->counted = counted_noun(impl, tokens, noun, noun + 4);
            claim.span.end =
                std::max(claim.span.end, tokens[std::min(noun, tokens.size() - 1)].span.end);
          }
          if (claim.detail->counted.empty() && owner && owner->type == EntityType::Place)
            claim.detail->counted = "territory";
          claim.span.end = std::max(claim.span.end, owner ? owner->end : tokens[k].span.end);
        }
      }
      // Whose: "a coalition of 30 countries".
      if (claim.detail->subject.empty() && first >= 2 && tokens[first - 1].lower == "of" &&
          is_noun(impl, tokens[first - 2]) && !(tokens[first - 1].gap & (kComma | kBreak))) {
        claim.detail->subject = impl.lexicon.noun_lemma(tokens[first - 2].lower);
        claim.span.start = std::min(claim.span.start, tokens[first - 2].span.start);
      }
      // A change: "rose to 40", "fell by 3%", "rose by about 12 percent" (from before the
      // approximator, which the pattern's match does not hold).
      size_t k = token_at(tokens, written.start);
      while (k > 0 && (tokens[k - 1].lower == "to" || tokens[k - 1].lower == "by" ||
                       tokens[k - 1].lower == "from")) {
        --k;
      }
      // "up to" is a bound ("the river was rising at up to 30 cm an hour"), but for after a
      // verb of motion ("went up to 40", "shot up to $90").
      auto up_to_bound = [&] {
        if (tokens[k - 1].lower != "up" || k >= tokens.size() || tokens[k].lower != "to")
          return false;
        if (k < 2) return true;
        static const std::unordered_set<std::string_view> kRising = {
            "went",   "go",    "goes",   "gone",    "going",  "shot",  "shoots", "jumped",
            "jumps",  "moved", "moves",  "climbed", "climbs", "edged", "edges",  "inched",
            "ticked", "crept", "creeps", "rose",    "rise",   "rises", "rising", "risen"};
        return kRising.count(tokens[k - 2].lower) == 0;
      };
      if (k > 0 && !up_to_bound()) {
        if (auto it = impl.trends.find(tokens[k - 1].lower); it != impl.trends.end()) {
          claim.detail->trend = it->second;
          if (claim.detail->subject.empty() && claim.detail->counted.empty())
            change_owner(impl, tokens, state.mentions, k - 1, claim);
        } else if (k < tokens.size() && tokens[k].lower == "by" && claim.detail->counted.empty()) {
          changed_object(impl, tokens, state.mentions, k, claim);
        }
      }
      if (claim.detail->trend.empty() && claim.detail->counted.empty())
        change_after(impl, tokens, token_at(tokens, claim.span.end), claim);
      // A share or points and a comparative after them: "closed 0.6 percent lower", "were
      // 34% higher than a year earlier", "ended 12 points down".
      if (claim.detail->trend.empty() &&
          (claim.detail->value.unit == "percent" || claim.detail->counted == "point")) {
        size_t comparative = token_at(tokens, claim.span.end);
        if (comparative < tokens.size() &&
            !(tokens[comparative].gap & (kComma | kBreak | kQuoteMark))) {
          const std::string& word = tokens[comparative].lower;
          if (word == "higher" || word == "up") claim.detail->trend = "up";
          if (word == "lower" || word == "down") claim.detail->trend = "down";
        }
      }
      if (id != "quantity.ordinal" && id != "quantity.compound") {
        Rate rate = rate_period(impl, tokens, token_at(tokens, claim.span.end));
        if (!rate.period.empty()) {
          std::string& unit = claim.detail->value.unit;
          unit += (unit.empty() ? "per " : " per ") + std::string(rate.period);
          period_end = rate.end;
        }
      }
      claim.detail->predicate = share ? "share" : (id == "quantity.ordinal" ? "rank" : "count");
      if (id == "quantity.money") claim.detail->predicate = "amount";
      if (id == "quantity.measure" || id == "quantity.range") claim.detail->predicate = "measure";
      if (id == "quantity.compound" || duration_rule) claim.detail->predicate = "duration";
      // A span of time in prison is a kind of its own, which a story gives once or twice:
      // "seven years in prison", "jailed for six years", "a prison term of 12 years".
      if (duration_rule && claim.detail->counted.empty() &&
          prison_term(tokens, token_at(tokens, written.start), token_at(tokens, claim.span.end)))
        claim.detail->counted = "prison term";
      if (tally_for) {
        claim.detail->predicate = "count";
        claim.detail->counted = "votes against";
        claim.detail->value.unit.clear();
        Claim votes_for = claim;
        votes_for.span = tally_for_span;
        votes_for.detail->counted = "votes for";
        votes_for.detail->value.low = tally_for->low;
        votes_for.detail->value.high = tally_for->high;
        votes_for.detail->value.text =
            text::squeeze_spaces(document.slice(match->capture("low2").value_or(tally_for_span)));
        state.claims.push_back(std::move(votes_for));
        state.claim_verbs.push_back(Span{});
      }
      state.claims.push_back(std::move(claim));
      state.claim_verbs.push_back(Span{});
    }
  }
}

}  // namespace cc::extract
