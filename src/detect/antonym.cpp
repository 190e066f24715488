#include "detect/antonym.hpp"

#include <algorithm>

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"

namespace cc::detect {

namespace {

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

}  // namespace

void AntonymDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  align::Stemmer stemmer;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (!comparable(context, a, b) || a.polarity != b.polarity) continue;
    if (a.kind == ClaimKind::Quote && b.kind == ClaimKind::Quote) continue;  // quote detector
    if (a.kind == ClaimKind::Quantity || b.kind == ClaimKind::Quantity) continue;
    // A hedge or a plan on either side is a softened position (the stance detector's).
    if (tentative(a) || tentative(b)) continue;
    if (different_actors(a, b) || !times_compatible(a, b)) continue;
    std::string pa = predicate_of(a), pb = predicate_of(b);
    if (pa.empty() || pb.empty()) continue;

    std::string said_a, said_b;
    if (pa != pb && context.lexicon.opposite_predicates(pa, pb, stemmer)) {
      said_a = pa;
      said_b = pb;
    } else if (pa == pb) {
      auto [x, y] = swapped_opposites(content_keys(a, context.lexicon, stemmer),
                                      content_keys(b, context.lexicon, stemmer), context.lexicon);
      said_a = x;
      said_b = y;
    }
    if (said_a.empty()) continue;
    std::string subject = actor_of(a).empty() ? actor_of(b) : actor_of(a);
    std::string summary =
        "Opposite accounts" +
        (subject.empty() ? std::string()
                         : " of what " + std::string(analysis.entity_name(subject)) + " did") +
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
