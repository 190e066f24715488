// Direct quotes and their speakers.
//
// Quote marks are paired per paragraph (curly, straight and ``...'' marks); a quote left
// open at the end of a paragraph continues when the next paragraph opens with a mark, the
// news convention for long quotes. The `quotes` rule pack marks attribution cues; a cue
// belongs to a quote when its match touches the quote's marks ("...," Merz said / Merz
// said: "..."), or, for "according to X", shares its sentence. A quote without its own cue
// takes the speaker of its neighbours in the paragraph or continuation chain (quotes split
// around the cue). Pronouns and role nouns resolve to the nearest compatible person named
// before the quote.
#include <algorithm>
#include <optional>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

enum class MarkKind { Open, Close, Toggle };

struct QuoteMark {
  uint32_t offset;  // document offset of the mark
  uint32_t length;  // bytes of the mark
  MarkKind kind;
};

struct Quote {
  uint32_t open = 0;       // offset of the opening mark
  uint32_t open_end = 0;   // offset just after it
  uint32_t close = 0;      // offset of the closing mark (paragraph end when unclosed)
  bool closed = false;     // a closing mark was found in the paragraph
  uint32_t paragraph = 0;  // paragraph index
  Span inner;              // the quoted words, trimmed
  size_t chain = 0;        // quotes continued across paragraphs share a chain id
};

// The attribution chosen for a quote.
struct Attribution {
  std::string
      speaker_text;     // as written; empty when the cue has no speaker ("..., telling reporters")
  std::string cue;      // cue as written; empty for "according to" and inherited ones
  std::string rule;     // rule id
  uint32_t offset = 0;  // where the speaker phrase (or the cue, without one) starts
  Span match;           // the whole cue match
  uint32_t sentence = 0;  // sentence of the cue
};

std::vector<QuoteMark> find_marks(std::string_view text, Span span) {
  std::vector<QuoteMark> marks;
  for (uint32_t i = span.start; i < span.end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"') {
      marks.push_back({i, 1, MarkKind::Toggle});
    } else if (c == '`' && i + 1 < span.end && text[i + 1] == '`') {
      marks.push_back({i, 2, MarkKind::Open});
      ++i;
    } else if (c == '\'' && i + 1 < span.end && text[i + 1] == '\'') {
      marks.push_back({i, 2, MarkKind::Close});
      ++i;
    } else if (c == 0xE2 && i + 2 < span.end && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char third = static_cast<unsigned char>(text[i + 2]);
      if (third == 0x9C || third == 0x9E) marks.push_back({i, 3, MarkKind::Open});  // “ „
      if (third == 0x9D) marks.push_back({i, 3, MarkKind::Close});                  // ”
      i += 2;
    } else if (c == 0xC2 && i + 1 < span.end) {
      unsigned char second = static_cast<unsigned char>(text[i + 1]);
      if (second == 0xAB) marks.push_back({i, 2, MarkKind::Open});   // «
      if (second == 0xBB) marks.push_back({i, 2, MarkKind::Close});  // »
      ++i;
    }
  }
  return marks;
}

Span trim_span(std::string_view text, uint32_t begin, uint32_t end) {
  auto space = [&](uint32_t at) {
    char c = text[at];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  while (begin < end && space(begin)) ++begin;
  while (end > begin && space(end - 1)) --end;
  return Span{begin, end};
}

std::vector<Quote> find_quotes(const Document& document) {
  std::vector<Quote> quotes;
  std::string_view text = document.text;
  size_t chain = 0;
  bool continuing = false;  // the previous paragraph ended inside a quote
  for (uint32_t p = 0; p < document.paragraphs.size(); ++p) {
    Span paragraph = document.paragraphs[p].span;
    std::optional<Quote> open;
    bool first_in_paragraph = true;
    for (const QuoteMark& mark : find_marks(text, paragraph)) {
      bool opens = mark.kind == MarkKind::Open || (mark.kind == MarkKind::Toggle && !open);
      if (opens) {
        if (open) continue;  // a nested opening mark stays inside the quote
        open = Quote{};
        open->open = mark.offset;
        open->open_end = mark.offset + mark.length;
        open->paragraph = p;
        bool continues = continuing && first_in_paragraph && mark.offset == paragraph.start;
        open->chain = continues ? chain : ++chain;
        first_in_paragraph = false;
      } else if (open) {
        open->close = mark.offset;
        open->closed = true;
        open->inner = trim_span(text, open->open_end, mark.offset);
        if (!open->inner.empty()) quotes.push_back(*open);
        open.reset();
      }
    }
    continuing = false;
    if (open) {
      open->close = paragraph.end;
      open->inner = trim_span(text, open->open_end, paragraph.end);
      if (!open->inner.empty()) quotes.push_back(*open);
      continuing = true;
    }
  }
  return quotes;
}

// The cue match attached to a quote, if any.
std::optional<Attribution> explicit_attribution(const Extractor::Impl& impl,
                                                const Document& document, const Quote& quote,
                                                const std::vector<const rules::Match*>& matches,
                                                const std::vector<Mention>& people) {
  const rules::Match* best = nullptr;
  int best_rank = 0;
  for (const rules::Match* match : matches) {
    std::string_view position = match->rule->attribute("position");
    int rank = 0;
    if (position == "after" && quote.closed && match->span.start == quote.close) {
      rank = 3;
    } else if (position == "before" && match->span.end == quote.open_end) {
      rank = 2;
    } else if (position == "sentence") {
      rank = 1;
    }
    // Between rules of one position, the rule's `priority` decides: a cue verb beats a
    // bare colon, a "From X:" heading beats both.
    if (rank > 0)
      rank = rank * 10 + std::atoi(std::string(match->rule->attribute("priority")).c_str());
    // On a tie the cue nearer the quote wins.
    if (rank > best_rank || (best && rank == best_rank && match->span.start > best->span.start)) {
      best = match;
      best_rank = rank;
    }
  }
  if (!best) return std::nullopt;
  Attribution out;
  out.rule = best->rule->id;
  out.match = best->span;
  out.sentence = sentence_at(document, best->span.start);
  auto cue = best->capture("cue");
  if (cue) out.cue = std::string(document.slice(*cue));
  if (auto speaker = speaker_span(impl, document, people, *best)) {
    out.speaker_text = text::squeeze_spaces(document.slice(*speaker));
    out.offset = speaker->start;
  } else if (cue) {
    out.offset = cue->start;
  } else {
    return std::nullopt;
  }
  return out;
}

// Whether a sentence opens with a person (within its first few words, no comma or quote
// before it) named before a quote at `quote_open`.
bool opens_with_person(const Document& document, const std::vector<Mention>& people, Span sentence,
                       uint32_t quote_open) {
  constexpr size_t kOpeningWords = 4;  // "Opposition PVV leader Ruud Brouwers"
  if (quote_open <= sentence.start) return false;
  const Mention* subject = sentence_subject(people, sentence, quote_open);
  if (!subject || subject->end > quote_open) return false;
  std::string_view before = document.slice(Span{sentence.start, subject->offset});
  return before.find_first_of(",;:\"") == std::string_view::npos &&
         before.find("\xE2\x80\x9C") == std::string_view::npos &&
         text::words(before).size() <= kOpeningWords;
}

}  // namespace

void extract_quotes(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  std::vector<Mention>& people = state.mentions;
  std::vector<Claim> out;
  std::vector<Quote> quotes = find_quotes(document);
  if (quotes.empty()) return;
  // Cue patterns are costly (speaker phrases); only the sentences a quote touches need them.
  std::vector<bool> quoted(document.sentences.size(), false);
  for (const Quote& quote : quotes) {
    uint32_t first = sentence_at(document, quote.open);
    uint32_t last = sentence_at(document, quote.closed ? quote.close : quote.close - 1);
    for (uint32_t s = first; s <= last && s < quoted.size(); ++s) quoted[s] = true;
  }
  std::vector<SentenceMatches> cue_matches = impl.match_sentences(impl.quotes, document, &quoted);

  // 1. The cue each quote has of its own.
  std::vector<std::optional<Attribution>> attributions(quotes.size());
  for (size_t q = 0; q < quotes.size(); ++q) {
    const Quote& quote = quotes[q];
    uint32_t first = sentence_at(document, quote.open);
    uint32_t last = sentence_at(document, quote.closed ? quote.close : quote.close - 1);
    std::vector<const rules::Match*> nearby;
    for (const auto& sentence : cue_matches) {
      if (sentence.sentence < first || sentence.sentence > last) continue;
      for (const auto& match : sentence.matches) {
        // A cue inside the quoted words is part of the quote, not its attribution.
        if (match.span.start > quote.inner.start && match.span.end < quote.inner.end) continue;
        nearby.push_back(&match);
      }
    }
    attributions[q] = explicit_attribution(impl, document, quote, nearby, people);
  }

  // 2. Named speakers (of quotes or of any cue: "according to Janis Kluge") are people
  //    too; with the titled mentions, their surnames found anywhere in the text ("Trump's
  //    position") give pronouns their antecedents.
  for (const auto& sentence : cue_matches) {
    for (const auto& match : sentence.matches) {
      auto speaker = match.capture("speaker");
      if (!speaker) continue;
      normalize::SpeakerPhrase phrase = impl.names.parse(document.slice(*speaker));
      if (phrase.form != normalize::SpeakerPhrase::Form::Name || phrase.name.empty()) continue;
      resolve_speaker(impl, document, people, text::squeeze_spaces(document.slice(*speaker)),
                      speaker->start);
    }
  }
  std::vector<normalize::SpeakerPhrase> phrases(quotes.size());
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (!attributions[q] || attributions[q]->speaker_text.empty()) continue;
    phrases[q] = impl.names.parse(attributions[q]->speaker_text);
  }
  add_surname_mentions(document, people);

  // 3. A quote without a cue takes the speaker of the quote before it in the paragraph
  //    (quotes split around the cue), or of its continuation chain across paragraphs.
  //    A quote without a cue inside a sentence that opens with a person ("Opposition
  //    leader X accused ministers of "taxing breakfast"") is not the words of
  //    whoever was quoted before; nor is it surely that person's (a title, a scare quote):
  //    it stays unattributed.
  std::vector<std::optional<Attribution>> resolved = attributions;
  std::vector<size_t> inherited_from(quotes.size(), quotes.size());
  std::vector<char> own_subject(quotes.size(), 0);
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (resolved[q]) continue;
    uint32_t sentence = sentence_at(document, quotes[q].open);
    if (sentence >= document.sentences.size()) continue;
    // A second quote of one sentence is the first one's speaker's ("X said Y had "A" and
    // called it "B"").
    if (q > 0 && sentence_at(document, quotes[q - 1].open) == sentence) continue;
    own_subject[q] =
        opens_with_person(document, people, document.sentences[sentence].span, quotes[q].open);
  }
  for (size_t q = 1; q < quotes.size(); ++q) {
    bool related =
        quotes[q].paragraph == quotes[q - 1].paragraph || quotes[q].chain == quotes[q - 1].chain;
    if (!resolved[q] && resolved[q - 1] && related && !own_subject[q]) {
      resolved[q] = resolved[q - 1];
      phrases[q] = phrases[q - 1];
      inherited_from[q] = inherited_from[q - 1] < quotes.size() ? inherited_from[q - 1] : q - 1;
    }
  }
  for (size_t q = quotes.size() - 1; q-- > 0;) {
    if (!resolved[q] && resolved[q + 1] && quotes[q].chain == quotes[q + 1].chain &&
        !own_subject[q]) {
      resolved[q] = resolved[q + 1];
      phrases[q] = phrases[q + 1];
      inherited_from[q] = q + 1;
    }
  }

  // 4. Claims. A quote split around its own attribution ("A," Merz said. "B.") is one
  //    statement: the second part joins the first.
  std::vector<std::string> speakers(quotes.size());
  for (size_t q = 0; q < quotes.size(); ++q) {
    const Quote& quote = quotes[q];
    Claim claim;
    claim.source = state.source;
    claim.sentence = sentence_at(document, quote.open);
    claim.kind = ClaimKind::Quote;
    claim.detail->predicate = "say";
    claim.span = quote.inner;
    claim.detail->object = text::squeeze_spaces(document.slice(quote.inner));
    claim.detail->rule = "quote.unattributed";
    if (const auto& attribution = resolved[q]) {
      claim.detail->rule =
          inherited_from[q] < quotes.size() ? "quote.inherited" : attribution->rule;
      claim.detail->speaker_text = attribution->speaker_text;
      claim.detail->cue =
          attribution->cue.empty() ? std::string() : impl.cue_lemma(attribution->cue);
      const normalize::SpeakerPhrase& phrase = phrases[q];
      const Mention* person = nullptr;
      if (attribution->speaker_text.empty()) {
        person = sentence_subject(people, document.sentences[attribution->sentence].span,
                                  attribution->offset);
      } else if (phrase.form == normalize::SpeakerPhrase::Form::Name && !phrase.name.empty()) {
        claim.detail->speaker =
            resolve_speaker(impl, document, people, attribution->speaker_text, attribution->offset);
      } else {
        person = antecedent(document, people, attribution->offset, phrase, impl.names);
      }
      if (person) claim.detail->speaker = person->key;
      // A cue with no speaker of its own after an earlier quote of the sentence ("...,"
      // she said, adding: "...") goes on with that quote's speaker.
      if (!person && attribution->speaker_text.empty() && q > 0 && !speakers[q - 1].empty() &&
          sentence_at(document, quotes[q - 1].open) == claim.sentence) {
        claim.detail->speaker = speakers[q - 1];
        claim.detail->speaker_text = out.empty() ? std::string() : out.back().detail->speaker_text;
      }
      if (claim.detail->speaker_text.empty() && person) claim.detail->speaker_text = person->name;
      if (!claim.detail->speaker.empty())
        claim.detail->attribution.push_back(claim.detail->speaker);
    }
    claim.detail->subject = claim.detail->speaker;
    speakers[q] = claim.detail->speaker;
    // Split quote: the first part's attribution follows it directly, and the second part
    // either has no cue of its own or shares that very cue ("A," X said, "B.").
    bool split_part = false;
    const auto& before = attributions[q > 0 ? q - 1 : 0];
    if (q > 0 && !out.empty() && before && before->match.start == quotes[q - 1].close &&
        quotes[q].paragraph == quotes[q - 1].paragraph && !claim.detail->speaker.empty() &&
        speakers[q - 1] == claim.detail->speaker && out.back().source == state.source &&
        out.back().kind == ClaimKind::Quote) {
      const auto& own = attributions[q];
      split_part =
          !own || (own->match.start < before->match.end && before->match.start < own->match.end);
    }
    if (split_part) {
      Claim& previous = out.back();
      previous.span.end = claim.span.end;
      previous.detail->object += " " + claim.detail->object;
      previous.detail->value.text = previous.detail->object;
      continue;
    }
    claim.detail->value.kind = Value::Kind::Text;
    claim.detail->value.text = claim.detail->object;
    out.push_back(std::move(claim));
  }
  std::stable_sort(people.begin(), people.end(),
                   [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
  // Every quote is a frame: claims inside it are the speaker's.
  for (const Claim& claim : out) {
    state.frames.push_back(Frame{claim.span, claim.detail->speaker, false, {}, true});
    state.claims.push_back(claim);
    state.claim_verbs.push_back(Span{});
  }
}

}  // namespace cc::extract
