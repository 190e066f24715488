#include "detect/attribution.hpp"

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"

namespace cc::detect {

namespace {

// True when the claim's sentence, outside the quoted words, contains the surname (last
// word of the display name) of the entity `speaker`.
bool names_speaker(const Analysis& analysis, const Claim& claim, const std::string& speaker) {
  auto name = text::words(analysis.entity_name(speaker));
  if (name.empty()) return false;
  Span extent = analysis.sentence_extent(claim);
  for (const auto& word : text::words(analysis.documents[claim.source].slice(extent))) {
    if (claim.span.contains(extent.start + word.span.start)) continue;
    if (word.norm == name.back().norm) return true;
  }
  return false;
}

// True when the claim's own attribution names its speaker: the surname of the speaker
// entity is a word of the speaker as written, and a real word of a name at that.
bool named(const Analysis& analysis, const align::Lexicon& lexicon, const Claim& claim) {
  auto name = text::words(analysis.entity_name(claim.detail->speaker));
  if (name.empty() || name.back().norm.size() < 2 || lexicon.stopword(name.back().norm)) {
    return false;
  }
  for (const auto& word : text::words(claim.detail->speaker_text)) {
    if (word.norm == name.back().norm) return true;
  }
  return false;
}

}  // namespace

void AttributionDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (a.kind != ClaimKind::Quote || b.kind != ClaimKind::Quote) continue;
    if (a.detail->speaker.empty() || b.detail->speaker.empty() ||
        a.detail->speaker == b.detail->speaker)
      continue;
    // Only attributions the sources make themselves count: "he said" resolved to a name
    // is the resolver's guess, and two guesses that differ are not two attributions.
    if (!named(analysis, context.lexicon, a) || !named(analysis, context.lexicon, b)) continue;
    if (!comparable(context, a, b)) continue;
    // When one sentence also names the other speaker ("Harbour Authority head Mina Okafor
    // said"), the two attributions are one person read two ways, not two people.
    if (names_speaker(analysis, b, a.detail->speaker) ||
        names_speaker(analysis, a, b.detail->speaker))
      continue;
    std::string name_a(analysis.entity_name(a.detail->speaker));
    std::string name_b(analysis.entity_name(b.detail->speaker));
    std::string summary = "The same words are attributed to " + name_a + " in " +
                          analysis.documents[a.source].id + " and to " + name_b + " in " +
                          analysis.documents[b.source].id + ": " + gist(analysis, a, 60);
    std::string explanation =
        analysis.documents[a.source].id + " has " + name_a +
        (a.detail->speaker_text.empty() ? "" : " (“" + a.detail->speaker_text + "”)") +
        " say it; " + analysis.documents[b.source].id + " has " + name_b +
        (b.detail->speaker_text.empty() ? "" : " (“" + b.detail->speaker_text + "”)") +
        " say it. At most one attribution can be right.";
    Finding finding = pair_finding(link, a, b, Level::Divergence, "attribution",
                                   "divergence.attribution", summary, explanation);
    highlight(analysis, finding.evidence[0], a.detail->speaker_text);
    highlight(analysis, finding.evidence[1], b.detail->speaker_text);
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
