// Time expressions resolved to date intervals (days since 1970-01-01) against the
// source's publication date, as HeidelTime and SUTime resolve TIMEX3 values against the
// document creation time. Without a publication date a value stays symbolic
// ("weekday:monday", "relative:last-week", "month:february") and two sources that say
// the same thing still compare equal. Past tense picks the latest matching day on or
// before publication, future tense the next one.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Value interval(int64_t first, int64_t last, std::string_view written) {
  Value value;
  value.kind = Value::Kind::Date;
  value.low = static_cast<double>(first);
  value.high = static_cast<double>(last);
  value.unit = "day";
  value.text = text::squeeze_spaces(written);
  return value;
}

Value symbolic(std::string text) {
  Value value;
  value.kind = Value::Kind::Text;
  value.text = std::move(text);
  return value;
}

std::string slug(std::string_view text) {
  std::string out;
  for (char c : text::fold(text::squeeze_spaces(text))) out += c == ' ' ? '-' : c;
  return out;
}

int64_t day_of(int year, int month, int day) {
  return days_from_civil(Date{year, month, day});
}

// Future tense in the sentence: the expression points ahead of publication.
bool future_tense(std::string_view sentence) {
  std::string folded = text::fold(sentence);
  for (std::string_view marker : {" will ", "'ll ", " expected to ", " scheduled to ", " plans to ",
                                  " is set to ", " are set to ", " going to "}) {
    if (folded.find(marker) != std::string::npos) return true;
  }
  return false;
}

struct Resolver {
  const Extractor::Impl& impl;
  const Document& document;
  std::optional<int64_t> today;  // publication date in days
  bool future = false;

  std::string capture(const rules::Match& match, std::string_view name) const {
    auto span = match.capture(name);
    return span ? std::string(document.slice(*span)) : std::string();
  }

  int month_number(const std::string& word) const {
    std::string name = word;
    if (!name.empty() && name.back() == '.') name.pop_back();
    if (auto it = impl.months.find(name); it != impl.months.end()) return it->second;
    if (name.size() == 2 && name[0] >= '0' && name[0] <= '1') return std::atoi(name.c_str());
    return 0;
  }

  // Year for a month/day without one: the publication year, moved back (past) or ahead
  // (future) when that lands on the wrong side of publication.
  int infer_year(int month, int day) const {
    Date published = civil_from_days(*today);
    int year = published.year;
    if (!valid(year, month, day)) return year;
    int64_t candidate = day_of(year, month, day);
    if (!future && candidate > *today + 7) return year - 1;
    if (future && candidate < *today - 7) return year + 1;
    return year;
  }

  Value date(const rules::Match& match, std::string_view written) const {
    int month = month_number(capture(match, "month"));
    int day = std::atoi(capture(match, "day").c_str());
    std::string year_text = capture(match, "year");
    if (month == 0 || day == 0) return symbolic("date:" + slug(written));
    int year = year_text.empty() ? 0 : std::atoi(year_text.c_str());
    if (year == 0) {
      if (!today) {
        std::string mm = (month < 10 ? "0" : "") + std::to_string(month);
        std::string dd = (day < 10 ? "0" : "") + std::to_string(day);
        return symbolic("date:XXXX-" + mm + "-" + dd);
      }
      year = infer_year(month, day);
    }
    if (!valid(year, month, day)) return symbolic("date:" + slug(written));
    int64_t at = day_of(year, month, day);
    return interval(at, at, written);
  }

  Value month(const rules::Match& match, std::string_view written) const {
    std::string name = capture(match, "month");
    if (name.empty()) name = capture(match, "month2");
    std::string year_text = capture(match, "year");
    if (year_text.empty()) year_text = capture(match, "year2");
    int m = month_number(name);
    if (m == 0) return symbolic("month:" + slug(name));
    std::string modifier = text::fold(text::trim(capture(match, "modifier")));
    int year = year_text.empty() ? 0 : std::atoi(year_text.c_str());
    if (year == 0) {
      if (!today) return symbolic("month:" + text::fold(name));
      Date published = civil_from_days(*today);
      year = published.year;
      if (modifier == "last") {
        if (m >= published.month) --year;
      } else if (modifier == "next") {
        if (m <= published.month) ++year;
      } else if (future) {
        if (m < published.month) ++year;
      } else if (m > published.month) {
        --year;
      }
    }
    int first = 1;
    int last = days_in_month(year, m);
    if (modifier == "early") last = 10;
    if (modifier == "late") first = 21;
    if (modifier == "mid" || modifier == "mid-") first = 11, last = 20;
    return interval(day_of(year, m, first), day_of(year, m, last), written);
  }

  Value year(const rules::Match& match, std::string_view written) const {
    int y = std::atoi(capture(match, "year").c_str());
    std::string modifier = text::fold(text::trim(capture(match, "modifier")));
    // "the start of 2027" is early 2027, "the middle of" and "mid-2027" mid, "the end of"
    // late.
    std::string part = text::fold(capture(match, "part"));
    if (part == "start" || part == "beginning") modifier = "early";
    if (part == "middle" || !capture(match, "mid").empty()) modifier = "mid";
    if (part == "end" || part == "close") modifier = "late";
    int first = 1;
    int last = 12;
    if (modifier == "early") last = 4;
    if (modifier == "late") first = 9;
    if (modifier == "mid" || modifier == "mid-") first = 5, last = 8;
    if (!valid(y, first, 1)) return symbolic("year:" + slug(written));
    return interval(day_of(y, first, 1), day_of(y, last, days_in_month(y, last)), written);
  }

  Value weekday(const rules::Match& match, std::string_view written) const {
    std::string name = capture(match, "weekday");
    auto it = impl.weekdays.find(name);
    if (it == impl.weekdays.end()) return symbolic("weekday:" + slug(name));
    std::string modifier = text::fold(text::trim(capture(match, "modifier")));
    if (!today) {
      std::string out = "weekday:" + text::fold(name);
      if (modifier == "last" || modifier == "next")
        out = "weekday:" + modifier + "-" + text::fold(name);
      return symbolic(out);
    }
    int target = it->second;
    int now = cc::weekday(civil_from_days(*today));
    int64_t back = (now - target + 7) % 7;   // days back to the latest such day
    int64_t ahead = (target - now + 7) % 7;  // days ahead to the next such day
    int64_t at = *today - back;
    if (modifier == "last")
      at = *today - (back == 0 ? 7 : back);
    else if (modifier == "next")
      at = *today + (ahead == 0 ? 7 : ahead);
    else if (future && ahead != 0)
      at = *today + ahead;
    return interval(at, at, written);
  }

  Value relative(const rules::Match& match, std::string_view written) const {
    std::string expression = text::fold(text::squeeze_spaces(capture(match, "relative")));
    const auto* table = impl.rules.table("time/relative");
    const auto row = table ? table->find(expression) : std::nullopt;
    if (!row || row->size() < 4 || !today) return symbolic("relative:" + slug(expression));
    const std::string_view unit = (*row)[1];
    int offset = std::atoi(std::string((*row)[2]).c_str());
    const std::string_view part = (*row)[3];
    Date published = civil_from_days(*today);
    int64_t first = *today;
    int64_t last = *today;
    if (unit == "day") {
      first = last = *today + offset;
      if (part == "recent") first = *today - 30;
    } else if (unit == "week") {
      int64_t monday = *today - cc::weekday(published) + 7 * offset;
      first = monday;
      last = monday + 6;
      if (part == "weekend") first = monday + 5;
    } else if (unit == "month") {
      int y = published.year;
      int m = published.month + offset;
      while (m < 1) m += 12, --y;
      while (m > 12) m -= 12, ++y;
      first = day_of(y, m, 1);
      last = day_of(y, m, days_in_month(y, m));
    } else if (unit == "year") {
      int y = published.year + offset;
      first = day_of(y, 1, 1);
      last = day_of(y, 12, 31);
    }
    if (part == "before") last = std::min(last, *today);
    if (part == "after") first = std::max(first, *today);
    return interval(first, last, written);
  }

  // "two days ago", "in six months", "within a week", "over the past year".
  Value offset(const rules::Match& match, std::string_view written, bool ago) const {
    std::string amount_text = capture(match, "amount");
    std::string unit = capture(match, "unit");
    auto days = impl.numbers.duration_days(unit);
    std::optional<normalize::Amount> amount;
    std::string folded_amount = text::fold(amount_text);
    if (folded_amount == "a" || folded_amount == "an")
      amount = normalize::Amount{1, 1, false};
    else
      amount = impl.numbers.parse(amount_text);
    if (!days || !amount) return symbolic("relative:" + slug(written));
    double length = amount->low * *days;
    std::string direction = text::fold(capture(match, "direction"));
    std::string preposition = text::fold(capture(match, "preposition"));
    bool ahead = !ago && (direction == "next" || direction == "coming" || preposition == "after" ||
                          (future && direction.empty()));
    if (!today) {
      std::string sign = ago ? "ago" : (ahead ? "ahead" : "within");
      return symbolic("relative:" + sign + ":" + slug(amount_text) + "-" + slug(unit));
    }
    auto whole = static_cast<int64_t>(std::llround(length));
    if (ago) {
      // "six months ago" is a point known to about half its unit.
      auto slack = static_cast<int64_t>(std::llround(*days / 2 >= 1 ? *days / 2 : 0));
      return interval(*today - whole - slack, *today - whole + slack, written);
    }
    if (ahead) return interval(*today, *today + whole, written);
    return interval(*today - whole, *today, written);
  }

  // "9:27 a.m." -> "clock:09:27": a time of day compares with the same time elsewhere;
  // the day is the one of the claim it attaches to.
  Value clock(const rules::Match& match) const {
    int hour = std::atoi(capture(match, "hour").c_str());
    int minute = std::atoi(capture(match, "minute").c_str());
    std::string meridiem = text::fold(capture(match, "meridiem"));
    if (!meridiem.empty() && meridiem[0] == 'p' && hour < 12) hour += 12;
    if (!meridiem.empty() && meridiem[0] == 'a' && hour == 12) hour = 0;
    // "4:30 in the afternoon", "11:30 at night", "12:15 in the morning".
    std::string part = text::fold(capture(match, "part"));
    bool later = part.ends_with("afternoon") || part.ends_with("evening") ||
                 (part.ends_with("night") && hour >= 6);
    if (later && hour < 12) hour += 12;
    if (part.ends_with("morning") && hour == 12) hour = 0;
    char text[16];
    std::snprintf(text, sizeof text, "clock:%02d:%02d", hour % 24, minute % 60);
    return symbolic(text);
  }

  Value resolve(const rules::Match& match, std::string_view written) const {
    const std::string& id = match.rule->id;
    if (id == "time.date-month-day" || id == "time.date-day-month" || id == "time.date-iso")
      return date(match, written);
    if (id == "time.month") return month(match, written);
    if (id == "time.year") return year(match, written);
    if (id == "time.weekday") return weekday(match, written);
    if (id == "time.relative") return relative(match, written);
    if (id == "time.ago") return offset(match, written, true);
    if (id == "time.clock" || id == "time.clock-hour") return clock(match);
    return offset(match, written, false);
  }
};

int priority(const rules::Match& match) {
  return std::atoi(std::string(match.rule->attribute("priority")).c_str());
}

}  // namespace

// Keeps the matches that do not overlap a better one: higher priority, then longer.
std::vector<const rules::Match*> best_matches(const std::vector<rules::Match>& matches) {
  std::vector<const rules::Match*> sorted;
  for (const auto& match : matches) sorted.push_back(&match);
  std::stable_sort(sorted.begin(), sorted.end(), [](const rules::Match* a, const rules::Match* b) {
    int pa = priority(*a);
    int pb = priority(*b);
    if (pa != pb) return pa > pb;
    if (a->span.size() != b->span.size()) return a->span.size() > b->span.size();
    return a->span.start < b->span.start;
  });
  std::vector<const rules::Match*> kept;
  for (const rules::Match* match : sorted) {
    bool clash = std::any_of(kept.begin(), kept.end(), [&](const rules::Match* other) {
      return match->span.start < other->span.end && other->span.start < match->span.end;
    });
    if (!clash) kept.push_back(match);
  }
  std::sort(kept.begin(), kept.end(), [](const rules::Match* a, const rules::Match* b) {
    return a->span.start < b->span.start;
  });
  return kept;
}

namespace {

// "$6.12 a bushel", "rose 4.30 points": a figure after a currency sign is money, and one
// written with a point and no half of the day ("p.m.", "in the evening") is a decimal,
// not a time, unless "at" stands before it ("at 4.30", British style).
bool decimal_not_clock(std::string_view text, const rules::Match& match) {
  if (match.rule->id != "time.clock") return false;
  auto hour = match.capture("hour");
  auto minute = match.capture("minute");
  if (!hour || !minute || hour->end > minute->start || minute->start > text.size()) return false;
  size_t at = hour->start;
  while (at > 0 && text[at - 1] == ' ') --at;
  std::string_view before = text.substr(0, at);
  for (std::string_view sign : {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"}) {
    if (before.ends_with(sign)) return true;
  }
  if (text.substr(hour->end, minute->start - hour->end).find('.') == std::string_view::npos)
    return false;
  if (match.capture("meridiem") || match.capture("part")) return false;
  size_t word_start = at;
  while (word_start > 0 && std::isalpha(static_cast<unsigned char>(text[word_start - 1])))
    --word_start;
  return text::fold(text.substr(word_start, at - word_start)) != "at";
}

// True when `word` is a superlative: "most", "least", "best", "worst", or an
// adjective with "-est" ("biggest", "sharpest", "deadliest", "largest").
bool superlative(const Extractor::Impl& impl, const std::string& word) {
  if (word == "most" || word == "least" || word == "best" || word == "worst") return true;
  if (word.size() < 6 || !word.ends_with("est")) return false;
  std::string base = word.substr(0, word.size() - 3);
  auto adjective = [&](const std::string& w) {
    return (impl.lexicon.classes(w) & normalize::kAdjective) != 0;
  };
  if (adjective(base) || adjective(base + "e")) return true;  // sharp-est, larg-est
  size_t n = base.size();
  if (n >= 2 && base[n - 1] == base[n - 2] && adjective(base.substr(0, n - 1))) return true;
  return n >= 2 && base[n - 1] == 'i' && adjective(base.substr(0, n - 1) + "y");  // deadl-iest
}

// "their steepest one-day fall in six months", "the worst flooding in a decade": a span
// after a superlative of its clause is the window the record is counted over, not a time
// of the event.
bool record_window(const Extractor::Impl& impl, const std::vector<Token>& tokens,
                   const rules::Match& match) {
  if (match.rule->id != "time.in-duration") return false;
  constexpr size_t kReach = 6;
  size_t at = 0;
  while (at < tokens.size() && tokens[at].span.start < match.span.start) ++at;
  for (size_t k = at, steps = 0; k > 0 && steps < kReach; --k, ++steps) {
    if (k < tokens.size() && (tokens[k].gap & (kComma | kBreak))) return false;
    if (superlative(impl, tokens[k - 1].lower)) return true;
  }
  return false;
}

// "after five hours of debate", "within a week of the vote": the length of an activity or
// an offset from another event, not from the day of publication, so not a time of its own.
// With "the past" or "the last" the span still ends now ("in the past 11 days of fighting").
bool activity_length(std::string_view text, const rules::Match& match) {
  if (match.rule->id != "time.in-duration" || match.capture("direction")) return false;
  size_t at = match.span.end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at > match.span.end && text.substr(at, 3) == "of ";
}

// "between Oct. 27 and Nov. 3", "from March 3 to March 9": one period, not two times.
// Two dates of a sentence joined so become one mention spanning both, its interval from
// the first's start to the second's end (two symbolic dates, "date:XXXX-11-26" and
// "date:XXXX-12-04", join as "date:XXXX-11-26..date:XXXX-12-04"), so that a figure
// beside the period takes the period whichever end it stands next to.
void join_ranges(std::string_view text, size_t first, std::vector<TimeMention>& times) {
  auto ends_with_word = [&](uint32_t end, std::string_view word) {
    std::string_view before = text.substr(0, end);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.size() < word.size()) return false;
    std::string_view tail = before.substr(before.size() - word.size());
    bool boundary = before.size() == word.size() ||
                    !text::is_ascii_alnum(before[before.size() - word.size() - 1]);
    return boundary && text::fold(tail) == word;
  };
  for (size_t i = first; i + 1 < times.size(); ++i) {
    TimeMention& from = times[i];
    const TimeMention& to = times[i + 1];
    if (from.value.kind != to.value.kind || from.span.end > to.span.start) continue;
    std::string_view gap = text::trim(text.substr(from.span.end, to.span.start - from.span.end));
    bool between = gap == "and" && ends_with_word(from.span.start, "between");
    bool from_to = (gap == "to" || gap == "until" || gap == "through") &&
                   ends_with_word(from.span.start, "from");
    if (!between && !from_to) continue;
    if (from.value.kind == Value::Kind::Date) {
      if (to.value.high < from.value.low) continue;  // not a period in order
      from.value.high = to.value.high;
      from.value.text =
          text::squeeze_spaces(text.substr(from.span.start, to.span.end - from.span.start));
    } else {
      from.value.text += ".." + to.value.text;
    }
    from.span.end = to.span.end;
    times.erase(times.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }
}

}  // namespace

void extract_times(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  std::optional<int64_t> today;
  if (document.published) today = days_from_civil(*document.published);
  for (const auto& sentence : impl.match_sentences(impl.time, document)) {
    Resolver resolver{impl, document, today,
                      future_tense(document.slice(document.sentences[sentence.sentence].span))};
    const size_t sentence_times_start = state.times.size();
    for (const rules::Match* match : best_matches(sentence.matches)) {
      if (activity_length(document.text, *match)) continue;
      if (decimal_not_clock(document.text, *match)) continue;
      if (record_window(impl, state.sentence_tokens[sentence.sentence], *match)) continue;
      // The expression without its leading preposition ("on Monday" -> "Monday").
      Span span = match->span;
      if (auto modifier = match->capture("modifier")) {
        std::string word = text::fold(text::trim(document.slice(*modifier)));
        if (word == "on" || word == "in" || word == "since" || word == "until" || word == "by" ||
            word == "from" || word == "through" || word == "during" || word == "of" ||
            word == "before" || word == "after")
          span.start = modifier->end;
      }
      std::string_view written = document.slice(span);
      // Strip a possessive: "Monday’s meeting".
      std::string written_text(written);
      for (std::string_view suffix : {"\xE2\x80\x99s", "'s"}) {
        if (written_text.size() > suffix.size() &&
            written_text.compare(written_text.size() - suffix.size(), suffix.size(), suffix) == 0) {
          written_text.resize(written_text.size() - suffix.size());
        }
      }
      TimeMention mention;
      mention.span = span;
      mention.sentence = sentence.sentence;
      mention.rule = match->rule->id;
      mention.value = resolver.resolve(*match, written_text);
      state.times.push_back(std::move(mention));
    }
    join_ranges(document.text, sentence_times_start, state.times);
  }
}

namespace {

// True when the word "that" stands between `from` and `to` in `text`.
bool reported_after(std::string_view text, uint32_t from, uint32_t to) {
  if (to > text.size() || from >= to) return false;
  std::string_view between = text.substr(from, to - from);
  for (size_t at = between.find("that"); at != std::string_view::npos;
       at = between.find("that", at + 1)) {
    bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(between[at - 1]));
    bool end =
        at + 4 == between.size() || !std::isalnum(static_cast<unsigned char>(between[at + 4]));
    if (start && end) return true;
  }
  return false;
}

}  // namespace

void attach_times(DocumentState& state) {
  constexpr uint32_t kOtherClause = 1u << 20;  // outranks any distance within a sentence
  if (state.times.empty()) return;
  const Document& document = state.document;
  // Each event, stance and quantity takes the nearest time expression of its sentence.
  std::vector<Claim> made;
  // The relative clauses of sentence `clauses_of`, found once for its claims.
  std::vector<Span> clauses;
  uint32_t clauses_of = UINT32_MAX;
  for (size_t c = 0; c < state.claims.size(); ++c) {
    Claim& claim = state.claims[c];
    if (claim.kind != ClaimKind::Event && claim.kind != ClaimKind::Stance &&
        claim.kind != ClaimKind::Quantity)
      continue;
    uint32_t anchor = state.claim_verbs[c].empty() ? claim.span.start : state.claim_verbs[c].start;
    const TimeMention* best = nullptr;
    uint32_t best_distance = 0;
    auto [first, last] = std::equal_range(
        state.times.begin(), state.times.end(), claim.sentence, [](const auto& a, const auto& b) {
          if constexpr (std::is_same_v<std::decay_t<decltype(a)>, TimeMention>)
            return a.sentence < b;
          else
            return a < b.sentence;
        });
    // A relative clause set off by commas dates its own events: "The hospital, which was
    // inspected in May, has 460 beds" gives the beds no time, and a claim inside such a
    // clause takes no time from outside it.
    Span sentence = document.sentences[claim.sentence].span;
    if (first != last && clauses_of != claim.sentence) {
      std::string_view text = document.slice(sentence);
      clauses = text::relative_clauses(text, text::words(text));
      clauses_of = claim.sentence;
    }
    auto clause_of = [&](uint32_t offset) {
      return offset >= sentence.start ? text::clause_at(clauses, offset - sentence.start) : nullptr;
    };
    const Span* own_clause = clause_of(anchor);
    for (auto it = first; it != last; ++it) {
      const TimeMention& time = *it;
      if (time.span.start < claim.span.end && claim.span.start < time.span.end &&
          claim.kind == ClaimKind::Quantity)
        continue;
      if (clause_of(time.span.start) != own_clause) continue;
      // A time before a "that" the claim follows dates the clause that reports it ("announced
      // today (20 October) that they have restored services"; "On Monday, police said that
      // they had arrested him"), not the claim.
      if (claim.kind != ClaimKind::Quantity && time.span.end <= claim.span.start &&
          reported_after(document.text, time.span.end, claim.span.start))
        continue;
      uint32_t distance =
          time.span.start > anchor ? time.span.start - anchor : anchor - time.span.start;
      // A time inside the claim's own clause ("welcomed Zelenskyy ... on Monday") beats a
      // nearer one in another clause ("than their first meeting earlier this year, ...").
      bool inside = claim.kind != ClaimKind::Quantity && claim.span.start <= time.span.start &&
                    time.span.end <= claim.span.end;
      // Not in a clause set off by commas between the subject and the verb: "The mayor, who
      // had not been seen in public since May, resigned on Monday".
      if (inside && time.span.end <= anchor &&
          std::string_view(document.text).substr(time.span.end, anchor - time.span.end).find(',') !=
              std::string_view::npos)
        inside = false;
      // A verb right after "and" or "but" is a second verb of its clause: a time before the
      // conjunction dates the verb before it ("was closed on Monday and reopened on
      // Wednesday"; not "On Friday the president and his wife visited").
      if (claim.kind != ClaimKind::Quantity && time.span.end <= anchor) {
        std::string_view before =
            std::string_view(document.text).substr(time.span.end, anchor - time.span.end);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        if (before.ends_with(" and") || before.ends_with(" but")) continue;
      }
      if (!inside) distance += kOtherClause;
      if (!best || distance < best_distance) {
        best = &time;
        best_distance = distance;
      }
    }
    if (best) claim.detail->time = best->value;
  }
  // A quote is dated by a time expression inside it; that expression makes no Time claim
  // of its own: the quote's words are compared as they stand.
  auto in_quote = [&](const TimeMention& time) {
    return std::any_of(state.frames.begin(), state.frames.end(), [&](const Frame& frame) {
      return frame.quote && frame.span.start <= time.span.start && time.span.end <= frame.span.end;
    });
  };
  for (auto& claim : state.claims) {
    if (claim.kind != ClaimKind::Quote) continue;
    for (const auto& time : state.times) {
      if (claim.span.start <= time.span.start && time.span.end <= claim.span.end) {
        claim.detail->time = time.value;
        break;
      }
    }
  }
  // A Time claim per expression, about the event nearest to it.
  std::vector<std::vector<size_t>> events_by_sentence(document.sentences.size());
  for (size_t c = 0; c < state.claims.size(); ++c) {
    const Claim& claim = state.claims[c];
    if ((claim.kind == ClaimKind::Event || claim.kind == ClaimKind::Stance) &&
        claim.sentence < events_by_sentence.size())
      events_by_sentence[claim.sentence].push_back(c);
  }
  for (const auto& time : state.times) {
    if (in_quote(time)) continue;
    Claim claim;
    claim.source = state.source;
    claim.sentence = time.sentence;
    claim.kind = ClaimKind::Time;
    claim.span = time.span;
    claim.detail->object = std::string(document.slice(time.span));
    claim.detail->value = time.value;
    claim.detail->time = time.value;
    claim.detail->rule = time.rule;
    const Claim* event = nullptr;
    uint32_t best_distance = 0;
    for (size_t c : events_by_sentence[time.sentence]) {
      const Claim& other = state.claims[c];
      // An event dated by another time of the sentence is not this time's: "was given at
      // 5:50 a.m., well before the dam gave way at 7:25 a.m." (the collapse is 7:25's).
      const Value& dated = other.detail->time;
      if (dated.kind != Value::Kind::None &&
          (dated.text != time.value.text || dated.low != time.value.low ||
           dated.high != time.value.high))
        continue;
      uint32_t anchor =
          state.claim_verbs[c].empty() ? other.span.start : state.claim_verbs[c].start;
      uint32_t distance =
          time.span.start > anchor ? time.span.start - anchor : anchor - time.span.start;
      if (!event || distance < best_distance) {
        event = &other;
        best_distance = distance;
      }
    }
    if (event) {
      claim.detail->subject = event->detail->subject;
      claim.detail->predicate = event->detail->predicate;
      claim.detail->predicate_class = event->detail->predicate_class;
    }
    made.push_back(std::move(claim));
  }
  for (auto& claim : made) {
    state.claims.push_back(std::move(claim));
    state.claim_verbs.push_back(Span{});
  }
}

}  // namespace cc::extract
