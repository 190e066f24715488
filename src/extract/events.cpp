// Event and stance claims: subject – predicate – object for the verbs news is made of.
//
// The events pack finds the verb with its group (auxiliaries, negation, adverbs), a
// passive, or an event noun after a light verb ("did not include any discussion of").
// The subject is the clause before the group, the object the clause after the verb, each
// cut at punctuation, subordinators and the edges of quotes and reported speech (a
// shallow version of ReVerb's and ClausIE's clause patterns, without a parser).
#include <algorithm>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

constexpr size_t kMaxObjectWords = 14;

using normalize::Closed;

bool is_boundary_word(const Extractor::Impl& impl, const Token& token) {
  return token.closed == Closed::Subordinator || token.lower == "but" ||
         impl.cue_verbs.contains(token.lower);
}

// First token of the clause that ends before token `at`.
size_t clause_start(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t at,
                    uint32_t floor) {
  size_t k = at;
  while (k > 0) {
    const Token& token = tokens[k - 1];
    if (token.span.start < floor) break;
    if (is_boundary_word(impl, token)) break;
    if (token.gap & (kComma | kBreak | kQuoteMark)) {
      --k;
      break;
    }
    --k;
  }
  while (k < at && tokens[k].span.start < floor) ++k;
  return k;
}

// One past the last token of the clause that starts at token `at`.
size_t clause_end(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t at,
                  uint32_t ceiling) {
  size_t k = at;
  if (k < tokens.size() && tokens[k].lower == "that" && !(tokens[k].gap & (kComma | kBreak))) ++k;
  while (k < tokens.size() && k - at < kMaxObjectWords) {
    const Token& token = tokens[k];
    if (token.span.end > ceiling) break;
    if (k > at && (token.gap & (kComma | kBreak | kQuoteMark))) break;
    if (k > at && is_boundary_word(impl, token)) break;
    ++k;
  }
  return k;
}

// The frame (quote or reported speech) around `offset`, if any.
const Frame* frame_at(const DocumentState& state, uint32_t offset) {
  const Frame* best = nullptr;
  for (const auto& frame : state.frames) {
    if (frame.span.contains(offset) && (!best || frame.span.size() < best->span.size()))
      best = &frame;
  }
  return best;
}

struct Phrase {
  size_t first = 0;  // token range [first, last)
  size_t last = 0;
  bool empty() const { return last <= first; }
};

class EventBuilder {
 public:
  EventBuilder(const Extractor::Impl& impl, DocumentState& state, uint32_t sentence)
      : impl_(impl),
        state_(state),
        document_(state.document),
        sentence_(sentence),
        tokens_(state.tokens) {}

  // Entity key or head noun of a subject phrase.
  std::string subject_key(Phrase phrase) {
    if (phrase.empty()) return {};
    Span span{tokens_[phrase.first].span.start, tokens_[phrase.last - 1].span.end};
    if (phrase.last - phrase.first == 1 && tokens_[phrase.first].closed == Closed::Pronoun) {
      std::string_view word = document_.slice(tokens_[phrase.first].span);
      return resolve_speaker(impl_, document_, state_.mentions, word, span.start);
    }
    const Mention* place = nullptr;
    for (const auto& mention : state_.mentions) {
      if (mention.offset < span.start || mention.end > span.end) continue;
      if (mention.type != EntityType::Place) return mention.key;
      if (!place) place = &mention;
    }
    // The head noun: the last word before a preposition or a verb-like word.
    size_t head = phrase.first;
    for (size_t k = phrase.first; k < phrase.last; ++k) {
      if (tokens_[k].closed == Closed::Preposition && k > phrase.first) break;
      if (tokens_[k].closed == Closed::None && !tokens_[k].digit) head = k;
    }
    if (place && place->end >= tokens_[head].span.end) return place->key;
    if (tokens_[head].closed != Closed::None) return {};
    return impl_.lexicon.noun_lemma(tokens_[head].lower);
  }

  std::string text_of(Phrase phrase) const {
    if (phrase.empty()) return {};
    return text::squeeze_spaces(
        document_.slice(Span{tokens_[phrase.first].span.start, tokens_[phrase.last - 1].span.end}));
  }

  // Bounds of the clause around token `at`: not beyond the frame the event sits in.
  std::pair<uint32_t, uint32_t> limits(uint32_t offset) const {
    Span sentence = document_.sentences[sentence_].span;
    uint32_t floor = sentence.start;
    uint32_t ceiling = sentence.end;
    if (const Frame* frame = frame_at(state_, offset)) {
      floor = std::max(floor, frame->span.start);
      ceiling = std::min(ceiling, frame->span.end);
    }
    return {floor, ceiling};
  }

  void add(const rules::Match& match, std::string lemma, Span anchor, size_t group_token,
           size_t after_token, bool passive) {
    std::string verb_class = impl_.verb_class(lemma);
    if (verb_class.empty()) return;
    auto [floor, ceiling] = limits(anchor.start);
    Phrase before{clause_start(impl_, tokens_, group_token, floor), group_token};
    Phrase after{after_token, clause_end(impl_, tokens_, after_token, ceiling)};
    if (after.first < tokens_.size() && tokens_[after.first].lower == "that" &&
        after.last > after.first)
      ++after.first;
    Claim claim;
    claim.source = state_.source;
    claim.sentence = sentence_;
    claim.kind = impl_.stance_classes.count(verb_class) ? ClaimKind::Stance : ClaimKind::Event;
    claim.predicate = lemma;
    claim.predicate_class = verb_class;
    claim.rule = match.rule->id;
    if (passive) {
      // "X was rejected by Y": Y is the subject, X the object.
      Phrase agent{after.first, after.first};
      if (!after.empty() && tokens_[after.first].lower == "by") {
        agent = Phrase{after.first + 1, after.last};
        for (size_t k = agent.first; k < agent.last; ++k) {
          if (tokens_[k].closed == Closed::Preposition) {
            agent.last = k;
            break;
          }
        }
      }
      claim.subject = subject_key(agent);
      claim.object = text_of(before);
    } else {
      claim.subject = subject_key(before);
      claim.object = text_of(after);
    }
    uint32_t start = before.empty() ? anchor.start : tokens_[before.first].span.start;
    uint32_t end =
        after.empty() ? anchor.end : std::max(anchor.end, tokens_[after.last - 1].span.end);
    claim.span = Span{std::min(start, anchor.start), end};
    claim.value.kind = Value::Kind::Text;
    claim.value.text = claim.object;
    state_.claims.push_back(std::move(claim));
    state_.claim_verbs.push_back(anchor);
  }

 private:
  const Extractor::Impl& impl_;
  DocumentState& state_;
  const Document& document_;
  uint32_t sentence_;
  const std::vector<Token>& tokens_;
};

// A verb form that is also a noun or adjective ("talks", "back", "support") must show
// it is a verb: an auxiliary before it, "to", a pronoun or a name as its subject.
bool verbal_context(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t verb,
                    bool has_group, const std::string& lemma) {
  if (has_group) return true;
  if (verb == 0) return false;
  const Token& previous = tokens[verb - 1];
  if (previous.gap & kQuoteMark) return false;
  const std::string& form = tokens[verb].lower;
  bool base_or_s = form == lemma || form == lemma + "s" || form == lemma + "es";
  bool ing = form.size() > 4 && form.compare(form.size() - 3, 3, "ing") == 0;
  if (previous.closed == Closed::Determiner || previous.possessive || previous.digit) return false;
  if (tokens[verb].gap & (kComma | kBreak)) return !base_or_s;
  if (ing) {
    return previous.closed == Closed::Preposition || previous.closed == Closed::Pronoun ||
           previous.closed == Closed::Subordinator;
  }
  if (!base_or_s) {
    // "-ed" and irregular forms: not after an adjective-like word ("the agreed plan").
    return !(impl.lexicon.classes(previous.lower) == normalize::kAdjective);
  }
  if (previous.lower == "to" || previous.closed == Closed::Pronoun ||
      previous.closed == Closed::Subordinator || previous.closed == Closed::Modal ||
      previous.closed == Closed::Auxiliary || previous.closed == Closed::Negation)
    return true;
  // A plural noun or a name before an -s form is its subject: "Russia rejects".
  return previous.capitalised && previous.closed == Closed::None && form != lemma;
}

bool is_participle(const Extractor::Impl& impl, const std::string& form, const std::string& lemma) {
  if (lemma.empty() || form == lemma) return false;
  bool regular = form.size() > 3 && (form.compare(form.size() - 2, 2, "ed") == 0 ||
                                     form.compare(form.size() - 2, 2, "en") == 0);
  return regular || !impl.lexicon.verb_lemma(form).empty();
}

}  // namespace

void extract_events(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  // Cue verbs that introduce reported speech are speech acts, not events.
  std::vector<Span> speech_cues;
  for (size_t c = 0; c < state.claims.size(); ++c) {
    if (state.claims[c].kind == ClaimKind::ReportedSpeech)
      speech_cues.push_back(state.claim_verbs[c]);
  }
  for (const auto& sentence : impl.match_sentences(impl.events, document)) {
    tokenize(document.text, document.sentences[sentence.sentence].span, impl.lexicon, state.tokens);
    const auto& tokens = state.tokens;
    EventBuilder builder(impl, state, sentence.sentence);
    std::vector<Span> used;
    auto taken = [&](Span span) {
      for (const auto& other : used) {
        if (span.start < other.end && other.start < span.end) return true;
      }
      for (const auto& cue : speech_cues) {
        if (span.start < cue.end && cue.start < span.end) return true;
      }
      return false;
    };
    // Passives first: "was mentioned" is a passive, not an active "mentioned".
    std::vector<const rules::Match*> ordered;
    for (const auto& match : sentence.matches) {
      if (match.rule->id == "event.passive" || match.rule->id == "event.nominal")
        ordered.push_back(&match);
    }
    for (const auto& match : sentence.matches) {
      if (match.rule->id != "event.passive" && match.rule->id != "event.nominal")
        ordered.push_back(&match);
    }
    for (const rules::Match* match : ordered) {
      const std::string& id = match->rule->id;
      Span group = match->capture("group").value_or(Span{match->span.start, match->span.start});
      if (id == "event.nominal" || id == "event.no-noun") {
        auto noun = match->capture("noun");
        if (!noun || taken(*noun)) continue;
        const auto* row = impl.event_nouns.find(text::fold(document.slice(*noun)));
        if (!row || row->size() < 2) continue;
        Span anchor{match->span.start, noun->end};
        size_t first = token_at(tokens, match->span.start);
        size_t after = token_at(tokens, noun->end);
        // "discussion of X": the object is what follows the preposition.
        if (after < tokens.size() && tokens[after].closed == Closed::Preposition &&
            !(tokens[after].gap & (kComma | kBreak)))
          ++after;
        builder.add(*match, (*row)[1], anchor, first, after, false);
        used.push_back(*noun);
        continue;
      }
      auto verb = match->capture("verb");
      if (!verb || taken(*verb)) continue;
      std::string form = text::fold(document.slice(*verb));
      size_t verb_token = token_at(tokens, verb->start);
      if (verb_token >= tokens.size()) continue;
      size_t group_token = group.empty() ? verb_token : token_at(tokens, group.start);
      if (id == "event.passive") {
        std::string lemma = impl.lexicon.verb_lemma(form);
        if (!is_participle(impl, form, lemma)) continue;
        size_t after = verb_token + 1;
        builder.add(*match, lemma, Span{group.start, verb->end}, group_token, after, true);
        used.push_back(*verb);
        continue;
      }
      const auto* row = impl.event_verb_forms.find(form);
      if (!row || row->size() < 2) continue;
      const std::string& lemma = (*row)[1];
      if (!verbal_context(impl, tokens, verb_token, !group.empty(), lemma)) continue;
      size_t after = verb_token + 1;
      Span anchor{group.empty() ? verb->start : group.start, verb->end};
      if (auto particle = match->capture("particle")) {
        after = token_at(tokens, particle->end);
        anchor.end = particle->end;
      }
      builder.add(*match, lemma, anchor, group_token, after, false);
      used.push_back(*verb);
    }
  }
}

}  // namespace cc::extract
