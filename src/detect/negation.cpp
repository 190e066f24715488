#include "detect/negation.hpp"

#include <algorithm>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"

namespace cc::detect {

namespace {

// Content words a phrase needs before its preposition to name a property of its own.
constexpr size_t kPropertyWords = 2;

// True when the object of `claim` is an infinitive in its sentence ("a commitment to pause
// the introduction of X"): an act, not a noun phrase naming a thing or its property.
bool infinitive_object(const Analysis& analysis, const Claim& claim) {
  const std::string& object = claim.detail->object;
  if (object.empty()) return false;
  std::string_view sentence =
      analysis.documents[claim.source].slice(analysis.sentence_extent(claim));
  for (size_t at = sentence.find(object); at != std::string_view::npos;
       at = sentence.find(object, at + 1)) {
    if (at >= 3 && sentence.substr(at - 3, 3) == "to ") return true;
  }
  return false;
}

// True when `x` acts on a property of something that `y` acts on: the words of x's object
// before its first preposition ("an official release date or pricing information", then
// "for the BlackBerry Curve") hold at least two content words, and `y`'s object uses none
// of them. Denying a thing's release date is not denying the thing was announced. An
// infinitive ("a commitment to pause the introduction of X") is an act, not a property.
bool attribute_of_other(const Analysis& analysis, const align::Lexicon& lexicon, const Claim& x,
                        const Claim& y) {
  static const std::unordered_set<std::string> kPrepositions = {"for", "of",   "about", "on",
                                                                "to",  "from", "with",  "over"};
  if (infinitive_object(analysis, x)) return false;
  auto words = text::words(x.detail->object);
  size_t end = 0;
  while (end < words.size() && !kPrepositions.count(words[end].norm)) ++end;
  if (end == 0 || end == words.size()) return false;
  align::Stemmer stemmer;
  auto head = lexicon.content_keys(
      std::string_view(x.detail->object).substr(0, words[end].span.start), stemmer);
  if (head.size() < kPropertyWords) return false;
  auto other = lexicon.content_keys(y.detail->object, stemmer);
  for (const auto& key : head) {
    for (const auto& word : other) {
      if (key == word || align::Lexicon::share(lexicon.groups(key), lexicon.groups(word), true)) {
        return false;
      }
    }
  }
  return true;
}

// True when `denied` has no object and its sentence shares no content word with
// `asserted`'s but the act and the actor: "The insurer refused to pay." (a ransom, named in
// the sentence before) says nothing against "The insurer is paying for two years of credit
// monitoring".
bool bare_denial_of_other(const Analysis& analysis, const align::Lexicon& lexicon,
                          const Claim& denied, const Claim& asserted) {
  if (!denied.detail->object.empty() || asserted.detail->object.empty()) return false;
  align::Stemmer stemmer;
  auto sentence_keys = [&](const Claim& claim) {
    return lexicon.content_keys(
        analysis.documents[claim.source].slice(analysis.sentence_extent(claim)), stemmer);
  };
  auto ignored = lexicon.content_keys(
      std::string(analysis.entity_name(actor_of(denied))) + " " + denied.detail->predicate,
      stemmer);
  std::vector<std::string> mine = sentence_keys(denied);
  std::vector<std::string> theirs = sentence_keys(asserted);
  for (const auto& key : mine) {
    if (std::find(ignored.begin(), ignored.end(), key) != ignored.end()) continue;
    if (std::find(theirs.begin(), theirs.end(), key) != theirs.end()) return false;
  }
  return true;
}

// True when `claim`'s object bounds a figure ("a contract longer than eight years", "more
// than 100 jobs", "fewer than ten people"): a denial of it denies only what lies beyond the
// bound ("no team has offered a contract longer than eight years" does not deny "offered
// Teixeira a seven-year deal"), and this detector does not compare figures.
bool bounded_figure(const align::Lexicon& lexicon, const Claim& claim) {
  auto words = text::words(claim.detail->object);
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i].norm != "than") continue;
    const std::string& before = words[i - 1].norm;
    bool comparative = before == "more" || before == "less" || before == "fewer" ||
                       (before.size() > 3 && before.ends_with("er"));
    const std::string& after = words[i + 1].norm;
    bool figure = !after.empty() && ((after.front() >= '0' && after.front() <= '9') ||
                                     after.front() == '$' || lexicon.number_word(after));
    if (comparative && figure) return true;
  }
  return false;
}

}  // namespace

namespace {

// Whether the claim's own words hold "not", "never" or a contracted "n't".
bool says_not(const Analysis& analysis, const Claim& claim) {
  std::string_view words = analysis.documents[claim.source].slice(claim.span);
  for (const auto& word : text::words(words)) {
    const std::string& w = word.norm;
    if (w == "not" || w == "never" || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0))
      return true;
  }
  return false;
}

// Whether the claim's denial excepts someone: "Nobody else can move both", "no other
// firm offers it" deny it of everyone but the one the other source names.
bool excepting_denial(const Analysis& analysis, const Claim& claim) {
  auto words = text::words(analysis.documents[claim.source].slice(claim.span));
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i].norm;
    const std::string& next = words[i + 1].norm;
    if ((w == "nobody" || w == "noone" || w == "nothing") && next == "else") return true;
    if (w == "no" &&
        (next == "other" || (next == "one" && i + 2 < words.size() && words[i + 2].norm == "else")))
      return true;
  }
  return false;
}

}  // namespace

void NegationDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (!comparable(context, a, b) || a.polarity == b.polarity) continue;
    // Quote wording is the quote detector's; figures are the numeric detector's.
    if (a.kind == ClaimKind::Quantity || b.kind == ClaimKind::Quantity) continue;
    // Two events inside direct quotes are the quote detector's too: it reports the words
    // that changed ("does not cut" / "cuts"), once.
    if (occurrence_.inside_quote(analysis, a) && occurrence_.inside_quote(analysis, b)) continue;
    std::string predicate = predicate_of(a);
    if (predicate.empty() || predicate != predicate_of(b)) continue;
    if (different_actors(a, b) || !times_compatible(a, b)) continue;
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    if (occurrence_.recurs(analysis, a) || occurrence_.recurs(analysis, b)) continue;
    if (occurrence_.unread_negation(analysis, a) || occurrence_.unread_negation(analysis, b)) {
      continue;
    }
    if (attribute_of_other(analysis, context.lexicon, a, b) ||
        attribute_of_other(analysis, context.lexicon, b, a)) {
      continue;
    }
    const Claim& denied = a.polarity == Polarity::Negated ? a : b;
    const Claim& asserted = a.polarity == Polarity::Negated ? b : a;
    if (bounded_figure(context.lexicon, denied)) continue;
    if (excepting_denial(analysis, denied)) continue;
    if (bare_denial_of_other(analysis, context.lexicon, denied, asserted)) continue;
    // A plan or a possibility does not contradict a denial of what happened ("Ross is not
    // signed" / "he will be signed"), nor does a tentative denial; a quote that raises a
    // matter ("we need to discuss ...") has discussed it.
    // Two plans, one denied ("prosecutors would not seek to have the project cancelled" /
    // "would now seek to have it cancelled"), report one intention both ways.
    // The denial must be the plan's own "not" or "never": "denied an offer to plead guilty"
    // turns the offer down, it does not plan not to plead.
    bool plans = denied.modality == Modality::Planned && asserted.modality == Modality::Planned &&
                 says_not(analysis, denied);
    if (tentative(denied) && !plans) continue;
    if (tentative(asserted) && !plans && !occurrence_.said_in_quote(analysis, asserted)) continue;
    std::string topic = text::truncate(denied.detail->object, 60);
    std::string summary =
        "Sources disagree on '" +
        (named_actor(denied) ? std::string(analysis.entity_name(actor_of(denied))) + " " : "") +
        predicate + (topic.empty() ? "" : " " + topic) + "': denied in " +
        analysis.documents[denied.source].id + ", stated in " +
        analysis.documents[asserted.source].id;
    std::string hedge = asserted.detail->modality_cue.empty()
                            ? std::string(to_string(asserted.modality))
                            : "“" + asserted.detail->modality_cue + "”";
    std::string explanation =
        who(analysis, denied) + " denies it" +
        (denied.detail->polarity_cue.empty() ? "" : " (“" + denied.detail->polarity_cue + "”)") +
        ": " + gist(analysis, denied) + "; " + who(analysis, asserted) +
        (tentative(asserted) ? " raises it in a quote (" + hedge + ")" : " states it") + ": " +
        gist(analysis, asserted) + ".";
    Finding finding = pair_finding(link, a, b, Level::Contradiction, "negation",
                                   "contradiction.negation", summary, explanation);
    highlight(analysis, finding.evidence[&denied == &a ? 0 : 1], denied.detail->polarity_cue);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
