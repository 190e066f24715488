#include "detect/temporal.hpp"

#include <optional>
#include <set>
#include <unordered_set>

#include <algorithm>

#include "align/score.hpp"
#include "align/values.hpp"
#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Link score two events without a named actor need: their objects must agree closely.
constexpr double kStrongLink = 0.7;

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

// True when two named times are of one kind and differ.
bool named_apart(const std::optional<NamedTime>& a, const std::optional<NamedTime>& b) {
  return a && b && a->kind == b->kind && a->value != b->value;
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
  // A time of day and a date beside its weekday ("shortly before 11 p.m. on Monday, March
  // 3") are one time, not two.
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
                                       std::string_view word) const {
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
  std::string own = predicate_of(claim);
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

std::string TemporalDetector::bound(const Analysis& analysis, const Claim& claim) const {
  auto named = named_time(claim.detail->time);
  auto at = find_words(analysis, claim, named ? named->word : claim.detail->time.text);
  if (!at) return {};
  Span extent = analysis.sentence_extent(claim);
  const Document& document = analysis.documents[claim.source];
  auto before = text::words(document.slice(Span{extent.start, at->start}));
  if (before.empty() || !bounds_.count(before.back().norm)) return {};
  return before.back().norm;
}

namespace {

// Whether the time `theirs` is the time `time`: the same day or month name, or dates that
// overlap.
bool same_time(const Value& theirs, const Value& time) {
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

void TemporalDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
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
    if (!dated_apart && !named_apart(na, nb)) continue;
    // A name without a date is read only where it is the event's own, and alone in its
    // sentence: "signed Wynn on Tuesday and Bell today" dates two signings.
    if (!dated_apart &&
        (named_elsewhere(analysis, a, na->word) || named_elsewhere(analysis, b, nb->word) ||
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
    double strong = dated_apart ? kStrongLink * align::kOtherTime : kStrongLink;
    // Two actors named by common nouns ("The boy, who had not been vaccinated, died" / "The
    // 14-month-old, who was unvaccinated, died") are one when the link is as strong.
    bool one_actor =
        same_actor(a, b) ||
        ((actor_of(a).empty() || actor_of(b).empty() || (!named_actor(a) && !named_actor(b))) &&
         link.score >= strong);
    if (!one_actor) continue;
    // One of several, unless both pick the same one: "the last inspection" / "had last
    // been inspected".
    // Two plans for the next one pick it too: "will meet again on October 27" / "the next
    // round of talks is set for October 20".
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
    std::string bound_a = bound(analysis, a), bound_b = bound(analysis, b);
    bool both_until = bound_a == bound_b && (bound_a == "until" || bound_a == "till");
    if ((!bound_a.empty() || !bound_b.empty()) && !both_until) continue;
    if (also_dates(analysis, a, b.detail->time) || also_dates(analysis, b, a.detail->time))
      continue;
    // One source tells such an event at the other's time too: two occurrences paired
    // across ("forcing both towns to shut their schools" on Monday / "Ely shut its schools
    // on Friday", which the first source also reports).
    if (dated_elsewhere(analysis, a, b) || dated_elsewhere(analysis, b, a)) continue;

    std::string when_a = dated_apart ? format_days(ta->low, ta->high) : na->shown;
    std::string when_b = dated_apart ? format_days(tb->low, tb->high) : nb->shown;
    // How the source wrote it, after the dates: a day or month name is its own words.
    auto written = [&](const Claim& claim) {
      if (!dated_apart) return std::string();
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
        written(b) + "." +
        (planned ? " Plans move, but the two reports of this one cannot both be right."
                 : " Neither marks it as a recurring event, so both cannot be right.");
    Finding finding = pair_finding(
        link, a, b, planned ? Level::Divergence : Level::Contradiction, "temporal",
        planned ? "divergence.temporal" : "contradiction.temporal", summary, explanation);
    highlight(analysis, finding.evidence[0], dated_apart || !na ? a.detail->time.text : na->word);
    highlight(analysis, finding.evidence[1], dated_apart || !nb ? b.detail->time.text : nb->word);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
