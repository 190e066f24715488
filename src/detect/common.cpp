#include "detect/common.hpp"

#include <algorithm>
#include <cmath>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

bool comparable(const Context& context, const Claim& a, const Claim& b) {
  if (a.index == b.index) return false;
  return context.options.within_source || a.source != b.source;
}

bool tentative(const Claim& claim) {
  return claim.modality == Modality::Hedged || claim.modality == Modality::Planned;
}

std::string predicate_of(const Claim& claim) {
  if (claim.kind == ClaimKind::ReportedSpeech || claim.kind == ClaimKind::Time) return {};
  if (!claim.detail->predicate_class.empty()) return text::fold(claim.detail->predicate_class);
  if (claim.kind == ClaimKind::Quote) return {};
  return text::fold(claim.detail->predicate);
}

const std::string& actor_of(const Claim& claim) {
  return claim.detail->subject.empty() && claim.kind == ClaimKind::Quote ? claim.detail->speaker
                                                                         : claim.detail->subject;
}

std::unordered_set<std::string> word_list(const rules::RuleSet& rules, std::string_view name) {
  std::unordered_set<std::string> out;
  if (const auto* table = rules.table(name)) {
    for (const auto& row : table->rows()) out.insert(text::fold(row.front()));
  }
  return out;
}

namespace {

bool names(const Claim& claim, const std::string& key) {
  return std::find(claim.detail->entities.begin(), claim.detail->entities.end(), key) !=
         claim.detail->entities.end();
}

// Words before a claim that make it a condition, not a statement, looked for this far back.
constexpr size_t kConditionWords = 3;

}  // namespace

bool named_actor(const Claim& claim) {
  const std::string& actor = actor_of(claim);
  return !actor.empty() && names(claim, actor);
}

bool same_actor(const Claim& a, const Claim& b) {
  return !actor_of(a).empty() && actor_of(a) == actor_of(b);
}

bool different_actors(const Claim& a, const Claim& b) {
  if (!named_actor(a) || !named_actor(b) || same_actor(a, b)) return false;
  return !names(a, actor_of(b)) && !names(b, actor_of(a));
}

Occurrence::Occurrence(const rules::RuleSet& rules)
    : recurrence_(word_list(rules, "detect/recurrence")),
      ordinals_(word_list(rules, "detect/ordinal_recurrence")),
      next_(word_list(rules, "detect/next_occurrence")),
      negations_(word_list(rules, "common/negations")),
      speech_acts_(word_list(rules, "detect/speech_acts")),
      nonfactive_(word_list(rules, "detect/nonfactive")),
      conditionals_(word_list(rules, "detect/conditionals")) {
  if (const auto* table = rules.table("detect/recurrence")) {
    for (const auto& row : table->rows()) {
      if (row.size() >= 2 && row[1] == "time") before_time_.insert(text::fold(row[0]));
    }
  }
  for (std::string_view name :
       {"quantities/durations", "time/weekdays", "time/months", "time/day_parts"}) {
    for (const auto& word : word_list(rules, name)) time_words_.insert(word);
  }
  durations_ = word_list(rules, "quantities/durations");
  if (const auto* table = rules.table("common/negation_idioms")) {
    for (const auto& row : table->rows()) {
      std::vector<std::string> words;
      for (const auto& word : text::words(row.front())) words.push_back(word.norm);
      if (!words.empty()) negation_idioms_.push_back(std::move(words));
    }
  }
  if (const auto* table = rules.table("detect/stance_words")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      if (row[1] == "softener") softeners_.insert(text::fold(row[0]));
      if (row[1] == "qualifier") qualifiers_.insert(text::fold(row[0]));
    }
  }
}

bool Occurrence::qualified(const Analysis& analysis, const Claim& claim, bool clause) const {
  if (claim.kind != ClaimKind::Stance) return false;
  const Document& document = analysis.documents[claim.source];
  if (claim.span.end > document.text.size()) return false;
  // Its own words before the object: "broadly defended", "had some reservations about".
  auto words = text::words(document.slice(claim.span));
  size_t object = text::words(claim.detail->object).size();
  for (size_t i = 0; i + object < words.size(); ++i) {
    if (softeners_.count(words[i].norm)) return true;
  }
  if (!clause) return false;
  // The clause right after it: "welcomed the ruling, but said it would change little".
  Span sentence = analysis.sentence_extent(claim);
  auto after = text::words(document.slice(Span{claim.span.end, sentence.end}));
  if (after.empty() || !qualifiers_.count(after.front().norm)) return false;
  std::string_view gap =
      document.slice(Span{claim.span.end, claim.span.end + after.front().span.start});
  return gap.find_first_not_of(" ,") == std::string_view::npos;
}

bool Occurrence::unread_negation(const Analysis& analysis, const Claim& claim) const {
  if (claim.polarity == Polarity::Negated) return false;
  const Document& document = analysis.documents[claim.source];
  if (claim.span.end > document.text.size()) return false;
  auto words = text::words(document.slice(claim.span));
  // Past the event's own word, "and" or "but" opens another clause: "had been inspected in
  // March and no violations were found" (a predicate spelt otherwise, "met", is not seen).
  const std::string& lemma = claim.detail->predicate;
  std::string_view text = document.slice(claim.span);
  // Whether a comma stands right before word i.
  auto after_comma = [&](size_t i) {
    size_t from = i == 0 ? 0 : words[i - 1].span.end;
    return text.substr(from, words[i].span.start - from).find(',') != std::string_view::npos;
  };
  bool past_event = false;
  bool relative = false;  // inside ", who had not been roped," before the event word
  for (size_t i = 0; i < words.size(); ++i) {
    if (lemma.size() >= 3 && words[i].norm.starts_with(lemma)) past_event = true;
    if (past_event && (words[i].norm == "and" || words[i].norm == "but")) break;
    if (!past_event && after_comma(i)) {
      relative = words[i].norm == "who" || words[i].norm == "which" || words[i].norm == "whose";
    }
    if (relative && !past_event) continue;
    // "No-one" is "no one".
    std::string_view word = words[i].norm;
    std::string_view head = word.substr(0, word.find('-'));
    if (!negations_.count(std::string(word)) && !negations_.count(std::string(head))) continue;
    bool idiom = std::any_of(negation_idioms_.begin(), negation_idioms_.end(), [&](const auto& p) {
      if (i + p.size() > words.size()) return false;
      for (size_t j = 0; j < p.size(); ++j) {
        if (words[i + j].norm != p[j]) return false;
      }
      return true;
    });
    if (!idiom) return true;
  }
  return false;
}

bool Occurrence::said_in_quote(const Analysis& analysis, const Claim& claim) const {
  if (claim.kind == ClaimKind::Quote || !speech_acts_.count(predicate_of(claim))) return false;
  return inside_quote(analysis, claim);
}

bool Occurrence::inside_quote(const Analysis& analysis, const Claim& claim) const {
  if (claim.kind == ClaimKind::Quote) return false;
  auto inside = [&](const Claim& other) {
    return other.kind == ClaimKind::Quote && other.span.start <= claim.span.start &&
           claim.span.end <= other.span.end;
  };
  auto same_sentence = [&](const Claim& other) {
    return other.source == claim.source && other.sentence == claim.sentence;
  };
  for (size_t i = claim.index; i-- > 0 && same_sentence(analysis.claims[i]);) {
    if (inside(analysis.claims[i])) return true;
  }
  return false;
}

namespace {
// What "opening" stands for before a unit of time ("the opening day").
const std::string kFirst = "first";

// Words that open a clause of its own after a comma: a contrast, a relative clause, an
// attribution ("..., according to monitors, who said they had counted ... in the past week").
const std::unordered_set<std::string> kContrasts = {"but", "while", "whereas",  "although",
                                                    "who", "which", "according"};

// "cut by almost a third since 2019", "a third of the crews": a share, not the third of
// several occurrences ("a third attack", "for a second time" name a noun after it).
bool fraction(const std::vector<text::Word>& words, size_t i) {
  static const std::unordered_set<std::string_view> kOrdinals = {"second", "third", "fourth"};
  static const std::unordered_set<std::string_view> kAfter = {
      "of",  "since", "in",   "on",   "from", "to", "by",      "than",
      "and", "or",    "over", "last", "this", "at", "between", "compared"};
  if (!kOrdinals.count(words[i].norm) || i == 0) return false;
  const std::string& before = words[i - 1].norm;
  if (before != "a" && before != "one" && before != "two") return false;
  return i + 1 == words.size() || kAfter.count(words[i + 1].norm) > 0;
}
}  // namespace

namespace {

// Recurrence words that name a period ("daily", "annual").
const std::unordered_set<std::string_view> kPeriodic = {"daily", "weekly", "monthly", "annual",
                                                        "yearly"};

// "most", "best", "worst", "least" or a word of six letters or more in "-est" ("biggest",
// "sharpest"; "interest" and "protest" do not stand before a period). The extractor's
// check (extract/times.cpp) asks its lexicon for the adjective; here, before a period,
// the spelling is enough.
bool superlative_form(std::string_view word) {
  return word == "most" || word == "best" || word == "worst" || word == "least" ||
         (word.size() >= 6 && word.ends_with("est"));
}

}  // namespace

std::string Occurrence::recurrence_mark(const Analysis& analysis, const Claim& claim,
                                        bool names_apart, bool objects_apart) const {
  Span extent = analysis.sentence_extent(claim);
  const Document& document = analysis.documents[claim.source];
  // The object's bytes in the document, when asked to leave them out.
  Span object{0, 0};
  if (objects_apart && !claim.detail->object.empty() && claim.span.end <= document.text.size()) {
    size_t at = document.slice(claim.span).find(claim.detail->object);
    if (at != std::string_view::npos) {
      object.start = claim.span.start + static_cast<uint32_t>(at);
      object.end = object.start + static_cast<uint32_t>(claim.detail->object.size());
    }
  }
  auto words = text::words(document.slice(extent));
  // With `names_apart`, a capitalised word inside a sentence is part of a name
  // ("Bosphorus Daily", "New York"), not a mark of recurrence, unless the sentence is a
  // headline in title case ("Second Quake Hits Iran").
  auto capitalised = [&](const text::Word& word) {
    size_t at = extent.start + word.span.start;
    return at < document.text.size() && document.text[at] >= 'A' && document.text[at] <= 'Z';
  };
  bool title_case = names_apart && 2 * static_cast<size_t>(
                                           std::count_if(words.begin(), words.end(), capitalised)) >
                                       words.size();
  // A relative clause set off by commas (", which represents 3,100 pilots,") has its own
  // events: a claim inside one reads only its words, a claim outside skips them ("The
  // union, which has struck twice this year, says 3,100 ..." / "which speaks for 1,300
  // pilots, said it had twice complained to the airline").
  auto clauses = text::relative_clauses(document.slice(extent), words);
  const Span* own = claim.span.start >= extent.start
                        ? text::clause_at(clauses, claim.span.start - extent.start)
                        : nullptr;
  for (size_t i = 0; i < words.size(); ++i) {
    if (text::clause_at(clauses, words[i].span.start) != own) continue;
    // Past the claim, ", but", ", while", ", who" or ", and" opens a clause of its own, whose
    // marks are its own events': "the northern flank had eased, but a second flank was still
    // burning", "with a budget of 900 million dollars, and the planners promised that no
    // new stadium would go up".
    size_t at = extent.start + words[i].span.start;
    if (at >= claim.span.end && (kContrasts.count(words[i].norm) || words[i].norm == "and") &&
        at > extent.start) {
      std::string_view before = document.slice(Span{claim.span.end, static_cast<uint32_t>(at)});
      size_t last = before.find_last_not_of(' ');
      if (last != std::string_view::npos && (before[last] == ',' || before[last] == ';')) break;
    }
    // "the opening day", "its opening week": the first of the event's days or weeks.
    bool opening = words[i].norm == "opening" && i + 1 < words.size() &&
                   durations_.count(words[i + 1].norm) > 0;
    if (!opening && !recurrence_.count(words[i].norm)) continue;
    if (names_apart && i > 0 && !title_case && capitalised(words[i])) continue;
    // "a second ammonia unit", "its third shift": an ordinal after a determiner inside the
    // object numbers the object ("won the game again" still marks the act).
    static const std::unordered_set<std::string_view> kDeterminers = {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that"};
    if (object.start <= at && at < object.end && i > 0 && kDeterminers.count(words[i - 1].norm))
      continue;
    // "last week", "next year": a time, not one of several events ("last Friday" still
    // counts: which week is not known).
    if ((words[i].norm == "last" || words[i].norm == "next") && i + 1 < words.size() &&
        durations_.count(words[i + 1].norm))
      continue;
    // "the first of its kind": what is new of its sort, not an act told again.
    if (i + 3 < words.size() && words[i + 1].norm == "of" &&
        (words[i + 2].norm == "its" || words[i + 2].norm == "their") &&
        (words[i + 3].norm == "kind" || words[i + 3].norm == "type" || words[i + 3].norm == "sort"))
      continue;
    // "over the next five years", "in the last few days": a span of time too.
    static const std::unordered_set<std::string_view> kSpanCounts = {
        "two", "three", "four",    "five",   "six",      "seven",  "eight",   "nine",   "ten",
        "12",  "few",   "several", "couple", "eighteen", "twelve", "fifteen", "twenty", "thirty"};
    auto counted_span = [&](size_t k) {
      if (k + 1 >= words.size() || !durations_.count(words[k + 1].norm)) return false;
      const std::string& n = words[k].norm;
      return kSpanCounts.count(n) > 0 || (!n.empty() && std::all_of(n.begin(), n.end(), [](char c) {
               return c >= '0' && c <= '9';
             }));
    };
    if ((words[i].norm == "last" || words[i].norm == "next" || words[i].norm == "past") &&
        counted_span(i + 1))
      continue;
    if (fraction(words, i)) continue;
    // "the second division", "a third-tier club", "the second-largest city": an ordinal
    // that ranks a kind, not one occurrence of several.
    static const std::unordered_set<std::string_view> kRanks = {
        "division", "tier", "league", "floor", "class", "degree", "grade", "largest", "biggest"};
    if (ordinals_.count(words[i].norm) && i + 1 < words.size() && kRanks.count(words[i + 1].norm))
      continue;
    // "the block next to it", "next door": a place beside, not the next occurrence.
    if (words[i].norm == "next" && i + 1 < words.size() &&
        (words[i + 1].norm == "to" || words[i + 1].norm == "door"))
      continue;
    // "once its ramp is repaired", "once they agree": a condition, not "one time".
    static const std::unordered_set<std::string_view> kClauseStarts = {
        "the", "its",  "their", "his", "her", "our", "this", "that", "these", "those",
        "it",  "they", "he",    "she", "we",  "you", "a",    "an",   "all",   "both"};
    if (words[i].norm == "once" && i + 1 < words.size() && kClauseStarts.count(words[i + 1].norm))
      continue;
    // "selling the depot to another operator", "merged with another lender": the
    // recipient, partner or source of the act is another one, not the act.
    if (words[i].norm == "another" && i > 0 &&
        (words[i - 1].norm == "to" || words[i - 1].norm == "with" || words[i - 1].norm == "from"))
      continue;
    // "the sharpest daily advance", "its biggest weekly loss": after a superlative a period
    // says what kind of record it is, not that the event recurs ("the most recent
    // inspection" still marks one of several).
    if (i > 0 && kPeriodic.count(words[i].norm) && superlative_form(words[i - 1].norm)) continue;
    if (before_time_.count(words[i].norm) &&
        (i + 1 >= words.size() || !time_words_.count(words[i + 1].norm)))
      continue;
    const std::string& word = opening ? kFirst : words[i].norm;
    std::string mark = i > 0 && (words[i - 1].norm == "a" || words[i - 1].norm == "an")
                           ? words[i - 1].norm + " " + word
                           : word;
    return i + 1 < words.size() ? mark + " " + words[i + 1].norm : mark;
  }
  return {};
}

bool Occurrence::period_of_event(std::string_view mark) const {
  size_t space = mark.find(' ');
  if (space == std::string_view::npos || mark.find(' ', space + 1) != std::string_view::npos)
    return false;
  return ordinals_.count(std::string(mark.substr(0, space))) > 0 &&
         durations_.count(std::string(mark.substr(space + 1))) > 0;
}

namespace {

// Whether `at`, in the claim's sentence, lies inside a time claim ("last week").
bool inside_time(const Analysis& analysis, const Claim& claim, Span at) {
  return any_in_sentence(analysis, claim, [&](const Claim& other) {
    return other.kind == ClaimKind::Time && other.span.start <= at.start &&
           at.end <= other.span.end;
  });
}

}  // namespace

std::string Occurrence::ordinal(const Analysis& analysis, const Claim& claim) const {
  Span extent = analysis.sentence_extent(claim);
  std::string found;
  for (const auto& word : text::words(analysis.documents[claim.source].slice(extent))) {
    if (!recurrence_.count(word.norm)) continue;
    if (!found.empty() || !ordinals_.count(word.norm)) return {};
    Span at{extent.start + word.span.start, extent.start + word.span.end};
    if (at.start < claim.span.start || at.end > claim.span.end) return {};
    bool in_time = inside_time(analysis, claim, at);
    if (in_time) return {};
    found = word.norm;
  }
  return found;
}

bool Occurrence::next(const Analysis& analysis, const Claim& claim) const {
  if (claim.modality != Modality::Planned) return false;
  bool marked = next_.count(predicate_of(claim)) > 0;
  Span extent = analysis.sentence_extent(claim);
  for (const auto& word : text::words(analysis.documents[claim.source].slice(extent))) {
    if (!recurrence_.count(word.norm)) continue;
    Span at{extent.start + word.span.start, extent.start + word.span.end};
    bool in_time = inside_time(analysis, claim, at);
    if (in_time) continue;
    if (!next_.count(word.norm)) return false;
    marked = true;
  }
  return marked;
}

bool Occurrence::embedded(const Analysis& analysis, const Claim& claim) const {
  auto frames = [&](const Claim& frame) {
    if (frame.index == claim.index || frame.kind == ClaimKind::Time) return false;
    bool nonfactive = nonfactive_.count(text::fold(frame.detail->predicate_class)) ||
                      nonfactive_.count(text::fold(frame.detail->predicate));
    // Inside the frame's extent ("Putin has demanded that Ukraine relinquish ...", "has
    // been accused of bombing ...": a passive frame can span the same words).
    return nonfactive && frame.span.start <= claim.span.start && claim.span.end <= frame.span.end &&
           !(nonfactive_.count(predicate_of(claim)) && frame.span == claim.span);
  };
  if (any_in_sentence(analysis, claim, frames)) return true;
  // A condition opens the clause right before the claim: "If Teixeira signs ...".
  const Document& document = analysis.documents[claim.source];
  Span extent = analysis.sentence_extent(claim);
  if (claim.span.start < extent.start || claim.span.start > document.text.size()) return false;
  auto before = text::words(document.slice(Span{extent.start, claim.span.start}));
  for (size_t k = 0; k < kConditionWords && k < before.size(); ++k) {
    const auto& word = before[before.size() - 1 - k];
    std::string_view gap = document.slice(
        Span{extent.start + word.span.end,
             k == 0 ? claim.span.start : extent.start + before[before.size() - k].span.start});
    if (gap.find(',') != std::string_view::npos) break;  // another clause
    if (conditionals_.count(word.norm)) return true;
  }
  return false;
}

bool times_may_coincide(const Value& a, const Value& b) {
  if (auto overlap = align::dates_overlap(a, b)) return *overlap;
  // Two weekdays not placed on the calendar: "on Monday" and "on Tuesday" are two days.
  constexpr std::string_view kWeekday = "weekday:";
  if (a.kind == Value::Kind::Text && b.kind == Value::Kind::Text && a.text.starts_with(kWeekday) &&
      b.text.starts_with(kWeekday))
    return a.text == b.text;
  return true;
}

bool times_compatible(const Claim& a, const Claim& b) {
  return times_may_coincide(a.detail->time, b.detail->time);
}

std::optional<std::pair<double, double>> when(const Analysis& analysis, const Claim& claim) {
  if (auto days = align::days(claim.detail->time)) return std::pair(days->low, days->high);
  const Document& document = analysis.documents[claim.source];
  if (!document.published) return std::nullopt;
  double day = static_cast<double>(days_from_civil(*document.published));
  return std::pair(day, day);
}

bool fewer_sources(const std::set<uint32_t>& one, const std::set<uint32_t>& two) {
  if (one.size() != two.size()) return one.size() < two.size();
  return !one.empty() && (two.empty() || *one.begin() < *two.begin());
}

std::string source_list(const Analysis& analysis, const std::vector<uint32_t>& sources,
                        size_t listed) {
  std::string out;
  for (size_t n = 0; n < sources.size(); ++n) {
    if (sources.size() > listed && n + 1 == listed) {
      out += " and " + std::to_string(sources.size() - n) + " other sources";
      break;
    }
    out += (n == 0                    ? ""
            : n + 1 == sources.size() ? " and "
                                      : ", ") +
           analysis.documents[sources[n]].id;
  }
  return out;
}

std::string who(const Analysis& analysis, const Claim& claim) {
  std::string out = analysis.documents[claim.source].id;
  // The named actor, else whoever the source quotes; a common noun ("meeting") says little.
  const std::string& name = named_actor(claim) ? actor_of(claim) : claim.detail->speaker;
  if (!name.empty()) out += " (" + std::string(analysis.entity_name(name)) + ")";
  return out;
}

std::string gist(const Analysis& analysis, const Claim& claim, size_t bytes) {
  std::string_view own = analysis.documents[claim.source].slice(claim.span);
  return "“" + text::truncate(text::squeeze_spaces(own), bytes) + "”";
}

std::optional<Span> find_words(const Analysis& analysis, const Claim& claim,
                               std::string_view words) {
  auto wanted = text::words(words);
  if (wanted.empty()) return std::nullopt;
  Span extent = analysis.sentence_extent(claim);
  auto found = text::words(analysis.documents[claim.source].slice(extent));
  for (size_t i = 0; i + wanted.size() <= found.size(); ++i) {
    bool match = true;
    for (size_t j = 0; match && j < wanted.size(); ++j) match = found[i + j].norm == wanted[j].norm;
    if (match) {
      return Span{extent.start + found[i].span.start,
                  extent.start + found[i + wanted.size() - 1].span.end};
    }
  }
  return std::nullopt;
}

Finding pair_finding(const Link& link, const Claim& first, const Claim& second, Level level,
                     std::string type, std::string rule, std::string summary,
                     std::string explanation) {
  Finding finding;
  finding.level = level;
  finding.type = std::move(type);
  finding.rule = std::move(rule);
  finding.summary = std::move(summary);
  finding.explanation = std::move(explanation);
  if (!link.reason.empty()) finding.explanation += " Aligned because: " + link.reason + ".";
  finding.score = link.score;
  finding.evidence = {Evidence{first.index, {}}, Evidence{second.index, {}}};
  return finding;
}

void highlight(const Analysis& analysis, Evidence& evidence, std::string_view words) {
  if (words.empty()) return;
  if (auto span = find_words(analysis, analysis.claims[evidence.claim], words)) {
    evidence.highlights.push_back(*span);
  }
}

std::string american_spelling(std::string word) {
  static const std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"our", "or"},   {"ise", "ize"},    {"isation", "ization"}, {"yse", "yze"}, {"ence", "ense"},
      {"lled", "led"}, {"lling", "ling"}, {"tre", "ter"},         {"ogue", "og"}};
  for (const auto& [british, american] : kSpellings) {
    for (size_t at = word.find(british); at != std::string::npos;
         at = word.find(british, at + american.size())) {
      word.replace(at, british.size(), american);
    }
  }
  return word;
}

std::string format_days(double low, double high) {
  auto day = [](double value) {
    // Values come from untrusted text: keep the conversion to an integer defined.
    if (!std::isfinite(value) || std::fabs(value) > 1e7) return std::string("?");
    return civil_from_days(static_cast<int64_t>(std::floor(value))).iso();
  };
  std::string first = day(low);
  std::string last = day(high);
  return first == last ? first : first + " to " + last;
}

}  // namespace cc::detect
