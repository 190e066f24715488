// Reported speech without quote marks: "Rutte said the question was not discussed",
// "That is a matter for them, he said", "According to Kluge, ...". The content clause
// becomes a ReportedSpeech claim and a Frame: events found inside it are the speaker's.
#include <algorithm>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

bool has_quote_mark(std::string_view text) {
  return text.find('"') != std::string_view::npos ||
         text.find("\xE2\x80\x9C") != std::string_view::npos ||
         text.find("\xE2\x80\x9D") != std::string_view::npos ||
         text.find("``") != std::string_view::npos;
}

Span trim(std::string_view text, Span span) {
  auto strip = [](char c) { return c == ' ' || c == ',' || c == '.' || c == '\n' || c == ':'; };
  while (span.start < span.end && strip(text[span.start])) ++span.start;
  while (span.end > span.start && strip(text[span.end - 1])) --span.end;
  return span;
}

// The content of "according to X": the sentence without the phrase, on the side of the
// comma that separates them.
Span according_to_content(std::string_view text, Span sentence, const rules::Match& match) {
  std::string_view after = text.substr(match.span.end, sentence.end - match.span.end);
  size_t comma = after.find(',');
  if (match.span.start <= sentence.start + 1 && comma != std::string_view::npos) {
    return Span{match.span.end + static_cast<uint32_t>(comma) + 1, sentence.end};
  }
  return Span{sentence.start, match.span.start};
}

}  // namespace

// True when a cue's bare content (no "that") opens with "against" or "in favour of" (a
// position on an object), or with a singular common noun that is
// nothing else, followed by a preposition ("claimed victory before his supporters",
// "claimed responsibility for the attack"): the verb's object, not a clause. A clause
// opens with its subject, and a verb follows it ("claimed turnout reached 93 percent").
bool object_not_clause(const normalize::Lexicon& lexicon, std::string_view text,
                       const rules::Match& match, Span content) {
  if (match.capture("that") || match.capture("that2") || match.capture("that3")) return false;
  auto words = text::words(text.substr(content.start, content.end - content.start));
  if (words.empty()) return false;
  const std::string& first = words.front().norm;
  // "argued against the suspension", "spoke in favour of the tax": a position taken on
  // the object (rule event.against), not words reported.
  if (first == "against" ||
      (words.size() >= 3 && first == "in" &&
       (words[1].norm == "favour" || words[1].norm == "favor") && words[2].norm == "of"))
    return true;
  char initial = text[content.start + words.front().span.start];
  if (!(initial >= 'a' && initial <= 'z')) return false;
  if (lexicon.closed(first) != normalize::Closed::None) return false;
  if (lexicon.classes(first) != normalize::kNoun || lexicon.noun_lemma(first) != first) {
    return false;
  }
  // A mass noun may be a subject ("alcohol was a factor", "turnout reached 93 percent",
  // "food supplies are dwindling"): the noun is an object when a preposition or the end
  // follows it.
  if (words.size() == 1) return true;
  auto next = lexicon.closed(words[1].norm);
  return next == normalize::Closed::Preposition || next == normalize::Closed::Subordinator;
}

namespace {

// "X opposed the freeze, and its chairwoman Y warned that it would cost jobs": a cue that
// "that" follows, or whose speaker opens with "and", reports what comes after it, not the
// clause before the comma.
bool content_follows(std::string_view text, const rules::Match& match) {
  auto cue = match.capture("cue");
  auto speaker = match.capture("speaker");
  if (speaker && text.substr(speaker->start, 4) == "and ") return true;
  if (!cue) return false;
  size_t at = cue->end;
  while (at < text.size() && text[at] == ' ') ++at;
  // (Nor does a cue that takes a position on an object: "argued against the plan".)
  return text.substr(at, 5) == "that " || text.substr(at, 5) == "that," ||
         text.substr(at, 8) == "against " || text.substr(at, 13) == "in favour of " ||
         text.substr(at, 12) == "in favor of ";
}

}  // namespace

void extract_speech(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  std::string_view text = document.text;
  // Only sentences with a reporting verb (the cues pack's speech.verb) can report speech.
  std::vector<bool> reporting(document.sentences.size(), false);
  for (const auto& sentence : state.cues) {
    for (const auto& match : sentence.matches) {
      if (match.rule->attribute("effect") == "speech") reporting[sentence.sentence] = true;
    }
    // Quotes are handled apart: a sentence with a quote mark reports no speech here.
    if (reporting[sentence.sentence] &&
        has_quote_mark(document.slice(document.sentences[sentence.sentence].span)))
      reporting[sentence.sentence] = false;
  }
  for (const auto& sentence : impl.match_sentences(impl.speech, document, &reporting)) {
    Span sentence_span = document.sentences[sentence.sentence].span;
    bool done = false;
    for (const auto& match : sentence.matches) {
      if (done) break;
      auto speaker = speaker_span(impl, document, state.mentions, match);
      if (!speaker) continue;
      Span content;
      if (auto captured = match.capture("content")) {
        content = *captured;
      } else {
        content = according_to_content(text, sentence_span, match);
      }
      content = trim(text, content);
      if (content.size() < 8) continue;
      if (object_not_clause(impl.lexicon, text, match, content)) continue;
      if (match.rule->id == "speech.cue-after" && content_follows(text, match)) continue;
      // Content of capitalised words only is a name the cue's subject is set off by
      // ("Ana Lima, a union engineer, argued ..., saying ..."), not words reported.
      if (match.rule->id == "speech.cue-after") {
        auto words = text::words(text.substr(content.start, content.end - content.start));
        if (std::all_of(words.begin(), words.end(), [&](const text::Word& word) {
              char c = text[content.start + word.span.start];
              return c >= 'A' && c <= 'Z';
            }))
          continue;
      }
      std::string speaker_text = text::squeeze_spaces(document.slice(*speaker));
      std::string display;
      std::string key =
          resolve_speaker(impl, document, state.mentions, speaker_text, speaker->start, &display);
      auto cue = match.capture("cue");
      if (!cue) cue = match.capture("tell");
      if (!cue) cue = match.capture("cue2");
      std::string lemma = cue ? impl.cue_lemma(document.slice(*cue)) : "according-to";
      Claim claim;
      claim.source = state.source;
      claim.sentence = sentence.sentence;
      claim.kind = ClaimKind::ReportedSpeech;
      claim.detail->subject = key;
      claim.detail->predicate = lemma;
      claim.detail->cue = cue ? lemma : std::string();
      claim.detail->speaker = key;
      claim.detail->speaker_text = speaker_text;
      claim.detail->object = text::squeeze_spaces(document.slice(content));
      claim.detail->value.kind = Value::Kind::Text;
      claim.detail->value.text = claim.detail->object;
      claim.span = content;
      claim.modality = Modality::Reported;
      claim.detail->modality_cue = cue ? std::string(document.slice(*cue)) : "according to";
      claim.detail->rule = match.rule->id;
      if (!key.empty()) claim.detail->attribution.push_back(key);
      bool negating = impl.negating_cues.count(lemma) > 0;
      if (negating) {
        claim.polarity = Polarity::Negated;
        claim.detail->polarity_cue = std::string(document.slice(*cue));
      }
      state.frames.push_back(Frame{content, key, negating, claim.detail->polarity_cue});
      state.claims.push_back(std::move(claim));
      state.claim_verbs.push_back(cue ? *cue : Span{});
      done = true;  // one report per sentence: the first (outermost) cue
    }
  }
}

}  // namespace cc::extract
