// Event and stance claims: subject – predicate – object for the verbs news is made of.
//
// The events pack finds an event verb (its group of auxiliaries, negation and adverbs is
// read back from the tokens here), a passive, an event noun after a light verb ("did not
// include any discussion of") or denied by "no", and nouns that state an event happened
// ("the killing", "Monday's meeting"). The subject is the first noun phrase of the clause
// before the group, the object the clause after the verb, each cut at punctuation,
// subordinators and the edges of quotes and reported speech (a shallow version of
// ReVerb's and ClausIE's clause patterns, without a parser).
#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

// Words of a time told between a passive verb and its agent ("late on Wednesday",
// "on 12 March", "last night"), at most this many.
constexpr size_t kLongestTimeBeforeAgent = 5;
bool time_word(const Token& token) {
  static const std::unordered_set<std::string_view> kWords = {
      "late",      "early",     "on",        "in",       "at",        "last",     "this",
      "yesterday", "today",     "tonight",   "morning",  "afternoon", "evening",  "night",
      "monday",    "tuesday",   "wednesday", "thursday", "friday",    "saturday", "sunday",
      "january",   "february",  "march",     "april",    "may",       "june",     "july",
      "august",    "september", "october",   "november", "december",  "week",     "weekend"};
  return token.digit || kWords.count(token.lower) > 0;
}

// True when a hyphen joins the word at `span` to a letter on either side ("closed-door",
// "long-awaited"): the word is part of a compound.
bool hyphen_joined(std::string_view text, Span span) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (span.end + 1 < text.size() && text[span.end] == '-' && letter(text[span.end + 1]))
    return true;
  return span.start >= 2 && text[span.start - 1] == '-' && letter(text[span.start - 2]);
}

constexpr size_t kMaxObjectWords = 14;
// Appositions skipped before a reporting verb ("X, the union, which ..., said it").
constexpr size_t kMaxAppositions = 3;

using normalize::Closed;

bool is_boundary_word(const Extractor::Impl& impl, const Token& token) {
  return token.closed == Closed::Subordinator || token.lower == "but" ||
         (!token.capitalised && impl.cue_verbs.contains(token.lower));
}

// True when the comma before token `k` only separates adjectives of one noun phrase that
// starts with a determiner: "a steeper, 40-basis-point cut", "the long, bitter strike".
bool coordinate_adjective(const Extractor::Impl& impl, const std::vector<Token>& tokens, size_t at,
                          size_t k) {
  if (k < at + 2 || (tokens[k].gap & (kBreak | kQuoteMark))) return false;
  const Token& adjective = tokens[k - 1];
  if (tokens[k - 2].closed != Closed::Determiner || adjective.closed != Closed::None) return false;
  uint8_t classes = impl.lexicon.classes(adjective.lower);
  if (!(classes & normalize::kAdjective) || (classes & normalize::kNoun)) return false;
  const Token& next = tokens[k];
  return next.closed == Closed::None && !next.capitalised;
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
      // "a steeper, quarter-point cut had been considered": the phrase goes on before it.
      size_t comma = k - 1;
      if (comma >= 2 && tokens[comma - 2].span.start >= floor &&
          coordinate_adjective(impl, tokens, 0, comma)) {
        k = comma - 2;
        continue;
      }
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
  // "that" or "whether" opening the object is part of it ("was weighing whether the province
  // would fund the plan").
  if (k < tokens.size() && (tokens[k].lower == "that" || tokens[k].lower == "whether") &&
      !(tokens[k].gap & (kComma | kBreak)))
    ++k;
  while (k < tokens.size() && k - at < kMaxObjectWords) {
    const Token& token = tokens[k];
    if (token.span.end > ceiling) break;
    if (k > at && (token.gap & (kComma | kBreak | kQuoteMark)) &&
        !coordinate_adjective(impl, tokens, at, k))
      break;
    // Right after the verb a cue word is its object, a noun: "backed calls for", "denied
    // reports that", "rejected claims of".
    bool object_noun = k == at && token.closed == Closed::None && token.lower != "but";
    if (is_boundary_word(impl, token) && !(k == at && token.lower == "that") && !object_noun) break;
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
        tokens_(state.sentence_tokens[sentence]) {}

  // Entity key or head noun of the first noun phrase of a subject clause: "Monday’s Oval
  // Office meeting" -> "meeting", "Zelenskyy and European leaders" -> Zelenskyy, "he" ->
  // the person it stands for, "the Russian leader" -> the person with that role.
  std::string subject_key(Phrase phrase) {
    size_t first = phrase.first;
    // Leading adverbs and adverbial prepositions: "Interestingly,", "In addition to ...".
    while (first < phrase.last &&
           (tokens_[first].closed == Closed::Adverb ||
            tokens_[first].closed == Closed::Conjunction || is_adverb(tokens_[first])))
      ++first;
    if (first >= phrase.last) return {};
    size_t last = first;
    while (last < phrase.last && continues_noun_phrase(last, first)) ++last;
    if (last == first) return {};
    size_t head = last - 1;
    const Token& head_token = tokens_[head];
    // A figure is nobody: "58% of the 1,400 nurses backed the walkout" is a share's
    // position, not an actor's.
    if (tokens_[first].digit || head_token.digit) return {};
    if (head_token.closed == Closed::Pronoun) {
      std::string_view word = document_.slice(head_token.span);
      std::string resolved =
          resolve_speaker(impl_, document_, state_.mentions, word, head_token.span.start);
      if (resolved.empty()) resolved = reporter_of(first, word);
      return resolved;
    }
    if (const Mention* mention =
            mention_covering(state_.mentions, head_token.span.start, head_token.span.end);
        mention && !impl_.names.is_demonym(mention->surface)) {
      // A national capital that acts is its government: "Bishkek was open to" is
      // Kyrgyzstan's position, "Moscow rejected" Russia's.
      if (mention->type == EntityType::Place) {
        if (const auto* place = impl_.lexicon.place(mention->name);
            place && place->kind == "national capital" && !place->part_of.empty())
          return normalize::key_of(place->part_of);
      }
      return mention->key;
    }
    if (head_token.closed != Closed::None) return {};
    std::string noun_phrase = text_of(Phrase{first, last});
    normalize::SpeakerPhrase role = impl_.names.parse(noun_phrase);
    if (role.form == normalize::SpeakerPhrase::Form::Role) {
      if (const Mention* person =
              antecedent(document_, state_.mentions, tokens_[first].span.start, role, impl_.names))
        return person->key;
    }
    // A capitalised word no table knows is a name: its key goes through the aliases
    // ("Zelensky" -> "zelenskyy").
    if (head_token.capitalised && !head_token.digit && !impl_.lexicon.is_common(head_token.lower))
      return impl_.names.key(document_.slice(head_token.span));
    // A part of an organisation speaks for it: "the Tekna branch at the plant opposed" is
    // Tekna's position, as "Tekna said it supported" is.
    static const std::unordered_set<std::string_view> kSubunits = {
        "branch", "chapter", "wing", "section", "office", "bureau", "division", "delegation"};
    if (head > first && kSubunits.count(head_token.lower)) {
      const Token& owner = tokens_[head - 1];
      if (const Mention* mention =
              mention_covering(state_.mentions, owner.span.start, owner.span.end);
          mention &&
          (mention->type == EntityType::Organization || mention->type == EntityType::Other))
        return mention->key;
    }
    return impl_.lexicon.noun_lemma(head_token.lower);
  }

  // "The maker said it had not received a single complaint": "it" (or "they") right after a
  // reporting verb is the subject of that verb, when no name stands for it.
  std::string reporter_of(size_t pronoun, std::string_view word) {
    static const std::unordered_set<std::string_view> kReporting = {
        "said",     "says",   "told",   "added",     "stated", "announced",    "confirmed",
        "insisted", "warned", "argued", "explained", "noted",  "acknowledged", "admitted"};
    std::string lower = text::fold(word);
    if ((lower != "it" && lower != "they") || pronoun < 2) return {};
    size_t verb = pronoun - 1;
    if (tokens_[pronoun].gap & (kComma | kBreak | kQuoteMark)) return {};
    if (!kReporting.count(tokens_[verb].lower)) return {};
    uint32_t floor = document_.sentences[sentence_].span.start;
    // An apposition right before the verb is skipped, as for any subject: "The Federation
    // of ..., the trade's oldest lobby, said it had doubts" is the federation's.
    // Two may follow each other ("X, the train drivers' union, which is bargaining over its
    // own deal, said it"): each that opens with a determiner or a relative pronoun.
    size_t subject_end = verb;
    for (size_t skipped = 0; skipped < kMaxAppositions && (tokens_[subject_end].gap & kComma);
         ++skipped) {
      size_t start = subject_end;
      for (size_t k = subject_end; k-- > 0 && tokens_[k].span.start >= floor;) {
        if (tokens_[k].gap & (kComma | kBreak)) {
          start = k;
          break;
        }
      }
      static const std::unordered_set<std::string_view> kOpeners = {"the", "a",     "an",  "which",
                                                                    "who", "whose", "its", "their"};
      if (start == subject_end || (skipped > 0 && !kOpeners.count(tokens_[start].lower))) break;
      subject_end = start;
    }
    Phrase subject{clause_start(impl_, tokens_, subject_end, floor), subject_end};
    if (subject.empty()) return {};
    // Not a pronoun again: "It said it ..." stays unresolved.
    if (tokens_[subject.last - 1].closed == Closed::Pronoun) return {};
    // A description, then the name it describes: "Its pilots' union, Aerolink Crew,
    // said it" is the union named.
    if (subject_end < verb && !tokens_[subject.last - 1].capitalised) {
      size_t name_end = subject_end + 1;
      while (name_end < verb && !(tokens_[name_end].gap & (kComma | kBreak))) ++name_end;
      const Mention* named = mention_covering(state_.mentions, tokens_[subject_end].span.start,
                                              tokens_[name_end - 1].span.end);
      // A name no table knows may be typed a person's; after "union" or "company" it is
      // the organisation's.
      std::string head = tokens_[subject.last - 1].lower;
      if (!head.empty() && head[0] >= 'a' && head[0] <= 'z')
        head[0] = static_cast<char>(head[0] - 'a' + 'A');
      bool organisation =
          named && (named->type == EntityType::Organization || named->type == EntityType::Other ||
                    (named->type == EntityType::Person && impl_.org_heads.count(head)));
      if (organisation && named->offset == tokens_[subject_end].span.start &&
          named->end == tokens_[name_end - 1].span.end)
        return named->key;
    }
    return subject_key(subject);
  }

  // A rise or a fall that is a body's motion ("fell onto the crowd", "rose from his seat",
  // "fell ill") or a figure's move, which its quantity claim tells ("rose to 14", "jumped
  // to a 32-14 lead"), is no event of its own.
  bool physical_motion(const std::string& lemma, Phrase after) const {
    static const std::unordered_set<std::string_view> kMoves = {
        "rise", "climb",  "grow",  "soar",   "surge", "fall",
        "drop", "plunge", "slump", "shrink", "tumble"};
    if (!kMoves.count(lemma)) return false;
    static const std::unordered_set<std::string_view> kMotion = {
        "onto",    "into",  "from",   "off",    "out", "down",   "over",
        "through", "upon",  "across", "under",  "ill", "asleep", "victim",
        "silent",  "short", "apart",  "behind", "up"};
    if (!after.empty() && kMotion.count(tokens_[after.first].lower)) return true;
    // A figure: "14", or "R275 million" (a currency's capital letter before the digits;
    // "x86" is a name).
    for (size_t k = after.first; k < after.last; ++k) {
      const std::string& word = tokens_[k].lower;
      bool lettered = tokens_[k].capitalised && word.size() >= 2 &&
                      std::all_of(word.begin() + 1, word.end(), [](char c) {
                        return (c >= '0' && c <= '9') || c == ',' || c == '.';
                      });
      if (tokens_[k].digit || lettered) return true;
    }
    return false;
  }

  bool is_adverb(const Token& token) const {
    const std::string& word = token.lower;
    bool ly = word.size() > 4 && word.compare(word.size() - 2, 2, "ly") == 0;
    uint8_t classes = impl_.lexicon.classes(word);
    return !token.capitalised || token.span.start == document_.sentences[sentence_].span.start
               ? (classes == normalize::kAdverb || (ly && !(classes & normalize::kNoun)))
               : false;
  }

  // Token `k` continues the noun phrase that starts at `first`: determiners, possessives,
  // names, adjectives and nouns; a conjunction, preposition or verb ends it.
  bool continues_noun_phrase(size_t k, size_t first) const {
    const Token& token = tokens_[k];
    if (k > first && (token.gap & (kComma | kBreak | kQuoteMark))) return false;
    if (k > first && tokens_[k - 1].closed == Closed::Pronoun) return false;
    switch (token.closed) {
      case Closed::Determiner:
        return k == first || tokens_[k - 1].closed == Closed::Determiner;
      case Closed::Pronoun:
        return k == first;
      case Closed::None:
        break;
      default:
        return false;
    }
    // A time expression ends it ("President Donald Trump today urged"), unless possessive
    // ("Monday’s meeting").
    if (k > first && !token.possessive && in_time(token)) return false;
    // A cue ends it: "The pope plans to visit", "The president may consider".
    if (k > first && starts_cue(token)) return false;
    if (token.capitalised || token.digit) return true;
    uint8_t classes = impl_.lexicon.classes(token.lower);
    if (classes == 0) return true;
    // A verb form ends it: "The meetings ended" (-ed after the first word), "Pushing him"
    // (-ing opening the phrase); "Monday’s Oval Office meeting" stays a noun phrase.
    if ((classes & normalize::kVerb) && !impl_.lexicon.verb_lemma(token.lower).empty()) {
      if (k > first && ends_with(token.lower, "ed")) return false;
      if (k == first && ends_with(token.lower, "ing")) return false;
    }
    return (classes & (normalize::kNoun | normalize::kAdjective)) != 0;
  }

  bool starts_cue(const Token& token) const {
    for (const auto& match : cues_of(state_, sentence_)) {
      std::string_view effect = match.rule->attribute("effect");
      if ((effect == "plan" || effect == "hedge") && match.span.start == token.span.start)
        return true;
    }
    return false;
  }

  static bool ends_with(const std::string& word, std::string_view suffix) {
    return word.size() > suffix.size() + 2 &&
           word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
  }

  bool in_time(const Token& token) const {
    return time_covering(state_.times, token.span.start, token.span.end) != nullptr;
  }

  // The object phrase opens with a person ("Ukrainian President Volodymyr Zelenskyy").
  bool object_is_person(Phrase phrase) const {
    for (size_t k = phrase.first; k < phrase.last && k < phrase.first + 5; ++k) {
      if (tokens_[k].closed == Closed::Determiner) continue;
      const Mention* mention =
          mention_covering(state_.mentions, tokens_[k].span.start, tokens_[k].span.end);
      // A name in the possessive owns the object, it is not the object: "welcomed Vollmer's
      // proposal" accepts a proposal.
      if (mention && tokens_[k].possessive) return false;
      // A single name no table knows (Other) is most often a person's.
      if (mention) return mention->type == EntityType::Person || mention->type == EntityType::Other;
      if (tokens_[k].closed == Closed::Pronoun) return true;  // "welcomed him"
      if (!tokens_[k].capitalised) return false;
    }
    return false;
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

  // An event stated by a noun alone ("Monday’s meeting", "the killing of X"): its subject
  // is the named possessor, its object what follows the noun's preposition, else a
  // possessor no table names ("the bridge’s inspection": what was inspected).
  void add_occurrence(const rules::Match& match, const rules::Table::Row& row, Span noun,
                      size_t noun_token, size_t after_token) {
    const std::string lemma(row[1]);
    std::string verb_class = noun_class(row);
    if (verb_class.empty()) return;
    auto [floor, ceiling] = limits(noun.start);
    Phrase after{after_token, after_token < tokens_.size()
                                  ? clause_end(impl_, tokens_, after_token, ceiling)
                                  : after_token};
    uint32_t time_end = cut_at_time(after);
    // "the meeting Thursday": a time right after the noun is the event's too.
    if (noun_token + 1 < tokens_.size() && !(tokens_[noun_token + 1].gap & (kComma | kBreak))) {
      const Token& next = tokens_[noun_token + 1];
      if (const TimeMention* time = time_covering(state_.times, next.span.start, next.span.end))
        time_end = std::max(time_end, time->span.end);
    }
    Claim claim;
    claim.source = state_.source;
    claim.sentence = sentence_;
    claim.kind = impl_.stance_classes.count(verb_class) ? ClaimKind::Stance : ClaimKind::Event;
    claim.detail->predicate = lemma;
    claim.detail->predicate_class = verb_class;
    claim.detail->rule = match.rule->id;
    uint32_t start = std::max(match.span.start, floor);
    size_t first = token_at(tokens_, start);
    // A match opening on a possessive ending ("’s meeting") starts inside its word.
    if (first > 0 && tokens_[first - 1].span.end > start && tokens_[first - 1].span.start >= floor)
      --first;
    std::string possessed;  // a common noun's possessive: "the factory’s"
    for (size_t k = first; k < noun_token; ++k) {
      if (!tokens_[k].possessive) continue;
      const Mention* owner =
          mention_covering(state_.mentions, tokens_[k].span.start, tokens_[k].span.end);
      if (owner && owner->type != EntityType::Place) claim.detail->subject = owner->key;
      // A plural's too: "an extraordinary shareholders' meeting".
      if (!owner && !tokens_[k].capitalised && !tokens_[k].digit && !in_time(tokens_[k]) &&
          ((impl_.lexicon.classes(tokens_[k].lower) & normalize::kNoun) ||
           (impl_.lexicon.classes(impl_.lexicon.noun_lemma(tokens_[k].lower)) &
            normalize::kNoun))) {
        size_t from = k;
        while (from > first && tokens_[from - 1].closed == Closed::Determiner) --from;
        possessed = text::squeeze_spaces(
                        document_.slice(Span{tokens_[from].span.start, tokens_[k].span.start})) +
                    tokens_[k].lower;
      }
    }
    // "X defended the decision at a press briefing", "X held a hearing": the clause's subject.
    if (claim.detail->subject.empty() && possessed.empty() && first > 0 &&
        tokens_[first - 1].span.start >= floor &&
        impl_.occurrence_hosts.contains(tokens_[first - 1].lower))
      claim.detail->subject = host_subject(first - 1, noun_token, floor);
    claim.detail->object = text_of(after);
    if (claim.detail->object.empty() && claim.detail->subject.empty())
      claim.detail->object = std::move(possessed);
    uint32_t end = after.empty() ? noun.end : std::max(noun.end, tokens_[after.last - 1].span.end);
    end = std::max(end, time_end);
    claim.span = Span{start, end};
    claim.detail->value.kind = Value::Kind::Text;
    claim.detail->value.text = claim.detail->object;
    state_.claims.push_back(std::move(claim));
    state_.claim_verbs.push_back(noun);
  }

  // A time is when a noun event happened, not what it is of: "the vote on 12 May", "the
  // trial of X in March", "held a news conference on Friday" (the time is attached to the
  // claim later). Cuts `phrase` before it; the end of a time that opens it, else 0.
  uint32_t cut_at_time(Phrase& phrase) const {
    for (size_t k = phrase.first; k < phrase.last; ++k) {
      if (const TimeMention* time =
              time_covering(state_.times, tokens_[k].span.start, tokens_[k].span.end)) {
        phrase.last = k;
        // "in Oslo on Monday": the preposition goes with the time.
        while (phrase.last > phrase.first && tokens_[phrase.last - 1].closed == Closed::Preposition)
          --phrase.last;
        return k == phrase.first ? time->span.end : 0;
      }
    }
    return 0;
  }

  // The subject of the clause a noun event sits in, the host word ("at", "held") at token
  // `host`: the first noun phrase before it; after a participle opening the sentence
  // ("Speaking at a town hall meeting, Governor X defended"), the first one
  // after the comma that closes the participle's clause.
  std::string host_subject(size_t host, size_t noun_token, uint32_t floor) {
    size_t start = clause_start(impl_, tokens_, host, floor);
    // After a reporting verb ("X explained the decision at a press briefing", "X said at a
    // hearing"), when only its object stands between: the reporter (whose words the
    // frame around the noun may be).
    uint32_t sentence_start = document_.sentences[sentence_].span.start;
    if (start > 0 && tokens_[start - 1].span.start >= sentence_start &&
        !tokens_[start - 1].capitalised && impl_.cue_verbs.contains(tokens_[start - 1].lower) &&
        !(tokens_[start].gap & (kComma | kBreak))) {
      size_t k = start;
      while (k < host && continues_noun_phrase(k, start)) ++k;
      if (k == host)
        return subject_key(
            Phrase{clause_start(impl_, tokens_, start - 1, sentence_start), start - 1});
    }
    if (host - start == 1 && ends_with(tokens_[start].lower, "ing") &&
        tokens_[start].span.start == document_.sentences[sentence_].span.start) {
      for (size_t k = noun_token + 1; k < tokens_.size(); ++k) {
        if (tokens_[k].gap & kBreak) break;
        if (tokens_[k].gap & kComma) return subject_key(Phrase{k, tokens_.size()});
      }
      return {};
    }
    return subject_key(Phrase{start, host});
  }

  // The class of an event noun (a row of rules/events/event_nouns.tsv): its verb's, else
  // the one its third column gives a noun no verb states ("conference", "hearing").
  std::string noun_class(const rules::Table::Row& row) const {
    std::string verb_class = impl_.verb_class(row[1]);
    return verb_class.empty() && row.size() > 2 ? std::string(row[2]) : verb_class;
  }

  // For a verb after "to" whose clause holds a verb of expectation with an object between
  // ("expects the ferry operator to resume sailings"): the object and the cue ("expects ...
  // to"); nullopt otherwise. "expects to win" has no object: the cue table plans it.
  std::optional<std::pair<Phrase, std::string>> expectation(Phrase before,
                                                            size_t group_token) const {
    // Not "want" ("did not want another child to support": the child is supported) nor
    // "believe" ("believed him to be"): verbs whose object is what is forecast.
    static const std::unordered_set<std::string_view> kExpect = {
        "expect",   "expects",   "expected",   "expecting", "forecast", "forecasts", "predict",
        "predicts", "predicted", "predicting", "projected", "projects", "forecasted"};
    size_t to = group_token;
    if (to >= tokens_.size() || tokens_[to].lower != "to") {
      if (before.last == 0 || tokens_[before.last - 1].lower != "to") return std::nullopt;
      to = before.last - 1;
    }
    for (size_t k = before.first; k + 1 < to; ++k) {
      if (!kExpect.count(tokens_[k].lower)) continue;
      if (tokens_[k].gap & (kComma | kBreak)) return std::nullopt;
      // The object: a noun phrase of at most five words, no verb, no comma.
      if (to - (k + 1) > 5) return std::nullopt;
      for (size_t m = k + 1; m < to; ++m) {
        if (tokens_[m].closed == Closed::Auxiliary || tokens_[m].closed == Closed::Modal ||
            tokens_[m].closed == Closed::Pronoun || (tokens_[m].gap & (kComma | kBreak)))
          return std::nullopt;
      }
      std::string cue = tokens_[k].lower + " ... to";
      return std::pair(Phrase{k + 1, to}, cue);
    }
    return std::nullopt;
  }

  // `verb_class` names the class when no verb does ("open to"): empty, the lemma's.
  void add(const rules::Match& match, std::string lemma, Span anchor, size_t group_token,
           size_t after_token, bool passive, std::string verb_class = {}) {
    if (verb_class.empty()) verb_class = impl_.verb_class(lemma);
    if (verb_class.empty()) return;
    auto [floor, ceiling] = limits(anchor.start);
    // A parenthetical right before the verb ("Russia, unsurprisingly, has rejected",
    // "a coalition of 30 countries—including ...—has signed") is skipped.
    size_t subject_end = group_token;
    if (subject_end < tokens_.size() && (tokens_[subject_end].gap & (kComma | kBreak))) {
      uint8_t kind = tokens_[subject_end].gap & (kComma | kBreak);
      for (size_t k = subject_end; k-- > 0 && tokens_[k].span.start >= floor;) {
        if (tokens_[k].gap & kind) {
          subject_end = k;
          break;
        }
      }
    }
    Phrase before{clause_start(impl_, tokens_, subject_end, floor), subject_end};
    // ", which backs the dam", ", who opposes the plan": the relative pronoun stands for the
    // noun phrase before its comma.
    // The words between the pronoun and the verb may be its auxiliaries and adverbs ("which
    // had long been sceptical of the arena plan").
    size_t relative = before.first;
    while (relative < before.last &&
           (tokens_[relative].lower == "which" || tokens_[relative].lower == "who"))
      ++relative;
    bool only_group = true;
    for (size_t k = relative; k < before.last; ++k) {
      const Token& token = tokens_[k];
      if (!(token.closed == Closed::Auxiliary || token.closed == Closed::Modal ||
            token.closed == Closed::Adverb || token.lower == "long" || token.lower == "been"))
        only_group = false;
    }
    if (only_group && relative > 0 && relative <= tokens_.size()) {
      const Token& pronoun = tokens_[relative - 1];
      if ((pronoun.lower == "which" || pronoun.lower == "who") && (pronoun.gap & kComma) &&
          relative - 1 > 0 && pronoun.span.start > floor)
        before = Phrase{clause_start(impl_, tokens_, relative - 1, floor), relative - 1};
    }
    // "The levy covers hotels, campsites and holiday flats and will come into force": a
    // verb group right after "and" that ends a list of objects shares the subject of the
    // verb before the list; so does one right after "but" ("A port official is also under
    // suspicion but was not charged": the official was not).
    if (before.last == group_token && group_token >= 2 &&
        (tokens_[group_token - 1].lower == "and" || tokens_[group_token - 1].lower == "but") &&
        !(tokens_[group_token - 1].gap & (kComma | kBreak))) {
      for (size_t k = group_token - 1; k-- > 0 && tokens_[k].span.start >= floor;) {
        const Token& token = tokens_[k];
        if (token.gap & kBreak) break;
        // A verb: an auxiliary, or a word only a verb, or an event verb, not after a
        // determiner or a preposition ("the covers").
        auto classes = impl_.lexicon.classes(token.lower);
        bool verb = token.closed == Closed::Auxiliary || token.closed == Closed::Modal ||
                    (!token.capitalised && (classes & normalize::kVerb) &&
                     (!(classes & normalize::kNoun) || impl_.event_verb_forms.find(token.lower)) &&
                     k > 0 && tokens_[k - 1].closed != Closed::Determiner &&
                     tokens_[k - 1].closed != Closed::Preposition);
        if (!verb) continue;
        size_t first = clause_start(impl_, tokens_, k, floor);
        if (first < k) before = Phrase{first, k};
        break;
      }
    }
    Phrase after{after_token, clause_end(impl_, tokens_, after_token, ceiling)};
    if (after.first < tokens_.size() && tokens_[after.first].lower == "that" &&
        after.last > after.first)
      ++after.first;
    if (physical_motion(lemma, after)) return;
    uint32_t time_end = match.rule->id == "event.nominal" ? cut_at_time(after) : 0;
    Claim claim;
    claim.source = state_.source;
    claim.sentence = sentence_;
    claim.kind = impl_.stance_classes.count(verb_class) ? ClaimKind::Stance : ClaimKind::Event;
    claim.detail->predicate = lemma;
    claim.detail->predicate_class = verb_class;
    claim.detail->rule = match.rule->id;
    if (passive) {
      // "X was rejected by Y": Y is the subject, X the object.
      Phrase agent{after.first, after.first};
      // A time may come first: "was signed early on Friday by the federation".
      size_t by = after.first;
      while (by < after.last && by < after.first + kLongestTimeBeforeAgent &&
             tokens_[by].lower != "by" && time_word(tokens_[by]))
        ++by;
      if (by < after.last && tokens_[by].lower == "by") {
        agent = Phrase{by + 1, after.last};
        for (size_t k = agent.first; k < agent.last; ++k) {
          if (tokens_[k].closed == Closed::Preposition) {
            agent.last = k;
            break;
          }
        }
      }
      claim.detail->subject = subject_key(agent);
      claim.detail->object = text_of(before);
      // "no territory ... will be ceded", "Nobody was arrested": the patient denies it.
      auto denied = denial(before, true);
      // After a verb no table knows as a boundary: "The Red Cross indicated no one was
      // killed" (pronouns and quantifiers only, not "no" + noun, and not after a
      // preposition: "a man with no weapons"), when the phrase runs up to the verb group
      // (not "the man who had done nothing wrong was arrested").
      auto reaches_verb = [&](const Denial& found) {
        if (found.actor >= before.last) return found.end == before.last;
        size_t last = found.actor;
        while (last < before.last && continues_noun_phrase(last, found.actor)) ++last;
        return last == before.last;
      };
      for (size_t k = before.last; !denied && k-- > before.first + 1;) {
        if (tokens_[k - 1].closed != Closed::None || tokens_[k - 1].capitalised) continue;
        if (auto found = denial(Phrase{k, before.last}, false); found && reaches_verb(*found))
          denied = found;
      }
      if (denied) {
        claim.polarity = Polarity::Negated;
        claim.detail->polarity_cue = denied->cue;
      }
    } else {
      claim.detail->subject = subject_key(before);
      // A role and then its holder's name between commas: "The agency's representative in
      // Hanoi, Mark Ellison, praised ...": the name skipped as an apposition is the subject.
      if (before.last < group_token && !claim.detail->subject.empty()) {
        const Mention* person = mention_covering(state_.mentions, tokens_[before.last].span.start,
                                                 tokens_[group_token - 1].span.end);
        if (person && person->type == EntityType::Person &&
            person->offset == tokens_[before.last].span.start &&
            person->end == tokens_[group_token - 1].span.end)
          claim.detail->subject = person->key;
      }
      // "it was running the plant remotely but had shut down two boilers": a verb group
      // right after "but" shares the subject of the clause before it ("and" does not
      // end a subject, so there the first noun phrase of the sentence is already taken).
      if (before.empty() && before.first >= 2 && before.first == group_token &&
          tokens_[before.first - 1].lower == "but" &&
          tokens_[before.first - 1].span.start >= floor) {
        size_t end = before.first - 1;
        claim.detail->subject = subject_key(Phrase{clause_start(impl_, tokens_, end, floor), end});
      }
      // "Okafor, who strongly supports": the subject of a relative clause is the name
      // before it.
      if (before.empty() && before.first >= 2 && tokens_[before.first - 1].lower == "who" &&
          (tokens_[before.first - 1].gap & kComma)) {
        const Token& name = tokens_[before.first - 2];
        if (const Mention* mention =
                mention_covering(state_.mentions, name.span.start, name.span.end);
            mention && mention->type != EntityType::Place)
          claim.detail->subject = mention->key;
      }
      // "X expects the deal to close", "forecasters predict the storm to strengthen":
      // what is expected to happen, done by the phrase between the verb of expectation
      // and "to", and not yet done (a forecast, as "is expected to weaken").
      if (auto expected = expectation(before, group_token)) {
        claim.detail->subject = subject_key(expected->first);
        claim.modality = Modality::Planned;
        claim.detail->modality_cue = expected->second;
      }
      claim.detail->object = text_of(after);
      // "Neither the mayor nor the council discussed", "None of the companies confirmed":
      // the subject denies it and the actor is the phrase it quantifies (the first of
      // two); "The attack killed no one": the object does.
      // Not when the phrase holds a clause of its own ("No militants were inside a school
      // attacked by", "indicated no one was killed").
      auto has_verb = [&](size_t from, size_t to) {
        for (size_t k = from; k < to; ++k) {
          if (tokens_[k].closed == Closed::Auxiliary || tokens_[k].closed == Closed::Modal)
            return true;
        }
        return false;
      };
      auto denied = denial(before, true);
      auto denied_object = denial(after, false);
      if (denied && !has_verb(before.first, before.last)) {
        claim.polarity = Polarity::Negated;
        claim.detail->polarity_cue = denied->cue;
        claim.detail->subject = subject_key(Phrase{denied->actor, before.last});
      } else if (denied_object && !has_verb(denied_object->end, after.last)) {
        claim.polarity = Polarity::Negated;
        claim.detail->polarity_cue = denied_object->cue;
      }
      // "welcomed Zelenskyy" is a meeting, "welcomed the decision" an acceptance.
      if (const auto row = impl_.object_classes.find(lemma); row && row->size() >= 3) {
        const std::string_view chosen = object_is_person(after) ? (*row)[1] : (*row)[2];
        if (chosen == "-") return;
        claim.detail->predicate_class = std::string(chosen);
        claim.kind = impl_.stance_classes.count(chosen) ? ClaimKind::Stance : ClaimKind::Event;
      }
    }
    uint32_t start = before.empty() ? anchor.start : tokens_[before.first].span.start;
    uint32_t end =
        after.empty() ? anchor.end : std::max(anchor.end, tokens_[after.last - 1].span.end);
    end = std::max(end, time_end);
    claim.span = Span{std::min(start, anchor.start), end};
    claim.detail->value.kind = Value::Kind::Text;
    claim.detail->value.text = claim.detail->object;
    state_.claims.push_back(std::move(claim));
    state_.claim_verbs.push_back(anchor);
  }

  // A noun phrase that denies the event it takes part in: "nobody", "no one (else)",
  // "nothing", "none (of the passengers)", "neither (of them)", "not a single soldier",
  // "not one (of)", and where `determiners` is set also "no charges" and "neither the
  // mayor nor the council". The cue is the words as written; `actor` the first token of
  // the phrase the quantifier applies to ("the passengers", "the mayor"), or the phrase's
  // end when it stands alone ("nobody").
  struct Denial {
    std::string cue;
    size_t actor = 0;
    size_t end = 0;  // one past the quantifier ("no one else")
  };
  std::optional<Denial> denial(Phrase phrase, bool determiners) const {
    size_t k = phrase.first;
    while (k < phrase.last && (tokens_[k].closed == Closed::Adverb ||
                               (tokens_[k].closed == Closed::None && is_adverb(tokens_[k]))))
      ++k;
    if (k >= phrase.last) return std::nullopt;
    // An idiom that opens with a negation denies nothing: "no doubt", "no matter".
    for (const auto& match : cues_of(state_, sentence_)) {
      if (match.rule->attribute("effect") == "none" &&
          match.capture("cue").value_or(match.span).start == tokens_[k].span.start)
        return std::nullopt;
    }
    auto word = [&](size_t i) -> std::string_view {
      return i < phrase.last && !(i > k && (tokens_[i].gap & (kComma | kBreak | kQuoteMark)))
                 ? std::string_view(tokens_[i].lower)
                 : std::string_view();
    };
    auto written = [&](size_t from, size_t to) {
      to = std::min(to, phrase.last);
      return Denial{text_of(Phrase{from, to}), to, to};
    };
    // A pronoun stands alone: no actor ("nobody else").
    auto alone = [&](size_t to) {
      Denial out = written(k, to);
      if (word(out.end) == "else") ++out.end;
      out.actor = phrase.last;
      return out;
    };
    std::string_view opener = word(k);
    if (opener == "nobody" || opener == "nothing" || opener == "noone" || opener == "no-one")
      return alone(k + 1);
    if (opener == "none") return word(k + 1) == "of" ? written(k, k + 2) : written(k, k + 1);
    if (opener == "no") {
      if (word(k + 1) == "one") return alone(k + 2);
      // "no charges", "no formal agreement"; not a comparison ("no fewer than 20 people")
      // nor a number sign ("No. 10").
      std::string_view next = word(k + 1);
      static constexpr std::string_view kComparatives[] = {"fewer", "less",   "more",   "longer",
                                                           "later", "sooner", "earlier"};
      if (!determiners || next.empty() || tokens_[k + 1].digit ||
          (tokens_[k + 1].closed != Closed::None && tokens_[k + 1].closed != Closed::Determiner) ||
          std::find(std::begin(kComparatives), std::end(kComparatives), next) !=
              std::end(kComparatives) ||
          document_.text[tokens_[k].span.end] == '.')
        return std::nullopt;
      return written(k, k + 1);
    }
    // "Neither has been charged", "neither of them": a pronoun, as "none" is.
    if (opener == "neither" && word(k + 1).empty()) return alone(k + 1);
    if (opener == "neither" && word(k + 1) == "of") return written(k, k + 2);
    if (opener == "neither" && determiners && !word(k + 1).empty()) {
      Denial out = written(k, k + 1);
      for (size_t i = k + 2; i < phrase.last && !word(i).empty(); ++i) {
        if (word(i) == "nor") {
          out.cue += " … " + text_of(Phrase{i, i + 1});
          break;
        }
      }
      return out;
    }
    if (opener == "not") {
      if (word(k + 1) == "a" && word(k + 2) == "single") return written(k, k + 3);
      if (word(k + 1) == "one") return word(k + 2) == "of" ? written(k, k + 3) : written(k, k + 2);
    }
    return std::nullopt;
  }

 private:
  const Extractor::Impl& impl_;
  DocumentState& state_;
  const Document& document_;
  uint32_t sentence_;
  const std::vector<Token>& tokens_;
};

// True when the comma before `verb` closes an apposition that opened right after a
// person's or an organisation's name: "Tom Smith, president of the chamber, backed calls
// for ...", "the company, a unit of Acme, denied reports". At most kMaxApposition words.
bool closes_apposition(const DocumentState& state, const std::vector<Token>& tokens, size_t verb) {
  constexpr size_t kMaxApposition = 12;
  for (size_t k = verb; k-- > 1 && verb - k <= kMaxApposition;) {
    if (tokens[k].gap & (kBreak | kQuoteMark)) return false;
    if (!(tokens[k].gap & kComma)) continue;
    const Token& name = tokens[k - 1];
    const Mention* mention = mention_covering(state.mentions, name.span.start, name.span.end);
    return mention != nullptr && mention->end == name.span.end &&
           (mention->type == EntityType::Person || mention->type == EntityType::Organization);
  }
  return false;
}

// True when the comma before `verb` closes a relative clause or a participle phrase set
// off by commas after a noun: "The climber, who had not been roped, fell on Sunday", "The
// coach, travelling from Lyon with 48 passengers, left the road". At most
// kMaxParenthetical words.
bool closes_parenthetical(const std::vector<Token>& tokens, size_t verb) {
  constexpr size_t kMaxParenthetical = 16;
  for (size_t k = verb; k-- > 1 && verb - k <= kMaxParenthetical;) {
    if (tokens[k].gap & (kBreak | kQuoteMark)) return false;
    if (!(tokens[k].gap & kComma)) continue;
    const Token& opener = tokens[k];
    const Token& noun = tokens[k - 1];
    // A noun, or a compound with letters ("The 23-year-old, who ..."), not a figure.
    if (noun.closed != Closed::None ||
        (noun.digit && std::none_of(noun.lower.begin(), noun.lower.end(),
                                    [](char c) { return c >= 'a' && c <= 'z'; })))
      return false;
    const std::string& word = opener.lower;
    bool relative = word == "who" || word == "which" || word == "whose";
    bool participle = !opener.capitalised && opener.closed == Closed::None && word.size() > 5 &&
                      word.compare(word.size() - 3, 3, "ing") == 0;
    return relative || participle;
  }
  return false;
}

// A verb form that is also a noun or adjective ("talks", "back", "support") or a
// participle used as an adjective ("occupied territories") must show it is a verb: an
// auxiliary before it, "to", or a subject right before it (a pronoun, a named entity, a
// noun).
bool verbal_context(const Extractor::Impl& impl, const DocumentState& state,
                    const std::vector<Token>& tokens, size_t verb, bool has_group,
                    const std::string& lemma) {
  if (has_group) return true;
  if (verb == 0) return false;
  const Token& previous = tokens[verb - 1];
  const Token& token = tokens[verb];
  const std::string& form = token.lower;
  bool ing = form.size() > 4 && form.compare(form.size() - 3, 3, "ing") == 0;
  bool past = form != lemma && !ing && form.back() != 's';
  // After a comma only a past form is a verb: "Alexandros Grigoropoulos, 15, died".
  if (token.gap & (kComma | kBreak)) {
    bool next_is_noun = verb + 1 < tokens.size() && tokens[verb + 1].closed == Closed::None &&
                        !tokens[verb + 1].capitalised && tokens[verb + 1].gap == 0 &&
                        (impl.lexicon.classes(tokens[verb + 1].lower) & normalize::kNoun);
    // After an apposition to a name the verb is the name's, whatever follows it.
    if (past && (token.gap & kComma) &&
        (closes_apposition(state, tokens, verb) || closes_parenthetical(tokens, verb)))
      return true;
    if (!past || next_is_noun || !(token.gap & kComma)) return false;
    return previous.digit || previous.capitalised ||
           (impl.lexicon.classes(previous.lower) & normalize::kNoun);
  }
  if (token.gap & kQuoteMark) return false;
  if (previous.closed == Closed::Determiner || previous.possessive || previous.digit) return false;
  // A participle after its noun when a verb follows with its own object: "58% of the
  // nurses questioned supported the walkout", "those polled backed the plan" (not "announced
  // proposed changes", where the second word qualifies a noun).
  if (past && verb + 2 < tokens.size() && tokens[verb + 1].gap == 0 &&
      tokens[verb + 1].closed == Closed::None && !tokens[verb + 1].capitalised) {
    const std::string& next = tokens[verb + 1].lower;
    bool next_past = next == "said" || (next.size() > 4 && next.ends_with("ed") &&
                                        (impl.lexicon.classes(next) & normalize::kVerb));
    const Token& after = tokens[verb + 2];
    if (next_past && !(after.gap & (kComma | kBreak)) &&
        (after.closed == Closed::Determiner || after.closed == Closed::Pronoun ||
         after.closed == Closed::Subordinator))
      return false;
  }
  // "guarantees are", "talks were": a noun before an auxiliary is a subject, not a verb.
  if (verb + 1 < tokens.size() &&
      (tokens[verb + 1].closed == Closed::Auxiliary || tokens[verb + 1].closed == Closed::Modal))
    return false;
  bool base = form == lemma;
  bool s_form = !base && form.size() > lemma.size() && form.compare(0, lemma.size(), lemma) == 0 &&
                form.back() == 's';
  if (previous.lower == "to" || previous.closed == Closed::Pronoun ||
      previous.closed == Closed::Modal || previous.closed == Closed::Auxiliary ||
      previous.closed == Closed::Negation)
    return true;
  // "that demand", "which talks": after a subordinator only an inflected form is a verb;
  // after ", which" or ", who" a present form with its object too ("The union, which
  // opposes the plan", "farmers, who support the ban").
  if (previous.closed == Closed::Subordinator) {
    bool relative = (previous.lower == "which" || previous.lower == "who") &&
                    (previous.gap & kComma) && (s_form || base) && verb + 1 < tokens.size() &&
                    tokens[verb + 1].closed == Closed::Determiner && tokens[verb + 1].gap == 0;
    return relative || (!base && !s_form && !ing);
  }
  if (ing) return previous.closed == Closed::Preposition;
  bool named = mention_covering(state.mentions, previous.span.start, previous.span.end) != nullptr;
  // A past spelt like the lemma (verb_classes.tsv's third column, of the verb or of the
  // phrasal verb it opens) after a plural noun: "The rescuers set out", "workers shut the
  // gates".
  auto past_as_base = [&](const std::string& key) {
    const auto row = impl.verb_classes.find(key);
    return row && row->size() >= 3 && (*row)[2] == form;
  };
  bool plural_subject = previous.closed == Closed::None && !previous.capitalised &&
                        previous.lower.size() > 3 && previous.lower.back() == 's' &&
                        (impl.lexicon.classes(previous.lower) & normalize::kNoun);
  if (base && plural_subject &&
      (past_as_base(lemma) ||
       (verb + 1 < tokens.size() && past_as_base(lemma + " " + tokens[verb + 1].lower))))
    return true;
  if (base && !(named || previous.capitalised))
    return false;  // needs an auxiliary, "to", a pronoun
  // A past form after "and" or "but" in a clause told in the passive is a second verb of
  // its subject ("The motorway was closed at 7 a.m. and reopened at 2 p.m."), unless a
  // noun follows it ("was fenced off by a closed and guarded border"). (After an active
  // verb the phrase before it is that verb's object, no subject of this one.)
  if ((previous.lower == "and" || previous.lower == "but") && past && !s_form) {
    bool noun_next = verb + 1 < tokens.size() && tokens[verb + 1].closed == Closed::None &&
                     !tokens[verb + 1].capitalised && tokens[verb + 1].gap == 0 &&
                     (impl.lexicon.classes(tokens[verb + 1].lower) & normalize::kNoun);
    static const std::unordered_set<std::string_view> kBe = {"was", "were", "is",
                                                             "are", "been", "be"};
    bool passive = false;
    // An active past with no object, a preposition right after it, is a second verb's
    // subject's too: "Loading stopped at 4 p.m. because of high winds and resumed at 9
    // p.m." ("the army shelled the town and occupied ..." keeps its object before "and").
    bool intransitive = false;
    for (size_t k = verb - 1; k-- > 0;) {
      if (tokens[k + 1].gap & (kComma | kBreak | kQuoteMark)) break;
      if (kBe.count(tokens[k].lower) && k + 1 < verb - 1) {
        const std::string& next = tokens[k + 1].lower;
        passive = next.size() > 3 && (next.ends_with("ed") || next.ends_with("en"));
        break;
      }
      if (tokens[k].closed == Closed::None && tokens[k].lower.size() > 4 &&
          tokens[k].lower.ends_with("ed") &&
          (impl.lexicon.classes(tokens[k].lower) & normalize::kVerb) && k + 1 < verb - 1 && k > 0 &&
          !kBe.count(tokens[k - 1].lower)) {
        intransitive =
            tokens[k + 1].closed == Closed::Preposition && tokens[k - 1].closed == Closed::None;
        break;
      }
    }
    return (passive || intransitive) && !noun_next;
  }
  if (previous.closed != Closed::None) return false;
  // A participle before a noun is an adjective ("ceding occupied territory"), unless a
  // subject stands before it ("Russia occupied territory").
  bool next_is_noun = verb + 1 < tokens.size() && tokens[verb + 1].closed == Closed::None &&
                      !tokens[verb + 1].capitalised && tokens[verb + 1].gap == 0 &&
                      impl.lexicon.classes(tokens[verb + 1].lower) & normalize::kNoun;
  if (named || previous.capitalised) {
    // "that Ukraine relinquish the Donbas": a bare form after "that NAME" is a subjunctive.
    if (base) return verb >= 2 && tokens[verb - 2].lower == "that";
    // "Security guarantees", "Direct talks": an -s form after a capitalised first word.
    return !(s_form && !named);
  }
  if (next_is_noun && !(impl.lexicon.classes(previous.lower) & normalize::kNoun)) return false;
  // "security guarantees", "peace talks": an -s form after a common noun is a compound,
  // unless a determiner follows it ("the union rejects any cut": a verb and its object).
  if (s_form) {
    return verb + 1 < tokens.size() && tokens[verb + 1].closed == Closed::Determiner &&
           tokens[verb + 1].gap == 0;
  }
  // A common noun as subject: "the leader declined", "European allies joined"; an adverb
  // between them: "the Russian leader later declined".
  uint8_t classes = impl.lexicon.classes(previous.lower);
  bool ly =
      previous.lower.size() > 4 && previous.lower.compare(previous.lower.size() - 2, 2, "ly") == 0;
  // A word no dictionary knows is most often a noun: "The ceasefire began".
  return (classes & normalize::kNoun) != 0 || classes == 0 || ly;
}

bool in_verb_group(const Extractor::Impl& impl, const Token& token) {
  switch (token.closed) {
    case Closed::Auxiliary:
    case Closed::Modal:
    case Closed::Negation:
    case Closed::Adverb:
      return true;
    case Closed::None:
      break;
    default:
      return false;  // "but", "the": WordNet's rare adverb readings do not count
  }
  // An adverb in -ly ("formally", "repeatedly"), not a noun ("family") or an adjective
  // with an adverb reading ("new").
  const std::string& word = token.lower;
  if (token.capitalised || word.size() < 5 || word.compare(word.size() - 2, 2, "ly") != 0)
    return word == "longer";  // "no longer"
  uint8_t classes = impl.lexicon.classes(word);
  return (classes & normalize::kAdverb) && !(classes & normalize::kNoun);
}

bool be_form(std::string_view word) {
  return word == "is" || word == "are" || word == "was" || word == "were" || word == "be" ||
         word == "been" || word == "being";
}

bool is_participle(const Extractor::Impl& impl, const std::string& form, const std::string& lemma) {
  if (lemma.empty()) return false;
  // "were hurt": a participle spelt like the lemma is named in the verb-class table.
  if (form == lemma) {
    const auto row = impl.verb_classes.find(lemma);
    return row && row->size() >= 3 && (*row)[2] == form;
  }
  // "are striking", "was meeting": a form in -ing after "be" is a progressive, whose subject
  // acts; the event verb rule reads it with its group.
  if (form.size() > 4 && form.compare(form.size() - 3, 3, "ing") == 0) return false;
  bool regular = form.size() > 3 && (form.compare(form.size() - 2, 2, "ed") == 0 ||
                                     form.compare(form.size() - 2, 2, "en") == 0);
  return regular || !impl.lexicon.verb_lemma(form).empty();
}

}  // namespace

namespace {

// A currency that is also a verb, after a scale word or a figure with thousands separators
// ("412 billion won", "1,800 won"): the money claim's, not an event.
bool currency_after_figure(const Extractor::Impl& impl, const std::vector<Token>& tokens,
                           size_t verb_token, const std::string& form) {
  if (verb_token == 0 || impl.numbers.currency(form).empty()) return false;
  const std::string& before = tokens[verb_token - 1].lower;
  static const std::unordered_set<std::string_view> kScales = {"thousand", "million", "billion",
                                                               "trillion", "bn",      "mn"};
  bool thousands = before.find(',') != std::string::npos &&
                   std::all_of(before.begin(), before.end(),
                               [](char c) { return (c >= '0' && c <= '9') || c == ','; });
  return kScales.count(before) > 0 || thousands;
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
    const auto& tokens = state.sentence_tokens[sentence.sentence];
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
    // Passives first: "was mentioned" is a passive, not an active "mentioned"; a noun
    // after a light verb or "no" before the same noun standing alone.
    auto rank = [](const std::string& id) {
      if (id == "event.passive" || id == "event.nominal" || id == "event.adjective" ||
          id == "event.against" || id == "event.effect" || id == "event.instruction")
        return 0;
      return id == "event.occurrence" ? 2 : 1;
    };
    // A phrasal verb with a class of its own, active or passive: "broke out" is start,
    // "called off" and "was called off" cancel. An active verb's object starts after its
    // particle whatever the class; a passive's particle is taken only for such a class
    // ("were killed in Gaza" keeps "in Gaza" for where and by whom).
    auto phrasal_verb = [&](const rules::Match& match, std::string& lemma, size_t& after,
                            Span& anchor, bool passive) {
      auto particle = match.capture("particle");
      if (!particle) return;
      std::string phrasal = lemma + " " + text::fold(document.slice(*particle));
      bool classed = !impl.verb_class(phrasal).empty();
      if (passive && !classed) return;
      after = token_at(tokens, particle->end);
      anchor.end = particle->end;
      if (classed) lemma = std::move(phrasal);
    };
    std::vector<const rules::Match*> ordered;
    for (const auto& match : sentence.matches) ordered.push_back(&match);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const rules::Match* a, const rules::Match* b) {
                       return rank(a->rule->id) < rank(b->rule->id);
                     });
    for (const rules::Match* match : ordered) {
      const std::string& id = match->rule->id;
      Span group = match->capture("group").value_or(Span{match->span.start, match->span.start});
      if (id == "event.nominal" || id == "event.no-noun") {
        auto noun = match->capture("noun");
        if (!noun || taken(*noun)) continue;
        const auto row = impl.event_nouns.find(text::fold(document.slice(*noun)));
        if (!row || row->size() < 2) continue;
        Span anchor{match->span.start, noun->end};
        size_t first = token_at(tokens, match->span.start);
        size_t after = token_at(tokens, noun->end);
        // "discussion of X": the object is what follows the preposition.
        if (after < tokens.size() && tokens[after].closed == Closed::Preposition &&
            !(tokens[after].gap & (kComma | kBreak)))
          ++after;
        // "held a news conference": a noun no verb states is its own class; denied ("no
        // hearing"), it still needs a verb's.
        builder.add(*match, std::string((*row)[1]), anchor, first, after, false,
                    id == "event.nominal" ? builder.noun_class(*row) : std::string());
        used.push_back(*noun);
        continue;
      }
      if (id == "event.adjective") {
        // "remains firmly opposed to X", "was open to X": the adjective's class, its object
        // what "to" introduces.
        auto adjective = match->capture("adjective");
        if (!adjective || taken(*adjective)) continue;
        const auto row = impl.stance_adjectives.find(text::fold(document.slice(*adjective)));
        if (!row || row->size() < 3) continue;
        size_t first = token_at(tokens, match->span.start);
        size_t after = token_at(tokens, adjective->end) + 1;  // past "to"
        builder.add(*match, std::string((*row)[1]), Span{match->span.start, adjective->end}, first,
                    after, false, std::string((*row)[2]));
        used.push_back(*adjective);
        continue;
      }
      if (id == "event.against") {
        // "came out against the plan", "voted in favour of the decree": the preposition's
        // class, its object what follows it.
        auto preposition = match->capture("adjective");
        auto verb = match->capture("verb");
        if (!preposition || !verb || taken(*preposition) || taken(*verb)) continue;
        std::string folded = text::fold(document.slice(*preposition));
        std::string spaced;
        for (char c : folded) {
          if (c == ' ' || c == '\t' || c == '\n') {
            if (!spaced.empty() && spaced.back() != ' ') spaced += ' ';
          } else {
            spaced += c;
          }
        }
        const auto row = impl.stance_prepositions.find(spaced);
        if (!row || row->size() < 3) continue;
        size_t first = token_at(tokens, match->span.start);
        size_t after = token_at(tokens, preposition->end);
        builder.add(*match, std::string((*row)[1]), Span{match->span.start, preposition->end},
                    first, after, false, std::string((*row)[2]));
        used.push_back(*preposition);
        used.push_back(*verb);
        continue;
      }
      if (id == "event.effect") {
        // "the law takes effect on 1 July": the act of what starts to apply, the subject
        // before it; what follows is its time, no object.
        auto verb = match->capture("verb");
        if (!verb || taken(*verb)) continue;
        size_t first = token_at(tokens, match->span.start);
        size_t after = token_at(tokens, verb->end);
        builder.add(*match, "take effect", Span{match->span.start, verb->end}, first, after, false,
                    "start");
        used.push_back(*verb);
        continue;
      }
      if (id == "event.instruction") {
        // "told residents to keep away": a demand of the teller's, its object who is told
        // and what to do (as "urged residents to keep away").
        auto verb = match->capture("verb");
        if (!verb || taken(*verb)) continue;
        size_t first = token_at(tokens, verb->start);
        std::string lemma =
            text::fold(document.slice(*verb)).starts_with("advis") ? "advise" : "tell";
        builder.add(*match, lemma, *verb, first, first + 1, false, "demand");
        used.push_back(*verb);
        continue;
      }
      if (id == "event.occurrence") {
        auto noun = match->capture("noun");
        if (!noun || taken(*noun)) continue;
        const auto row = impl.event_nouns.find(text::fold(document.slice(*noun)));
        if (!row || row->size() < 2) continue;
        size_t noun_token = token_at(tokens, noun->start);
        size_t after = noun_token + 1;
        // "the death toll fell", "a meeting room": the noun only modifies another one.
        auto is_noun = [&](size_t k) {
          return k < tokens.size() && tokens[k].gap == 0 && tokens[k].closed == Closed::None &&
                 !tokens[k].capitalised &&
                 (impl.lexicon.classes(tokens[k].lower) & normalize::kNoun);
        };
        auto verb_like = [&](size_t k) {
          return k < tokens.size() &&
                 (tokens[k].closed == Closed::Auxiliary || tokens[k].closed == Closed::Modal ||
                  impl.lexicon.classes(tokens[k].lower) == normalize::kVerb);
        };
        // Not a directive for it: "the evacuation order for the valley went out at 6:20 a.m."
        // tells when the evacuation was ordered, as "ordered the evacuation at 7:20 a.m." does.
        static const std::unordered_set<std::string_view> kDirectives = {
            "order", "orders", "warning", "warnings", "alert", "alerts", "notice", "call"};
        if (is_noun(after) && !kDirectives.count(tokens[after].lower) &&
            (!(impl.lexicon.classes(tokens[after].lower) & normalize::kVerb) ||
             verb_like(after + 1)))
          continue;
        // Its object is what its preposition introduces: "the killing of X", "talks with Y".
        bool preposition = after < tokens.size() && tokens[after].closed == Closed::Preposition &&
                           !(tokens[after].gap & (kComma | kBreak));
        builder.add_occurrence(*match, *row, *noun, noun_token,
                               preposition ? after + 1 : tokens.size());
        used.push_back(*noun);
        continue;
      }
      auto verb = match->capture("verb");
      if (!verb || taken(*verb)) continue;
      // Joined by a hyphen to a word, it is part of a compound adjective or noun, not a
      // verb: "closed-door talks", "a long-awaited deal".
      if (hyphen_joined(document.text, *verb)) continue;
      std::string form = text::fold(document.slice(*verb));
      size_t verb_token = token_at(tokens, verb->start);
      if (verb_token >= tokens.size()) continue;
      if (currency_after_figure(impl, tokens, verb_token, form)) continue;  // "412 billion won"
      size_t group_token = group.empty() ? verb_token : token_at(tokens, group.start);
      if (id == "event.verb") {
        // The verb group, read back from the verb: auxiliaries, negation, adverbs ("has not
        // fully captured"). Finding it here keeps the pattern a plain word list for RE2.
        constexpr size_t kLongestGroup = 5;
        group_token = verb_token;
        // "Yet" after a negation is an adverb of the group ("have not yet ruled out"),
        // elsewhere a conjunction.
        auto grouped = [&](size_t i) {
          return in_verb_group(impl, tokens[i]) ||
                 (tokens[i].lower == "yet" && i > 0 && tokens[i - 1].closed == Closed::Negation);
        };
        while (group_token > 0 && verb_token - group_token < kLongestGroup &&
               !(tokens[group_token].gap & (kComma | kBreak | kQuoteMark)) &&
               grouped(group_token - 1))
          --group_token;
      }
      // The passive pattern takes any word in -ly for an adverb ("family", "Italy"): a group
      // starts at its first auxiliary, negation or real adverb.
      while (group_token < verb_token && !in_verb_group(impl, tokens[group_token])) ++group_token;
      if (group_token == verb_token)
        group = Span{verb->start, verb->start};
      else
        group.start = tokens[group_token].span.start;
      if (id == "event.passive") {
        std::string lemma = impl.lexicon.verb_lemma(form);
        if (!is_participle(impl, form, lemma)) continue;
        // Nobody is departed, and a place reached is seldom told in the passive: "was left
        // behind", "were left homeless", "a deal was reached" are other senses.
        if (std::string motion = impl.verb_class(lemma); motion == "depart" || motion == "arrive")
          continue;
        size_t after = verb_token + 1;
        Span anchor{group.start, verb->end};
        phrasal_verb(*match, lemma, after, anchor, true);
        builder.add(*match, lemma, anchor, group_token, after, true);
        used.push_back(*verb);
        continue;
      }
      const auto row = impl.event_verb_forms.find(form);
      if (!row || row->size() < 2) continue;
      std::string lemma((*row)[1]);
      if (!verbal_context(impl, state, tokens, verb_token, !group.empty(), lemma)) continue;
      if (verb_token > 0 && be_form(tokens[verb_token - 1].lower) && !form.ends_with("ing")) {
        if (std::string motion = impl.verb_class(lemma); motion == "depart" || motion == "arrive")
          continue;  // "a deal was reached" read as a passive (above)
      }
      size_t after = verb_token + 1;
      Span anchor{group.empty() ? verb->start : group.start, verb->end};
      phrasal_verb(*match, lemma, after, anchor, false);
      builder.add(*match, lemma, anchor, group_token, after, false);
      used.push_back(*verb);
    }
  }
}

}  // namespace cc::extract
