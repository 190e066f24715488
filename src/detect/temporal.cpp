#include "detect/temporal.hpp"

#include <optional>
#include <set>
#include <unordered_set>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <unordered_map>

#include "align/lexicon.hpp"
#include "align/score.hpp"
#include "align/sentence_words.hpp"
#include "align/values.hpp"
#include "core/text.hpp"
#include "detect/likeness.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Link score two events without a named actor need: their objects must agree closely.
constexpr double kStrongLink = 0.7;
// Two times of day this far apart (minutes) are two times, whatever "about" allows.
constexpr int kClockGap = 30;
// Two sentences tell the same thing when this share of their content words (Dice) and at
// least this many of them are alike.
constexpr double kToldAlike = 0.4;
constexpr size_t kToldShared = 3;
// Sentences less alike, down to this, when the time stands after the same words: two of
// the three words before it, one of them a content word ("will come into force on Friday" /
// "will come into force on Monday", "issued the quarry's permit in August" / "granted the
// quarry a permit in March"), which ties the clauses that say it however much else the sentences
// tell.
constexpr double kToldLoose = 0.25;
constexpr size_t kToldFrame = 2;

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

// A time the extractor could not place on the calendar (no publication date to resolve
// it against) but that still names a day or a month: "weekday:friday", "month:july",
// "date:XXXX-08-09". Two of one kind that differ cannot be one time: an event is not on
// a Friday and on a Thursday of the same week, in July and in August of the same year.
struct NamedTime {
  std::string kind;   // "weekday", "month", "date"
  std::string value;  // "friday", "july", "08-09"
  std::string shown;  // "Friday", "July", "August 9"
  std::string word;   // a word of it in the sentence, for highlighting: "friday", "august"
};

std::optional<NamedTime> named_time(const Value& time) {
  if (time.kind != Value::Kind::Text) return std::nullopt;
  const std::string& text = time.text;
  auto capitalised = [](std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
      word[0] = static_cast<char>(word[0] - 32);
    return word;
  };
  auto letters = [](std::string_view word) {
    return !word.empty() &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  for (std::string_view kind : {"weekday:", "month:"}) {
    if (!text.starts_with(kind)) continue;
    std::string value = text.substr(kind.size());
    if (!letters(value)) return std::nullopt;  // "weekday:last-friday": which week is not known
    return NamedTime{std::string(kind.substr(0, kind.size() - 1)), value, capitalised(value),
                     value};
  }
  // "date:XXXX-MM-DD": a day of a month, year unknown.
  if (text.size() == 15 && text.starts_with("date:XXXX-") && text[12] == '-') {
    int month = std::atoi(text.substr(10, 2).c_str());
    int day = std::atoi(text.substr(13, 2).c_str());
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    std::string name = kMonths[month - 1];
    std::string word = text::fold(name);
    return NamedTime{"date", text.substr(10), name + " " + std::to_string(day), word};
  }
  return std::nullopt;
}

// The month (1-12) a named date or month falls in; 0 for a weekday or an unknown name.
int month_of(const NamedTime& time) {
  if (time.kind == "date") return std::atoi(time.value.substr(0, 2).c_str());
  if (time.kind != "month") return 0;
  for (int m = 0; m < 12; ++m) {
    if (text::fold(kMonths[m]) == time.value) return m + 1;
  }
  return 0;
}

// True when two named times are of one kind and differ, or a day of one month and
// another month ("on Oct 21" / "in November").
bool named_apart(const std::optional<NamedTime>& a, const std::optional<NamedTime>& b) {
  if (!a || !b) return false;
  if (a->kind == b->kind) return a->value != b->value;
  bool day_and_month =
      (a->kind == "date" && b->kind == "month") || (a->kind == "month" && b->kind == "date");
  int ma = month_of(*a), mb = month_of(*b);
  return day_and_month && ma > 0 && mb > 0 && ma != mb;
}

// "clock:13:04" -> 784.
std::optional<int> clock_minutes(const Value& time) {
  const std::string& text = time.text;
  if (time.kind != Value::Kind::Text || text.size() != 11 || !text.starts_with("clock:") ||
      text[8] != ':')
    return std::nullopt;
  auto digits = [&](size_t at) {
    return std::isdigit(static_cast<unsigned char>(text[at])) &&
                   std::isdigit(static_cast<unsigned char>(text[at + 1]))
               ? (text[at] - '0') * 10 + (text[at + 1] - '0')
               : -1;
  };
  int hour = digits(6), minute = digits(9);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  return hour * 60 + minute;
}

// The words a claim's time of day was written in ("6:15 a.m."): those of the time claim of
// its sentence that holds the same time; empty when none does.
std::string clock_written(const Analysis& analysis, const Claim& claim) {
  std::string written;
  any_in_sentence(analysis, claim, [&](const Claim& other) {
    if (other.kind != ClaimKind::Time || other.detail->value.text != claim.detail->time.text)
      return false;
    written = other.detail->object;
    return true;
  });
  return written;
}

// Minutes between two times of day, around midnight; "4:30" written without "a.m." or
// "p.m." (and before 13:00) may be either half of the day.
int clock_gap(int a, std::string_view written_a, int b, std::string_view written_b) {
  auto half_known = [](int minutes, std::string_view written) {
    return minutes >= 13 * 60 || written.starts_with('0') ||
           std::any_of(written.begin(), written.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
  };
  int gap = std::abs(a - b);
  gap = std::min(gap, 24 * 60 - gap);
  if (!half_known(a, written_a) || !half_known(b, written_b))
    gap = std::min(gap, std::abs(gap - 12 * 60));
  return gap;
}

}  // namespace

TemporalDetector::TemporalDetector(const rules::RuleSet& rules) : occurrence_(rules) {
  if (const auto* table = rules.table("detect/time_bounds")) {
    for (const auto& row : table->rows()) bounds_.insert(text::fold(row.front()));
  }
  std::unordered_map<std::string, std::string> classes;
  if (const auto* table = rules.table("events/verb_classes")) {
    for (const auto& row : table->rows()) {
      if (row.size() > 1) classes.emplace(text::fold(row[0]), text::fold(row[1]));
    }
  }
  if (const auto* table = rules.table("lexicon/event_verb_forms")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      auto it = classes.find(text::fold(row[1]));
      verb_forms_.emplace(text::fold(row[0]),
                          it == classes.end() ? text::fold(row[1]) : it->second);
    }
  }
  if (const auto* table = rules.table("events/same_event_classes")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      std::string a = text::fold(row[0]), b = text::fold(row[1]);
      same_event_.insert(a + '\x1f' + b);
      same_event_.insert(b + '\x1f' + a);
    }
  }
  if (const auto* table = rules.table("quotes/cue_verbs")) {
    for (const auto& row : table->rows()) {
      if (row.size() > 1 && row[0].find(' ') == std::string::npos)
        verb_forms_.emplace(text::fold(row[0]), "speech:" + text::fold(row[1]));
    }
  }
}

size_t TemporalDetector::times_in_sentence(const Analysis& analysis, const Claim& claim) {
  // A time of day and a date beside its weekday ("just after 9 p.m. on Friday, April 11")
  // are one time, not two.
  std::set<std::string> times;
  bool weekday = false, date = false;
  any_in_sentence(analysis, claim, [&](const Claim& other) {
    if (other.kind != ClaimKind::Time) return false;
    const std::string& text = other.detail->value.text;
    if (text.starts_with("clock:")) return false;
    weekday = weekday || text.starts_with("weekday:");
    date = date || text.starts_with("date:") || other.detail->value.kind == Value::Kind::Date;
    times.insert(text);
    return false;
  });
  return times.size() - (weekday && date ? 1 : 0);
}

bool TemporalDetector::named_elsewhere(const Analysis& analysis, const Claim& claim,
                                       std::string_view word, std::string_view own) const {
  auto at = find_words(analysis, claim, word);
  if (!at) return false;
  const Document& document = analysis.documents[claim.source];
  Span extent = analysis.sentence_extent(claim);
  std::string_view sentence = document.slice(extent);
  auto words = text::words(sentence);
  size_t index = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (extent.start + words[i].span.start == at->start) index = i;
  }
  if (index == words.size()) return false;
  // No punctuation between two neighbouring words.
  auto joined = [&](size_t left, size_t right) {
    for (size_t k = words[left].span.end; k < words[right].span.start; ++k) {
      char c = sentence[k];
      if (c != ' ' && c != '\t') return false;
    }
    return true;
  };
  // "Patch Tuesday", "Black Friday": a capitalised word glued before a day names it.
  if (index > 0 && joined(index - 1, index)) {
    char first = sentence[words[index - 1].span.start];
    static const std::unordered_set<std::string> kLead = {"on",    "last", "next",  "this", "late",
                                                          "early", "by",   "since", "until"};
    if (first >= 'A' && first <= 'Z' && !kLead.count(words[index - 1].norm)) return true;
  }
  auto other_verb = [&](size_t i) {
    auto it = verb_forms_.find(words[i].norm);
    if (it != verb_forms_.end()) return it->second != own;
    // A past form no table lists ("intercepted"): another event, unless it is this one's.
    const std::string& w = words[i].norm;
    return w.size() > 5 && w.ends_with("ed") && !own.empty() && !w.starts_with(own.substr(0, 3));
  };
  static const std::unordered_set<std::string> kBefore = {"on",   "late", "early", "last",
                                                          "this", "in",   "next"};
  static const std::unordered_set<std::string> kAfter = {"morning", "afternoon", "evening", "night",
                                                         "he",      "she",       "it",      "they"};
  // The verb before it, across "on", "late", ...
  for (size_t i = index; i-- > 0;) {
    if (!joined(i, i + 1)) break;
    if (kBefore.count(words[i].norm)) continue;
    if (other_verb(i)) return true;
    break;
  }
  // The verb after it, across "afternoon", an adverb in -ly, a pronoun.
  for (size_t i = index + 1; i < words.size(); ++i) {
    if (!joined(i - 1, i)) break;
    if (kAfter.count(words[i].norm) || words[i].norm.ends_with("ly")) continue;
    if (other_verb(i)) return true;
    break;
  }
  return false;
}

namespace {

// "shortly after 2 a.m.", "just before midnight": an approximate time of the event, not a
// bound of it (words[at] is the bound word).
bool near_time(const std::vector<text::Word>& words, size_t at) {
  static const std::unordered_set<std::string_view> kNear = {
      "shortly", "just", "soon", "right", "immediately", "moments", "minutes"};
  return at > 0 && at < words.size() && (words[at].norm == "after" || words[at].norm == "before") &&
         kNear.count(words[at - 1].norm) > 0;
}

}  // namespace

std::string TemporalDetector::bound(const Analysis& analysis, const Claim& claim) const {
  auto named = named_time(claim.detail->time);
  std::string written = clock_minutes(claim.detail->time) ? clock_written(analysis, claim)
                        : named                           ? named->word
                                                          : claim.detail->time.text;
  if (written.empty()) return {};
  auto at = find_words(analysis, claim, written);
  if (!at) return {};
  Span extent = analysis.sentence_extent(claim);
  const Document& document = analysis.documents[claim.source];
  auto before = text::words(document.slice(Span{extent.start, at->start}));
  if (before.empty() || !bounds_.count(before.back().norm)) return {};
  if (near_time(before, before.size() - 1)) return {};
  return before.back().norm;
}

namespace {

// Whether the time `theirs` is the time `time`: the same day or month name, or dates that
// overlap.
bool same_time(const Value& theirs, const Value& time) {
  // Times of day: within the half hour that tells two apart (either half of the day when
  // unknown here: "at 4:30" may be the other's "4:30 p.m.").
  if (auto clock = clock_minutes(time)) {
    auto other = clock_minutes(theirs);
    return other && clock_gap(*clock, {}, *other, {}) < kClockGap;
  }
  if (auto named = named_time(time)) {
    auto other = named_time(theirs);
    return other && other->kind == named->kind && other->value == named->value;
  }
  auto overlap = align::dates_overlap(theirs, time);
  return overlap && *overlap;
}

}  // namespace

bool TemporalDetector::also_dates(const Analysis& analysis, const Claim& claim,
                                  const Value& time) const {
  return any_in_sentence(analysis, claim, [&](const Claim& other) {
    return other.kind == ClaimKind::Time && same_time(other.detail->value, time);
  });
}

bool TemporalDetector::dated_elsewhere(const Analysis& analysis, const Claim& claim,
                                       const Claim& other) const {
  std::string predicate = predicate_of(other);
  for (const Claim& mine : analysis.claims) {
    if (mine.source != claim.source || mine.index == claim.index) continue;
    if (mine.kind != ClaimKind::Event && mine.kind != ClaimKind::Stance) continue;
    if (predicate_of(mine) != predicate &&
        !same_event_.count(predicate_of(mine) + '\x1f' + predicate))
      continue;
    if (mine.polarity == other.polarity && same_time(mine.detail->time, other.detail->time))
      return true;
  }
  return false;
}

namespace {

// One finding per discrepancy: findings of one summary ("Sources place 'die' (Mark Felt)
// at different times: Friday vs Thursday") that all hold one claim are that claim's
// disagreement with several sources. The first keeps the others' claims as further
// evidence; the rest are dropped.
void merge_repeats(const Analysis& analysis, std::vector<Finding>& out, size_t first) {
  std::map<std::string, std::vector<size_t>> by_summary;
  for (size_t i = first; i < out.size(); ++i)
    by_summary[std::string(out[i].summary.str())].push_back(i);
  std::vector<bool> dropped(out.size(), false);
  for (const auto& entry : by_summary) {
    const std::vector<size_t>& group = entry.second;
    if (group.size() < 2) continue;
    std::map<uint32_t, size_t> uses;  // claim -> findings of the group holding it
    for (size_t i : group) {
      std::set<uint32_t> claims;
      for (const Evidence& e : out[i].evidence) claims.insert(e.claim);
      for (uint32_t c : claims) ++uses[c];
    }
    auto common = std::find_if(uses.begin(), uses.end(),
                               [&](const auto& use) { return use.second == group.size(); });
    if (common == uses.end()) continue;
    uint32_t main = common->first;
    Finding& lead = out[group.front()];
    if (lead.evidence.size() != 2) continue;
    if (lead.evidence[0].claim != main) std::swap(lead.evidence[0], lead.evidence[1]);
    uint32_t lead_other = analysis.claims[lead.evidence[1].claim].source;
    std::vector<uint32_t> also;
    for (size_t k = 1; k < group.size(); ++k) {
      const Finding& other = out[group[k]];
      if (other.evidence.size() != 2) continue;
      const Evidence& theirs =
          other.evidence[0].claim == main ? other.evidence[1] : other.evidence[0];
      uint32_t source = analysis.claims[theirs.claim].source;
      if (source == lead_other || std::count(also.begin(), also.end(), source)) {
        dropped[group[k]] = true;
        continue;
      }
      lead.evidence.push_back(theirs);
      also.push_back(source);
      dropped[group[k]] = true;
    }
    if (!also.empty()) {
      lead.explanation += " " + source_list(analysis, also) +
                          (also.size() == 1 ? " tells" : " tell") + " it as " +
                          analysis.documents[lead_other].id + " does.";
    }
  }
  size_t kept = first;
  for (size_t i = first; i < out.size(); ++i) {
    if (dropped[i]) continue;
    if (kept != i) out[kept] = std::move(out[i]);
    ++kept;
  }
  out.resize(kept);
}

}  // namespace

void TemporalDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  const size_t first = out.size();
  std::set<std::array<uint32_t, 4>> reported;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (!comparable(context, a, b) || a.kind == ClaimKind::Quantity ||
        b.kind == ClaimKind::Quantity) {
      continue;
    }
    auto ta = align::days(a.detail->time);
    auto tb = align::days(b.detail->time);
    auto na = named_time(a.detail->time);
    auto nb = named_time(b.detail->time);
    bool dated_apart = ta && tb && !align::overlap(*ta, *tb);
    // Times of day half an hour apart or more ("landed at 6:15 a.m." / "at 8:20 a.m."), as
    // written in the sentence's time claims.
    auto ca = clock_minutes(a.detail->time), cb = clock_minutes(b.detail->time);
    std::string clock_a = ca ? clock_written(analysis, a) : std::string();
    std::string clock_b = cb ? clock_written(analysis, b) : std::string();
    bool clocked_apart =
        !clock_a.empty() && !clock_b.empty() && clock_gap(*ca, clock_a, *cb, clock_b) >= kClockGap;
    if (clocked_apart) dated_apart = true;
    if (!dated_apart && !named_apart(na, nb)) continue;
    // A name without a date is read only where it is the event's own, and alone in its
    // sentence: "signed Wynn on Tuesday and Bell today" dates two signings.
    if (!dated_apart &&
        (named_elsewhere(analysis, a, na->word, predicate_of(a)) ||
         named_elsewhere(analysis, b, nb->word, predicate_of(b)) ||
         times_in_sentence(analysis, a) > 1 || times_in_sentence(analysis, b) > 1)) {
      continue;
    }
    std::string predicate = predicate_of(a), other = predicate_of(b);
    if (predicate.empty() || other.empty()) continue;
    if (predicate != other && !same_event_.count(predicate + '\x1f' + other)) continue;
    // Both must be stated as having happened, or both planned (a plan told for two days
    // is a divergence: plans move, but one of the two reports of it is wrong), by one
    // actor, about one occurrence.
    bool planned = a.modality == Modality::Planned && b.modality == Modality::Planned;
    if ((tentative(a) || tentative(b)) && !planned) continue;
    if (a.polarity != b.polarity) continue;
    // One actor: the same, or none named and the objects agree closely; a passive names
    // none ("The deal was signed" / "the union signed the contract").
    // The aligner discounts events dated apart (align::kOtherTime); that is what this
    // detector reports, not a sign of two events, so the strength asked is the undiscounted.
    double strong = dated_apart && !clocked_apart ? kStrongLink * align::kOtherTime : kStrongLink;
    // Two actors named by common nouns ("The climber, who had not been roped, fell" / "The
    // 23-year-old, who was unroped, fell") are one when the link is as strong.
    bool one_actor =
        same_actor(a, b) ||
        ((actor_of(a).empty() || actor_of(b).empty() || (!named_actor(a) && !named_actor(b))) &&
         link.score >= strong);
    if (!one_actor) continue;
    // One of several, unless both pick the same one: "the last inspection" / "had last
    // been inspected".
    // Two plans for the next one pick it too: "will meet again on May 6" / "the next round
    // of negotiations is scheduled for May 13".
    if (occurrence_.recurs(analysis, a) || occurrence_.recurs(analysis, b)) {
      std::string picked = occurrence_.ordinal(analysis, a);
      bool same = !picked.empty() && picked == occurrence_.ordinal(analysis, b);
      if (!same && !(planned && occurrence_.next(analysis, a) && occurrence_.next(analysis, b)))
        continue;
    }
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    if (occurrence_.unread_negation(analysis, a) || occurrence_.unread_negation(analysis, b)) {
      continue;
    }
    // A bound ("by 1958", "until Monday") is no date of the event ("had ended by 1958" and
    // "by 1960" both hold), unless both give the end of a state: "suspended until Monday" /
    // "suspended until Friday" end it apart.
    // Nor are two deadlines of one plan: "will close the plant by mid-2027" / "by the end
    // of 2027" cannot both be the company's plan.
    std::string bound_a = bound(analysis, a), bound_b = bound(analysis, b);
    bool both_until = bound_a == bound_b && (bound_a == "until" || bound_a == "till");
    bool deadlines = planned && bound_a == "by" && bound_b == "by";
    if ((!bound_a.empty() || !bound_b.empty()) && !both_until && !deadlines) continue;
    if (also_dates(analysis, a, b.detail->time) || also_dates(analysis, b, a.detail->time))
      continue;
    // One source tells such an event at the other's time too: two occurrences paired
    // across ("forcing both towns to shut their schools" on Monday / "Ely shut its schools
    // on Friday", which the first source also reports).
    if (dated_elsewhere(analysis, a, b) || dated_elsewhere(analysis, b, a)) continue;

    std::string when_a = clocked_apart ? clock_a
                         : dated_apart ? format_days(ta->low, ta->high)
                                       : na->shown;
    std::string when_b = clocked_apart ? clock_b
                         : dated_apart ? format_days(tb->low, tb->high)
                                       : nb->shown;
    // How the source wrote it, after the dates: a day or month name, a time of day, is its
    // own words.
    auto written = [&](const Claim& claim) {
      if (!dated_apart || clocked_apart) return std::string();
      return claim.detail->time.text.empty() ? std::string(" (resolved)")
                                             : " (“" + claim.detail->time.text + "”)";
    };
    std::string subject = actor_of(a);
    std::string summary =
        "Sources place '" + predicate + "'" +
        (subject.empty() ? std::string()
                         : " (" + std::string(analysis.entity_name(subject)) + ")") +
        " at different times: " + when_a + " vs " + when_b;
    std::string explanation =
        who(analysis, a) + (planned ? " plans it for " : " dates it ") + when_a + written(a) +
        "; " + who(analysis, b) + (planned ? " plans it for " : " dates it ") + when_b +
        written(b) + (written(b).empty() && when_b.ends_with('.') ? "" : ".") +
        (planned ? " Plans move, but the two reports of this one cannot both be right."
                 : " Neither marks it as a recurring event, so both cannot be right.");
    Finding finding = pair_finding(
        link, a, b, planned ? Level::Divergence : Level::Contradiction, "temporal",
        planned ? "divergence.temporal" : "contradiction.temporal", summary, explanation);
    highlight(analysis, finding.evidence[0],
              clocked_apart        ? clock_a
              : dated_apart || !na ? a.detail->time.text
                                   : na->word);
    highlight(analysis, finding.evidence[1],
              clocked_apart        ? clock_b
              : dated_apart || !nb ? b.detail->time.text
                                   : nb->word);
    out.push_back(std::move(finding));
    reported.insert({a.source, a.sentence, b.source, b.sentence});
    reported.insert({b.source, b.sentence, a.source, a.sentence});
  }
  told_alike(context, reported, out);
  merge_repeats(analysis, out, first);
}

namespace {

// A time as the second route compares it (a time of day, a day interval, or a day or
// month name), with what its sentence says around it.
struct TimeTold {
  const Claim* claim = nullptr;
  const Claim* event = nullptr;  // the event the extractor gave the time to, if any
  int category = 0;              // 1 time of day, 2 days, 3 weekday, 4 month, 5 date
  int minutes = 0;               // a time of day: minutes after midnight
  align::Interval days{};
  std::optional<NamedTime> named;
  // Of the sentence, its times and verbs of saying left out: one per sentence.
  SentenceGist* gist = nullptr;
  // The sentence's times, those written side by side ("at 2:09 a.m. on Sunday, May 3") in
  // one group; `own` is the group of this time.
  std::vector<std::vector<std::string>> groups;
  size_t own = 0;
  std::vector<const Claim*> figures;  // its quantities
  // The start of a span ("killed ... since July"): compared only with another start.
  bool since = false;
  // A deadline ("restored by Tuesday night", "reopened by Friday"): compared only
  // with another deadline.
  bool by = false;
};

// A time as compared for equality: a date by its days, else its normalised text.
std::string time_key(const Value& time) {
  if (auto days = align::days(time)) return format_days(days->low, days->high);
  return time.text;
}

// True when only spaces, commas and one of "on", "at", "in", "of", "around", "about"
// stand between two times: they are one time ("Monday, March 3", "9:27 a.m. on Sunday").
bool side_by_side(std::string_view between) {
  std::string word;
  for (char c : between) {
    if (c == ' ' || c == ',') continue;
    if (c < 'a' || c > 'z') return false;
    word += c;
  }
  return word.empty() || word == "on" || word == "at" || word == "in" || word == "of" ||
         word == "around" || word == "about";
}

// True when the two times are apart: times of day half an hour or more, days that do not
// overlap, names that differ.
bool times_apart(const TimeTold& a, const TimeTold& b) {
  if (a.category == 1) {
    return clock_gap(a.minutes, a.claim->detail->object, b.minutes, b.claim->detail->object) >=
           kClockGap;
  }
  if (a.category == 2) return !align::overlap(a.days, b.days);
  return a.named->value != b.named->value;
}

// True when the sentence names no time the other does not but this one (and those written
// beside it: "Tuesday, June 8, at 11 a.m." / "Wednesday, June 9, at 11 a.m."): "released
// on Sunday morning ... arrived at 3:15 p.m." / "on Sunday morning ... reached the capital
// at 5:15 p.m." agree on their other time.
bool alone_apart(const TimeTold& x, const TimeTold& y) {
  for (size_t g = 0; g < x.groups.size(); ++g) {
    if (g == x.own) continue;
    bool common = std::any_of(x.groups[g].begin(), x.groups[g].end(), [&](const auto& key) {
      return std::any_of(y.groups.begin(), y.groups.end(), [&](const auto& other) {
        return std::find(other.begin(), other.end(), key) != other.end();
      });
    });
    if (!common) return false;
  }
  return true;
}

// True when the two sentences give a figure of one kind apart ("23 miles north" / "about
// 20 miles north").
bool figures_apart(const align::Units& units, const TimeTold& a, const TimeTold& b) {
  for (const Claim* x : a.figures) {
    for (const Claim* y : b.figures) {
      auto mx = units.measure(x->detail->value);
      auto my = units.measure(y->detail->value);
      if (!mx || !my || mx->dimension != my->dimension) continue;
      if (mx->dimension.empty() &&
          (x->detail->counted.empty() || x->detail->counted != y->detail->counted))
        continue;
      if (!align::overlap(mx->interval, my->interval)) return true;
    }
  }
  return false;
}

// True when `sentence` writes the year of a date ("in 1999" / "(1999-2003)").
bool year_written(const TimeTold& x, std::string_view sentence) {
  if (x.category != 2) return false;
  auto written = text::words(x.claim->detail->object);
  if (written.empty()) return false;
  const std::string& year = written.back().norm;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (year.size() != 4 || !std::all_of(year.begin(), year.end(), digit)) return false;
  for (size_t at = sentence.find(year); at != std::string_view::npos;
       at = sentence.find(year, at + 1)) {
    if ((at == 0 || !digit(sentence[at - 1])) &&
        (at + 4 >= sentence.size() || !digit(sentence[at + 4])))
      return true;
  }
  return false;
}

// How a finding shows a time: as written for a time of day, the days of a date, a name.
std::string shown(const TimeTold& t) {
  if (t.category == 1) return t.claim->detail->object;
  if (t.category == 2) {
    return format_days(t.days.low, t.days.high) + " (“" + t.claim->detail->object + "”)";
  }
  return t.named->shown;
}

}  // namespace

void TemporalDetector::told_alike(const Context& context,
                                  const std::set<std::array<uint32_t, 4>>& reported,
                                  std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  align::Stemmer stemmer;
  align::Lexicon::TopicMemo memo;
  std::deque<SentenceGist> sentence_gists;
  std::map<std::pair<uint32_t, uint32_t>, SentenceGist*> gist_at;  // (source, sentence)
  // Reads a time claim; false when it is not compared this way.
  auto read = [&](const Claim& claim, TimeTold& t) {
    t.claim = &claim;
    const Value& time = claim.detail->time;
    if (auto minutes = clock_minutes(time)) {
      t.category = 1;
      t.minutes = *minutes;
    } else if (auto days = align::days(time)) {
      t.category = 2;
      t.days = *days;
    } else if ((t.named = named_time(time))) {
      t.category = t.named->kind == "weekday" ? 3 : t.named->kind == "month" ? 4 : 5;
    } else {
      return false;
    }
    const Document& document = analysis.documents[claim.source];
    std::string_view text = document.text;
    // "Friday's quarterfinal": a day that dates a noun dates that noun's event.
    if (text.substr(claim.span.end, 2) == "'s" || text.substr(claim.span.end, 4) == "\u2019s")
      return false;
    Span extent = analysis.sentence_extent(claim);
    std::string_view sentence = document.slice(extent);
    const auto& words =
        context.words ? context.words->of(claim.source, extent) : text::words(sentence);
    // A bound ("by 6:40 a.m.", "since Friday", "the worst since riots in 2008") is no time
    // of the event, but for the end of a state ("until").
    size_t before = 0;
    while (before < words.size() && extent.start + words[before].span.end <= claim.span.start)
      ++before;
    for (size_t back = 1; back <= 3 && back <= before; ++back) {
      const std::string& word = words[before - back].norm;
      if (bounds_.count(word) && word != "until" && word != "till" &&
          !near_time(words, before - back)) {
        // "since July" / "since April" start one span at two times, "by Thursday" / "by
        // Friday" give one deadline two ways; other bounds ("before the election", "after
        // Friday") are no time of the event.
        if (word != "since" && word != "by") return false;
        (word == "since" ? t.since : t.by) = true;
        break;
      }
      // "since riots in 2008", "before the Aug. 10 election": across "in" or "the" only.
      if (back == 1 && word != "in" && word != "the") break;
    }
    // The event the extractor gave the time to: the nearest, whose predicate it took.
    any_in_sentence(analysis, claim, [&](const Claim& other) {
      if ((other.kind != ClaimKind::Event && other.kind != ClaimKind::Stance) ||
          other.detail->predicate != claim.detail->predicate)
        return false;
      t.event = &other;
      return true;
    });
    // A day next to another verb is that verb's ("officials said Saturday").
    if (t.category != 1) {
      auto first = text::words(t.named ? t.named->word : claim.detail->object);
      if (first.empty() || named_elsewhere(analysis, claim, first.front().norm,
                                           t.event ? predicate_of(*t.event) : std::string()))
        return false;
    }
    // The sentence's times in groups, and its figures.
    std::vector<const Claim*> times;
    auto gather = [&](const Claim& other) {
      // A span of time ("in 24 hours", "over the past two weeks") is no point in it.
      if (other.kind == ClaimKind::Time && !other.detail->time.text.starts_with("relative:within:"))
        times.push_back(&other);
      if (other.kind == ClaimKind::Quantity) t.figures.push_back(&other);
      return false;
    };
    gather(claim);
    any_in_sentence(analysis, claim, gather);
    std::sort(times.begin(), times.end(),
              [](const Claim* x, const Claim* y) { return x->span.start < y->span.start; });
    for (size_t k = 0; k < times.size(); ++k) {
      const Claim* previous = k > 0 ? times[k - 1] : nullptr;
      if (!previous || (times[k]->span.start >= previous->span.end &&
                        !side_by_side(text.substr(previous->span.end,
                                                  times[k]->span.start - previous->span.end))))
        t.groups.emplace_back();
      t.groups.back().push_back(time_key(times[k]->detail->time));
      if (times[k] == &claim) t.own = t.groups.size() - 1;
    }
    // The sentence's words, but for its times and its verbs of saying.
    auto [at, fresh] = gist_at.try_emplace({claim.source, claim.sentence}, nullptr);
    if (!fresh) {
      t.gist = at->second;
      return true;
    }
    t.gist = at->second = &sentence_gists.emplace_back();
    *t.gist = read_gist(context.lexicon, stemmer, memo, sentence, words, [&](size_t i) {
      const text::Word& word = words[i];
      uint32_t start = extent.start + word.span.start, end = extent.start + word.span.end;
      bool in_time = std::any_of(times.begin(), times.end(), [&](const Claim* other) {
        return start < other->span.end && other->span.start < end;
      });
      auto form = verb_forms_.find(word.norm);
      return in_time || word.norm.size() < 2 || word.norm == "according" ||
             (form != verb_forms_.end() && form->second.starts_with("speech:"));
    });
    return true;
  };
  std::vector<TimeTold> told;
  for (const Claim& claim : analysis.claims) {
    if (claim.kind != ClaimKind::Time) continue;
    TimeTold t;
    if (read(claim, t)) told.push_back(std::move(t));
  }
  if (told.size() < 2) return;
  std::vector<SentenceGist*> gists;
  for (SentenceGist& gist : sentence_gists) gists.push_back(&gist);
  settle_names(gists, analysis);
  std::vector<const SentenceGist*> distinct(gists.begin(), gists.end());
  // A day told without an event of its own stands next to another verb when the other
  // sentence's event is not that verb ("was sentenced on Tuesday" / "where he was
  // arraigned Wednesday").
  auto beside_other = [&](const TimeTold& x, const TimeTold& y) {
    if (x.category == 1 || x.event || !y.event) return false;
    auto first = text::words(x.named ? x.named->word : x.claim->detail->object);
    return !first.empty() &&
           named_elsewhere(analysis, *x.claim, first.front().norm, predicate_of(*y.event));
  };
  auto sentence_of = [&](const TimeTold& t) {
    return analysis.documents[t.claim->source].slice(analysis.sentence_extent(*t.claim));
  };
  // Each sentence the other's most alike, among times of one kind, and alike enough.
  std::vector<GistOf> entries;
  // (A start is of a kind of its own: "since July" meets only another "since"; so is a
  // deadline.)
  constexpr int kSinceKinds = 10, kByKinds = 20;
  for (const TimeTold& t : told) {
    int kind = t.category + (t.since ? kSinceKinds : 0) + (t.by ? kByKinds : 0);
    entries.push_back(GistOf{t.claim->source, kind, t.gist});
  }
  // The words before a time in its sentence, nearest first (`most` at most).
  auto words_before = [&](const TimeTold& t, size_t most) {
    Span extent = analysis.sentence_extent(*t.claim);
    auto words = text::words(sentence_of(t));
    std::vector<std::string> before;
    for (size_t i = words.size(); i-- > 0 && before.size() < most;) {
      if (extent.start + words[i].span.end <= t.claim->span.start) before.push_back(words[i].norm);
    }
    return before;
  };
  auto framed = [&](const TimeTold& a, const TimeTold& b) {
    std::vector<std::string> before_a = words_before(a, 3), before_b = words_before(b, 3);
    size_t same = 0;
    bool content = false;
    for (const std::string& word : before_a) {
      if (std::find(before_b.begin(), before_b.end(), word) == before_b.end()) continue;
      ++same;
      content = content || (word.size() > 2 && !context.lexicon.stopword(word));
    }
    return same >= kToldFrame && content;
  };
  for (const AlikePair& pair : alike_pairs(entries, distinct, kToldLoose, kToldShared)) {
    const TimeTold& a = told[pair.first];
    const TimeTold& b = told[pair.second];
    double score = pair.score;
    size_t shared = pair.shared;
    // Two deadlines ("restored by Tuesday night" / "should be restored by Wednesday night") are
    // framed by their "by".
    if (score < kToldAlike && !(a.by && b.by) && !framed(a, b)) continue;
    if (!comparable(context, *a.claim, *b.claim) || !times_apart(a, b) ||
        reported.count({a.claim->source, a.claim->sentence, b.claim->source, b.claim->sentence}))
      continue;
    // Nothing else apart: their other times, their names, their figures, their verbs.
    if (!alone_apart(a, b) || !alone_apart(b, a) || figures_apart(context.units, a, b) ||
        beside_other(a, b) || beside_other(b, a) || year_written(a, sentence_of(b)) ||
        year_written(b, sentence_of(a)))
      continue;
    // Two events the extractor told apart are two events ("was fired on Saturday" / "will
    // be introduced on Tuesday"), and two actors named apart are two actors.
    if (a.event && b.event) {
      std::string pa = predicate_of(*a.event), pb = predicate_of(*b.event);
      if (pa != pb && !same_event_.count(pa + '\x1f' + pb)) continue;
      if (different_actors(*a.event, *b.event)) continue;
    }
    // Both told as having happened, or both planned or hedged; one occurrence; stated.
    const Claim& ea = a.event ? *a.event : *a.claim;
    const Claim& eb = b.event ? *b.event : *b.claim;
    // (A deadline is ahead whether told as a plan or as what will be: "would be restored by
    // Tuesday" / "should be restored by Wednesday". Two bounds of what has happened both hold:
    // "had closed by 2024" / "by 2025".)
    bool deadlines = a.by && b.by;
    auto ahead = [&](const TimeTold& t, const Claim& event) {
      static const std::unordered_set<std::string_view> kAhead = {
          "will", "would", "should", "could", "may", "might", "expects", "expected", "due"};
      if (tentative(event)) return true;
      auto before = words_before(t, 8);
      return std::any_of(before.begin(), before.end(),
                         [](const std::string& word) { return kAhead.count(word) > 0; });
    };
    if (deadlines && !ahead(a, ea) && !ahead(b, eb)) continue;
    if (tentative(ea) != tentative(eb) && !deadlines) continue;
    bool planned = tentative(ea) || (deadlines && tentative(eb));
    // Both telling of the final one ("the second and final match kicks off" / "the final match
    // begins") tell of one occurrence, whatever ordinal one adds.
    auto final_one = [&](const TimeTold& t) {
      auto words = text::words(sentence_of(t));
      return std::any_of(words.begin(), words.end(),
                         [](const text::Word& w) { return w.norm == "final"; });
    };
    if ((occurrence_.recurs(analysis, ea) || occurrence_.recurs(analysis, eb)) &&
        !(planned && occurrence_.next(analysis, ea) && occurrence_.next(analysis, eb)) &&
        !(final_one(a) && final_one(b)))
      continue;
    auto unstated = [&](const TimeTold& t) {
      return t.event && (occurrence_.embedded(analysis, *t.event) ||
                         occurrence_.unread_negation(analysis, *t.event));
    };
    if (unstated(a) || unstated(b) || also_dates(analysis, *a.claim, b.claim->detail->time) ||
        also_dates(analysis, *b.claim, a.claim->detail->time))
      continue;

    std::string when_a = (a.by ? "by " : "") + shown(a), when_b = (b.by ? "by " : "") + shown(b);
    Finding finding;
    finding.level = Level::Divergence;
    finding.type = "temporal";
    finding.rule = "divergence.temporal";
    finding.summary = "Sources tell the same thing at different times: " + when_a + " vs " + when_b;
    std::string told_as = deadlines ? " expects it " : planned ? " plans it for " : " dates it ";
    finding.explanation =
        who(analysis, *a.claim) + told_as + when_a + "; " + who(analysis, *b.claim) + told_as +
        when_b + ", in a sentence that tells the same thing in other words (" +
        alike_words(shared, score) +
        (score < kToldAlike && !deadlines ? "; the times follow the same words" : "") +
        "). No event of theirs was aligned, so it is a divergence to check, not a contradiction.";
    finding.score = score;
    finding.evidence = {Evidence{a.claim->index, {}}, Evidence{b.claim->index, {}}};
    finding.evidence[0].highlights.push_back(a.claim->span);
    finding.evidence[1].highlights.push_back(b.claim->span);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
