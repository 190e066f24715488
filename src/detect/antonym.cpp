#include "detect/antonym.hpp"

#include <algorithm>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"

namespace cc::detect {

namespace {

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
// "cut the museum's budget by 15%"): the nearest word of rules/quantities/trends.tsv among
// the few before the figure in its sentence; empty when there is none ("an 18 percent pay
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
    // A hedge or a plan on either side is a softened position (the stance detector's).
    if (tentative(a) || tentative(b)) continue;
    // So is one softened or qualified by its own words ("broadly defended", "welcomed the
    // fine but said ...").
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
}

}  // namespace cc::detect
