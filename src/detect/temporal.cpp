#include "detect/temporal.hpp"

#include "align/values.hpp"
#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Link score two events without a named actor need: their objects must agree closely.
constexpr double kStrongLink = 0.7;

}  // namespace

TemporalDetector::TemporalDetector(const rules::RuleSet& rules) : occurrence_(rules) {
  if (const auto* table = rules.table("detect/time_bounds")) {
    for (const auto& row : table->rows()) bounds_.insert(text::fold(row.front()));
  }
}

bool TemporalDetector::bound(const Analysis& analysis, const Claim& claim) const {
  auto at = find_words(analysis, claim, claim.detail->time.text);
  if (!at) return false;
  Span extent = analysis.sentence_extent(claim);
  const Document& document = analysis.documents[claim.source];
  auto before = text::words(document.slice(Span{extent.start, at->start}));
  return !before.empty() && bounds_.count(before.back().norm) > 0;
}

bool TemporalDetector::also_dates(const Analysis& analysis, const Claim& claim,
                                  const Value& time) const {
  // Claims are numbered in document order: the time claims of a sentence are neighbours.
  auto same_sentence = [&](const Claim& other) {
    return other.source == claim.source && other.sentence == claim.sentence;
  };
  auto check = [&](const Claim& other) {
    if (other.kind != ClaimKind::Time) return false;
    auto overlap = align::dates_overlap(other.detail->value, time);
    return overlap && *overlap;
  };
  for (size_t i = claim.index; i-- > 0 && same_sentence(analysis.claims[i]);) {
    if (check(analysis.claims[i])) return true;
  }
  for (size_t i = claim.index + 1; i < analysis.claims.size() && same_sentence(analysis.claims[i]);
       ++i) {
    if (check(analysis.claims[i])) return true;
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
    if (!ta || !tb || align::overlap(*ta, *tb)) continue;
    std::string predicate = predicate_of(a);
    if (predicate.empty() || predicate != predicate_of(b)) continue;
    // Both must be stated as having happened, by one actor, about one occurrence.
    if (tentative(a) || tentative(b) || a.polarity != b.polarity) continue;
    bool one_actor = same_actor(a, b) ||
                     (actor_of(a).empty() && actor_of(b).empty() && link.score >= kStrongLink);
    if (!one_actor) continue;
    if (occurrence_.recurs(analysis, a) || occurrence_.recurs(analysis, b)) continue;
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    if (occurrence_.unread_negation(analysis, a) || occurrence_.unread_negation(analysis, b)) {
      continue;
    }
    if (bound(analysis, a) || bound(analysis, b)) continue;
    if (also_dates(analysis, a, b.detail->time) || also_dates(analysis, b, a.detail->time))
      continue;

    std::string when_a = format_days(ta->low, ta->high);
    std::string when_b = format_days(tb->low, tb->high);
    std::string subject = actor_of(a);
    std::string summary =
        "Sources place '" + predicate + "'" +
        (subject.empty() ? std::string()
                         : " (" + std::string(analysis.entity_name(subject)) + ")") +
        " at different times: " + when_a + " vs " + when_b;
    std::string explanation =
        who(analysis, a) + " dates it " + when_a + " (" +
        (a.detail->time.text.empty() ? "resolved" : "“" + a.detail->time.text + "”") + "); " +
        who(analysis, b) + " dates it " + when_b + " (" +
        (b.detail->time.text.empty() ? "resolved" : "“" + b.detail->time.text + "”") +
        "). Neither marks it as a recurring event, so both cannot be right.";
    Finding finding = pair_finding(link, a, b, Level::Contradiction, "temporal",
                                   "contradiction.temporal", summary, explanation);
    highlight(analysis, finding.evidence[0], a.detail->time.text);
    highlight(analysis, finding.evidence[1], b.detail->time.text);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
