// The fields every claim has, filled once all extractors ran: polarity and modality from
// the cues pack, the attribution chain from the quote or reported speech around the
// claim, the entities it names and its keywords.
//
// A cue counts for a claim only where it governs the claim's verb: inside its verb group
// ("did not include", "will meet") or right before it ("failed to", "is expected to",
// "stopped short of"). Report cues ("reportedly", "according to a report") and hedging
// adverbs count for the whole sentence. A plan or a possibility outranks a report, which
// outranks a plain assertion: a report of a plan is a plan.
#include <algorithm>
#include <unordered_set>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

int rank(Modality modality) {
  switch (modality) {
    case Modality::Asserted:
      return 0;
    case Modality::Reported:
      return 1;
    case Modality::Hedged:
      return 2;
    case Modality::Planned:
      return 3;
  }
  return 0;
}

void raise(Claim& claim, Modality modality, std::string_view cue) {
  if (rank(modality) <= rank(claim.modality)) return;
  claim.modality = modality;
  claim.detail->modality_cue = text::squeeze_spaces(cue);
}

// Only spaces between `end` and `start`.
bool adjacent(std::string_view text, uint32_t end, uint32_t start) {
  if (end > start) return false;
  for (uint32_t i = end; i < start; ++i) {
    if (text[i] != ' ') return false;
  }
  return true;
}

// A digit after `at`, past spaces.
bool figure_after(std::string_view text, uint32_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && text[at] >= '0' && text[at] <= '9';
}

bool sentence_wide_hedge(std::string_view cue) {
  std::string folded = text::fold(cue);
  return folded.size() > 2 &&
         (folded.compare(folded.size() - 2, 2, "ly") == 0 || folded == "perhaps");
}

const Frame* innermost_frame(const DocumentState& state, Span span) {
  const Frame* best = nullptr;
  for (const auto& frame : state.frames) {
    if (frame.span.start <= span.start && span.end <= frame.span.end && frame.span != span &&
        (!best || frame.span.size() < best->span.size()))
      best = &frame;
  }
  return best;
}

void apply_cues(const Document& document, const std::vector<rules::Match>& cues, Claim& claim,
                Span anchor) {
  std::string_view text = document.text;
  bool negated = false;
  std::string negation_cue;
  bool idiom = false;
  for (const auto& match : cues) {
    auto cue_span = match.capture("cue").value_or(match.span);
    std::string_view effect = match.rule->attribute("effect");
    std::string_view scope = match.rule->attribute("scope");
    std::string_view cue = document.slice(cue_span);
    bool inside = cue_span.start >= anchor.start && cue_span.end <= anchor.end;
    bool before = adjacent(text, cue_span.end, anchor.start);
    if (effect == "none" && (inside || before)) idiom = true;
    if (effect == "negate" && (inside || (before && scope == "verb"))) {
      if (!negated) negation_cue = text::squeeze_spaces(cue);
      negated = true;
    }
    // "to" before a figure is a preposition, not an infinitive: "passed by 64 votes to 29"
    // plans nothing.
    if (effect == "plan" && (inside || before) && !figure_after(text, cue_span.end))
      raise(claim, Modality::Planned, cue);
    if (effect == "hedge" &&
        (inside || before || (sentence_wide_hedge(cue) && cue_span.end <= anchor.end)))
      raise(claim, Modality::Hedged, cue);
    if (effect == "report") raise(claim, Modality::Reported, cue);
  }
  if (negated && !idiom && claim.polarity == Polarity::Affirmed) {
    claim.polarity = Polarity::Negated;
    claim.detail->polarity_cue = negation_cue;
  }
}

}  // namespace

void finish_claims(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  std::unordered_set<std::string> mention_keys;
  for (const auto& mention : state.mentions) mention_keys.insert(mention.key);
  std::vector<Token> tokens;
  for (size_t c = 0; c < state.claims.size(); ++c) {
    Claim& claim = state.claims[c];
    const auto& cues = cues_of(state, claim.sentence);
    Span anchor = state.claim_verbs[c].empty() ? claim.span : state.claim_verbs[c];

    switch (claim.kind) {
      case ClaimKind::Event:
      case ClaimKind::Stance:
      case ClaimKind::Quantity:
        apply_cues(document, cues, claim, anchor);
        break;
      case ClaimKind::ReportedSpeech: {
        // The content's own negation: "Rutte said the question wasn't discussed".
        for (const auto& match : cues) {
          auto cue_span = match.capture("cue").value_or(match.span);
          if (match.rule->attribute("effect") == "negate" && claim.span.contains(cue_span.start) &&
              match.rule->attribute("scope") == "verb") {
            bool flip = claim.polarity == Polarity::Affirmed;
            claim.polarity = flip ? Polarity::Negated : Polarity::Affirmed;
            claim.detail->polarity_cue =
                flip ? text::squeeze_spaces(document.slice(cue_span)) : std::string();
            break;
          }
        }
        for (const auto& match : cues) {
          if (match.rule->attribute("effect") == "report")
            raise(claim, Modality::Reported, document.slice(match.span));
        }
        break;
      }
      case ClaimKind::Quote:
      case ClaimKind::Time:
        break;
    }

    // Attribution: the quote or reported speech the claim sits in.
    if (claim.kind != ClaimKind::Quote) {
      if (const Frame* frame = innermost_frame(state, anchor.empty() ? claim.span : anchor)) {
        if (!frame->speaker.empty() &&
            std::find(claim.detail->attribution.begin(), claim.detail->attribution.end(),
                      frame->speaker) == claim.detail->attribution.end())
          claim.detail->attribution.insert(claim.detail->attribution.begin(), frame->speaker);
        if (claim.detail->speaker.empty()) claim.detail->speaker = frame->speaker;
        if (claim.kind != ClaimKind::ReportedSpeech)
          raise(claim, Modality::Reported, frame->cue.empty() ? "quoted" : frame->cue);
        if (frame->negating && claim.kind != ClaimKind::ReportedSpeech) {
          claim.polarity =
              claim.polarity == Polarity::Affirmed ? Polarity::Negated : Polarity::Affirmed;
          claim.detail->polarity_cue =
              claim.polarity == Polarity::Negated ? frame->cue : std::string();
        }
      }
    }

    // Entities named inside the claim, and its speaker.
    std::vector<std::string> entities;
    auto [first_mention, last_mention] =
        mentions_in(state.mentions, claim.span.start, claim.span.end);
    for (auto it = first_mention; it != last_mention; ++it) {
      if (it->end <= claim.span.end && !it->key.empty()) entities.push_back(it->key);
    }
    if (!claim.detail->speaker.empty()) entities.push_back(claim.detail->speaker);
    // A subject resolved through a pronoun or role ("He signed") names its entity too.
    if (!claim.detail->subject.empty() && mention_keys.count(claim.detail->subject))
      entities.push_back(claim.detail->subject);
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    claim.detail->entities = std::move(entities);

    // Keywords: stems (or concepts) of the content words that are not names.
    tokenize(document.text, claim.span, impl.lexicon, tokens);
    std::vector<std::string> keywords;
    for (const auto& token : tokens) {
      if (mention_covering(state.mentions, token.span.start, token.span.end)) continue;
      // Times are compared through Claim.time, not as words ("Monday").
      if (time_covering(state.times, token.span.start, token.span.end)) continue;
      std::string keyword = impl.keyword(token.lower, state.stemmer);
      if (!keyword.empty()) keywords.push_back(std::move(keyword));
    }
    std::sort(keywords.begin(), keywords.end());
    keywords.erase(std::unique(keywords.begin(), keywords.end()), keywords.end());
    claim.detail->keywords = std::move(keywords);
  }

  // An event told by a noun inside what another event acts on takes that event's denial or
  // plan: "The mayor did not order an evacuation of the town" states no evacuation,
  // "will hold a rally" a planned one.
  for (size_t c = 0; c < state.claims.size(); ++c) {
    Claim& occurrence = state.claims[c];
    if (occurrence.detail->rule != "event.occurrence" || state.claim_verbs[c].empty()) continue;
    Span noun = state.claim_verbs[c];
    const Claim* governing = nullptr;
    for (size_t g = 0; g < state.claims.size(); ++g) {
      const Claim& other = state.claims[g];
      if (g == c || other.sentence != occurrence.sentence ||
          (other.kind != ClaimKind::Event && other.kind != ClaimKind::Stance) ||
          other.detail->rule == "event.occurrence" || state.claim_verbs[g].empty())
        continue;
      // Its verb before the noun, the noun inside what it acts on.
      if (state.claim_verbs[g].end <= noun.start && other.span.start <= noun.start &&
          noun.end <= other.span.end && (!governing || governing->span.size() > other.span.size()))
        governing = &other;
    }
    if (!governing) continue;
    // Only what it acts on directly: "wasn't mentioned in Monday's talks" denies the
    // mention, not the talks.
    size_t g = static_cast<size_t>(governing - state.claims.data());
    tokenize(document.text, Span{state.claim_verbs[g].end, noun.start}, impl.lexicon, tokens);
    if (std::any_of(tokens.begin(), tokens.end(), [](const Token& token) {
          return token.closed == normalize::Closed::Preposition;
        }))
      continue;
    if (governing->polarity == Polarity::Negated && occurrence.polarity == Polarity::Affirmed) {
      occurrence.polarity = Polarity::Negated;
      occurrence.detail->polarity_cue = governing->detail->polarity_cue;
    }
    if (governing->modality == Modality::Planned || governing->modality == Modality::Hedged)
      raise(occurrence, governing->modality, governing->detail->modality_cue);
  }
}

}  // namespace cc::extract
