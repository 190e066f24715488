#include "detect/attribution.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "detect/entity_name.hpp"

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

// True when a name of `names` is set off by commas right before the sentence's verb of
// saying, after a role: "The mayor of Lakeside, Ana Moura, said ..." (up to two words of
// the name before the one found, each capitalised).
bool set_off_speaker(std::string_view sentence, const std::vector<text::Word>& words,
                     const std::vector<std::string>& names) {
  static const std::unordered_set<std::string_view> kSaid = {"said", "says", "told", "added"};
  for (size_t i = 1; i + 1 < words.size() && !kSaid.count(words[i].norm); ++i) {
    if (std::find(names.begin(), names.end(), words[i].norm) == names.end()) continue;
    if (sentence.substr(words[i].span.end, 2) != ", " || !kSaid.count(words[i + 1].norm)) continue;
    size_t first = i;
    while (first > 0 && i - first < 2 && sentence.substr(words[first].span.start - 1, 1) == " " &&
           sentence.substr(words[first - 1].span.end, 1) == " " &&
           std::isupper(static_cast<unsigned char>(sentence[words[first - 1].span.start])))
      --first;
    if (words[first].span.start >= 2 && sentence.substr(words[first].span.start - 2, 2) == ", ")
      return true;
  }
  return false;
}

// True when a pronoun's speaker ("he said") is sure: the sentence before the quote's opens
// with the speaker's name (within its first kSubjectWords words), the subject the pronoun
// takes up ("Raghavan urged patience. \"...,\" he said.").
bool sure_pronoun(const Analysis& analysis, const align::Lexicon& lexicon, const Claim& claim) {
  constexpr size_t kSubjectWords = 5;
  auto speaker = text::words(claim.detail->speaker_text);
  // A role phrase ("the minister", "the district officer") takes up a person as a
  // pronoun does (the extractor resolved it to the person holding the role).
  std::string_view written = claim.detail->speaker_text;
  bool role =
      speaker.size() >= 2 && speaker.size() <= 4 && speaker.front().norm == "the" &&
      std::none_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
      written.starts_with("the ");
  if (!role && (speaker.size() != 1 || !lexicon.stopword(speaker.front().norm))) return false;
  const std::string pronoun = role ? std::string() : speaker.front().norm;
  if (!role && pronoun != "he" && pronoun != "she") return false;
  const Document& document = analysis.documents[claim.source];
  if (claim.sentence == 0 || claim.sentence >= document.sentences.size()) return false;
  auto names = surnames(analysis, claim.detail->speaker);
  if (names.empty()) return false;
  // The sentence right before quotes or reports the same speaker by name ("\"...,\" Wolny
  // said. \"...,\" she added."): the pronoun goes on with that speaker.
  for (size_t i = claim.index; i-- > 0;) {
    const Claim& other = analysis.claims[i];
    if (other.source != claim.source || other.sentence + 1 < claim.sentence) break;
    if (other.sentence + 1 != claim.sentence) continue;
    if ((other.kind == ClaimKind::Quote || other.kind == ClaimKind::ReportedSpeech) &&
        other.detail->speaker == claim.detail->speaker && named(analysis, lexicon, other))
      return true;
  }
  // Back through sentences that take the speaker up with the same pronoun ("..., she
  // warned."), at most kPronounChain of them.
  constexpr size_t kPronounChain = 2;
  for (size_t back = 1; back <= kPronounChain + 1 && back <= claim.sentence; ++back) {
    std::string_view sentence = document.slice(document.sentences[claim.sentence - back].span);
    auto before = text::words(sentence);
    for (size_t i = 0; i < before.size() && i < kSubjectWords; ++i) {
      if (std::find(names.begin(), names.end(), before[i].norm) != names.end()) return true;
    }
    // (Only in the sentence right before: further back a pronoun may have moved on to
    // another person, "..., her agent, Mark Roesler, said. ... she said in 1998.")
    if (back == 1 && set_off_speaker(sentence, before, names)) return true;
    bool same_pronoun = std::any_of(before.begin(), before.end(), [&](const text::Word& word) {
      return role ? word.norm == "he" || word.norm == "she" : word.norm == pronoun;
    });
    if (!same_pronoun) return false;
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
    // A pronoun whose speaker the sentence before names as its subject is as sure.
    auto attributed = [&](const Claim& claim) {
      return named(analysis, context.lexicon, claim) ||
             sure_pronoun(analysis, context.lexicon, claim);
    };
    if (!attributed(a) || !attributed(b)) continue;
    // A name and its end are one person keyed two ways ("Mr Gaskin" / "Gaskin"); two
    // given names before one surname are not ("Pedro" / "Carlos Sanchez").
    auto ends_with_name = [](const std::string& longer, const std::string& shorter) {
      return longer.size() > shorter.size() && longer.ends_with(shorter) &&
             longer[longer.size() - shorter.size() - 1] == ' ';
    };
    if (ends_with_name(a.detail->speaker, b.detail->speaker) ||
        ends_with_name(b.detail->speaker, a.detail->speaker))
      continue;
    // One given name and a surname garbled ("Helen Saar" / "Helen Saarma") are one person
    // named two ways: the entity-name detector's to report.
    auto space_a = a.detail->speaker.rfind(' '), space_b = b.detail->speaker.rfind(' ');
    if (space_a != std::string::npos && space_b != std::string::npos &&
        a.detail->speaker.compare(0, space_a, b.detail->speaker, 0, space_b) == 0 &&
        garbled_surname(std::string_view(a.detail->speaker).substr(space_a + 1),
                        std::string_view(b.detail->speaker).substr(space_b + 1)))
      continue;
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
