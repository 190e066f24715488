#include "detect/attribution.hpp"

#include <algorithm>

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"

namespace cc::detect {

namespace {

// The surnames (last words) of an entity's display name and of every spelling the sources
// gave it: "Miriam Achtenberg" in one source is "Miriam Achterberg" in another.
std::vector<std::string> surnames(const Analysis& analysis, const std::string& key) {
  std::vector<std::string> out;
  auto add = [&](std::string_view name) {
    auto words = text::words(name);
    if (!words.empty() && std::find(out.begin(), out.end(), words.back().norm) == out.end()) {
      out.push_back(words.back().norm);
    }
  };
  add(analysis.entity_name(key));
  auto it = std::lower_bound(analysis.entities.begin(), analysis.entities.end(), key,
                             [](const Entity& e, const std::string& k) { return e.key < k; });
  if (it != analysis.entities.end() && it->key == key) {
    for (const auto& form : it->surface_forms) add(form);
  }
  return out;
}

// True when the claim's sentence, outside the quoted words, contains a surname of the
// entity `speaker`.
bool names_speaker(const Analysis& analysis, const Claim& claim, const std::string& speaker) {
  auto names = surnames(analysis, speaker);
  if (names.empty()) return false;
  Span extent = analysis.sentence_extent(claim);
  for (const auto& word : text::words(analysis.documents[claim.source].slice(extent))) {
    if (claim.span.contains(extent.start + word.span.start)) continue;
    if (std::find(names.begin(), names.end(), word.norm) != names.end()) return true;
  }
  return false;
}

// True when the claim's own attribution names its speaker: a surname of the speaker entity
// (in any spelling the sources gave it) is a word of the speaker as written, and a real
// word of a name at that.
bool named(const Analysis& analysis, const align::Lexicon& lexicon, const Claim& claim) {
  auto names = surnames(analysis, claim.detail->speaker);
  for (const auto& word : text::words(claim.detail->speaker_text)) {
    if (word.norm.size() < 2 || lexicon.stopword(word.norm)) continue;
    if (std::find(names.begin(), names.end(), word.norm) != names.end()) return true;
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
