// Scene claims. "The mood in the village square was good-natured", "the road to the
// border post was quiet", "Commuters on the first train were subdued": a sentence that
// characterises a scene or an event with a tone word (rules/detect/tone_words.tsv) states something
// another source may tell otherwise ("tense and bad-tempered", "an angry crowd whistled"), yet it
// may hold no verb, figure or time the other extractors make a claim of. A finding cites claims, so
// such a sentence is given one: an event claim of class `scene` whose object is its tone
// words. It is made only where the sentence holds no other claim and no time (a tone
// finding cites a sentence's first claim), it is aligned with nothing (align/features.cpp gives it
// no blocking key), and only the tone detector reads it (docs/detectors/tone.md).
#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

void extract_scenes(const Extractor::Impl& impl, DocumentState& state) {
  if (impl.tone_words.empty()) return;
  const Document& document = state.document;
  std::vector<bool> claimed(document.sentences.size(), false);
  for (const Claim& claim : state.claims) {
    if (claim.sentence < claimed.size()) claimed[claim.sentence] = true;
  }
  // A time makes a claim of its own (attach_times), which a tone finding can cite; a
  // scene claim would take the time and change what the time claim is of.
  for (const TimeMention& time : state.times) {
    if (time.sentence < claimed.size()) claimed[time.sentence] = true;
  }
  for (uint32_t s = 0; s < document.sentences.size(); ++s) {
    if (claimed[s]) continue;
    const std::vector<Token>& tokens = state.sentence_tokens[s];
    Span words{0, 0};
    std::string object;
    for (const Token& token : tokens) {
      if (token.capitalised && &token != &tokens.front()) continue;  // a name ("Calm Bay")
      if (!impl.tone_words.contains(token.lower)) continue;
      if (object.empty()) words.start = token.span.start;
      words.end = token.span.end;
      if (!object.empty()) object += ", ";
      object += token.lower;
    }
    if (object.empty()) continue;
    Claim claim;
    claim.source = state.source;
    claim.sentence = s;
    claim.kind = ClaimKind::Event;
    claim.span = words;
    claim.detail->predicate = "scene";
    claim.detail->predicate_class = "scene";
    claim.detail->rule = "event.scene";
    claim.detail->object = object;
    claim.detail->value.kind = Value::Kind::Text;
    claim.detail->value.text = std::move(object);
    state.claims.push_back(std::move(claim));
    state.claim_verbs.push_back(Span{});
  }
}

}  // namespace cc::extract
