#include "detect/stance.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

StanceDetector::StanceDetector(const rules::RuleSet& rules) : occurrence_(rules) {
  if (const auto* table = rules.table("detect/stance_words")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      std::string word = text::fold(row[0]);
      if (row[1] == "for") directions_.emplace(word, 1);
      if (row[1] == "against") directions_.emplace(word, -1);
      if (row[1] == "soft") soft_.insert(word);
      if (row[1] == "firm") firm_.push_back(word);
    }
  }
}

int StanceDetector::direction(const Claim& claim) const {
  auto it = directions_.find(predicate_of(claim));
  if (it == directions_.end()) return 0;
  return claim.polarity == Polarity::Negated ? -it->second : it->second;
}

bool StanceDetector::firm(const Analysis& analysis, const Claim& claim) const {
  if (soft_.count(text::fold(claim.detail->modality_cue)) || soft_.count(predicate_of(claim)) ||
      occurrence_.qualified(analysis, claim)) {
    return false;
  }
  switch (claim.modality) {
    case Modality::Asserted:
    case Modality::Reported:
      return true;
    case Modality::Planned:
      return claim.polarity == Polarity::Negated;  // "will never accept" is a refusal
    case Modality::Hedged:
      return false;
  }
  return false;
}

bool StanceDetector::softened(const Analysis& analysis, const Claim& claim) const {
  return soft_.count(predicate_of(claim)) || occurrence_.qualified(analysis, claim, false);
}

void StanceDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  align::Stemmer stemmer;
  // One finding per actor and pair of sentences: "was open to considering a monitoring
  // presence" holds two positions (open to, consider) that say one thing.
  std::set<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t, std::string>> told;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (!comparable(context, a, b) || a.kind == ClaimKind::Quantity ||
        b.kind == ClaimKind::Quantity) {
      continue;
    }
    const std::string& actor = actor_of(a);
    if (actor.empty()) continue;
    // One actor, or two common nouns news reports use for one body ("the city council" /
    // "city hall": rules/detect/related_words.tsv).
    const std::string& other_actor = actor_of(b);
    auto unnamed = [](const Claim& claim, const std::string& who) {
      return std::find(claim.detail->entities.begin(), claim.detail->entities.end(), who) ==
             claim.detail->entities.end();
    };
    if (actor != other_actor &&
        (other_actor.empty() || !unnamed(a, actor) || !unnamed(b, other_actor) ||
         !context.lexicon.related(context.lexicon.key(actor, stemmer),
                                  context.lexicon.key(other_actor, stemmer))))
      continue;
    int da = direction(a), db = direction(b);
    if (da == 0 || db == 0) continue;
    bool firm_a = firm(analysis, a), firm_b = firm(analysis, b);
    // Two hesitant positions count only when they lean opposite ways by their own words
    // ("questioned the figures" / "broadly accepted the figures"), not by a hedge or a plan
    // of the report ("may back" / "may oppose").
    if (!firm_a && !firm_b && (da == db || tentative(a) || tentative(b))) continue;
    // On the same side only a firm position told as a hesitant one by its own words
    // ("firmly opposes" / "had some reservations about"), not a hedge or a plan ("may
    // oppose", "will oppose": the report is unsure, not the position), nor a reservation
    // added after it ("welcomed the decision but warned": both still welcome it).
    if (da == db && (firm_a == firm_b || !softened(analysis, firm_a ? b : a))) continue;
    std::string pa = predicate_of(a), pb = predicate_of(b);
    if (firm_a && firm_b && (pa == pb || context.lexicon.opposite_predicates(pa, pb, stemmer))) {
      continue;  // the negation or antonym detector reports it
    }
    if (!times_compatible(a, b)) continue;  // a position may change over time
    // A position demanded of someone, or set as a condition, is not theirs yet.
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    if (occurrence_.unread_negation(analysis, a) || occurrence_.unread_negation(analysis, b)) {
      continue;
    }

    std::string name(analysis.entity_name(actor));
    auto position = [&](const Claim& claim, int dir, bool is_firm) {
      // The hedge or plan that softens it; a reporting verb ("said") changes nothing.
      std::string cue = tentative(claim) && !claim.detail->modality_cue.empty()
                            ? claim.detail->modality_cue + " "
                            : "";
      return std::string(is_firm ? "firmly " : "tentatively ") + (dir > 0 ? "for" : "against") +
             " (“" + cue + (claim.polarity == Polarity::Negated ? "not " : "") +
             predicate_of(claim) + "”)";
    };
    bool contradiction = firm_a && firm_b;
    std::string summary = name + "'s position differs: " + position(a, da, firm_a) + " in " +
                          analysis.documents[a.source].id + ", " + position(b, db, firm_b) +
                          " in " + analysis.documents[b.source].id;
    std::string explanation =
        who(analysis, a) + ": " + gist(analysis, a) + "; " + who(analysis, b) + ": " +
        gist(analysis, b) + ". " +
        (contradiction        ? "Both state the position firmly, in opposite directions."
         : !firm_a && !firm_b ? "Both positions are hesitant, but they lean opposite ways."
         : da == db           ? "One source reports a firm position, the other a hesitant one."
                    : "One source reports a firm position, the other a softened, opposite one.");
    Finding finding = pair_finding(
        link, a, b, contradiction ? Level::Contradiction : Level::Divergence, "stance",
        contradiction ? "contradiction.stance" : "divergence.stance", summary, explanation);
    // Show what makes each position firm or soft.
    for (size_t i = 0; i < 2; ++i) {
      const Claim& claim = i == 0 ? a : b;
      highlight(analysis, finding.evidence[i], claim.detail->modality_cue);
      if (!(i == 0 ? firm_a : firm_b)) continue;
      for (const auto& cue : firm_) {
        if (find_words(analysis, claim, cue)) {
          highlight(analysis, finding.evidence[i], cue);
          break;
        }
      }
    }
    if (!told.emplace(a.source, a.sentence, b.source, b.sentence, actor).second) continue;
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
