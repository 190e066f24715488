#include "detect/temporal.hpp"

#include "align/values.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

TemporalDetector::TemporalDetector(const rules::RuleSet& rules) {
  if (const auto* table = rules.table("detect/recurrence")) {
    for (const auto& row : table->rows()) recurrence_.insert(text::fold(row.front()));
  }
}

bool TemporalDetector::recurs(const Analysis& analysis, const Claim& claim) const {
  Span extent = analysis.sentence_extent(claim);
  for (const auto& word : text::words(analysis.documents[claim.source].slice(extent))) {
    if (recurrence_.count(word.norm)) return true;
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
    auto ta = align::days(a.time);
    auto tb = align::days(b.time);
    if (!ta || !tb || align::overlap(*ta, *tb)) continue;
    std::string predicate = predicate_of(a);
    if (predicate.empty() || predicate != predicate_of(b)) continue;
    // Both must be stated as having happened, by one actor, about one occurrence.
    if (tentative(a) || tentative(b) || a.polarity != b.polarity) continue;
    if (different_actors(a, b) || recurs(analysis, a) || recurs(analysis, b)) continue;

    std::string when_a = format_days(ta->low, ta->high);
    std::string when_b = format_days(tb->low, tb->high);
    std::string subject = actor_of(a);
    std::string summary =
        "Sources place '" + predicate + "'" +
        (subject.empty() ? std::string()
                         : " (" + std::string(analysis.entity_name(subject)) + ")") +
        " at different times: " + when_a + " vs " + when_b;
    std::string explanation = who(analysis, a) + " dates it " + when_a + " (" +
                              (a.time.text.empty() ? "resolved" : "“" + a.time.text + "”") + "); " +
                              who(analysis, b) + " dates it " + when_b + " (" +
                              (b.time.text.empty() ? "resolved" : "“" + b.time.text + "”") +
                              "). Neither marks it as a recurring event, so both cannot be right.";
    Finding finding = pair_finding(link, a, b, Level::Contradiction, "temporal",
                                   "contradiction.temporal", summary, explanation);
    highlight(analysis, finding.evidence[0], a.time.text);
    highlight(analysis, finding.evidence[1], b.time.text);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
