#include "extract/extract.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

const rules::Pack& require_pack(const rules::RuleSet& rules, std::string_view name) {
  const rules::Pack* pack = rules.pack(name);
  if (!pack) throw UsageError("rules: the '" + std::string(name) + "' pack is missing");
  return *pack;
}

template <typename Function>
void each_row(const rules::RuleSet& rules, std::string_view table, Function&& function) {
  if (const auto* found = rules.table(table)) {
    for (const auto& row : found->rows()) function(row);
  }
}

}  // namespace

Extractor::Impl::Impl(const rules::RuleSet& rule_set)
    : rules(rule_set),
      quotes(require_pack(rule_set, "quotes")),
      entities(require_pack(rule_set, "entities")),
      speech(require_pack(rule_set, "speech")),
      events(require_pack(rule_set, "events")),
      quantities(require_pack(rule_set, "quantities")),
      time(require_pack(rule_set, "time")),
      cues(require_pack(rule_set, "cues")),
      cue_verbs(rule_set.require_table("quotes/cue_verbs")),
      participle_cues(rule_set.require_table("quotes/participle_cues")),
      event_verb_forms(rule_set.require_table("lexicon/event_verb_forms")),
      verb_classes(rule_set.require_table("events/verb_classes")),
      event_nouns(rule_set.require_table("events/event_nouns")),
      object_classes(rule_set.require_table("events/object_classes")),
      stance_adjectives(rule_set.require_table("events/stance_adjectives")),
      stance_prepositions(rule_set.require_table("events/stance_prepositions")),
      names(rule_set),
      lexicon(rule_set),
      numbers(rule_set) {
  each_row(rule_set, "common/stopwords",
           [&](const auto& row) { stopwords.insert(text::fold(row[0])); });
  each_row(rule_set, "speech/negating_cues",
           [&](const auto& row) { negating_cues.emplace(row[0]); });
  each_row(rule_set, "entities/org_heads", [&](const auto& row) { org_heads.emplace(row[0]); });
  each_row(rule_set, "events/stance_classes",
           [&](const auto& row) { stance_classes.emplace(row[0]); });
  each_row(rule_set, "events/occurrence_hosts",
           [&](const auto& row) { occurrence_hosts.insert(text::fold(row[0])); });
  // The tone detector's words: a sentence holding one and no other claim gets a scene claim.
  each_row(rule_set, "detect/tone_words",
           [&](const auto& row) { tone_words.insert(text::fold(row[0])); });
  each_row(rule_set, "events/concepts", [&](const auto& row) {
    if (row.size() > 1) concepts.emplace(text::fold(row[0]), row[1]);
  });
  each_row(rule_set, "entities/demonym_places", [&](const auto& row) {
    if (row.size() > 1) demonym_places.emplace(row[0], row[1]);
  });
  each_row(rule_set, "quantities/trends", [&](const auto& row) {
    if (row.size() > 1) trends.emplace(text::fold(row[0]), row[1]);
  });
  each_row(rule_set, "quantities/casualty_verbs", [&](const auto& row) {
    if (row.size() > 1) casualty_verbs.emplace(text::fold(row[0]), row[1]);
  });
  each_row(rule_set, "quantities/casualty_words", [&](const auto& row) {
    if (row.size() < 3) return;
    if (row[2] == "after") casualty_after.emplace(text::fold(row[0]), row[1]);
    if (row[2] == "suffered") casualty_suffered.emplace(text::fold(row[0]), row[1]);
    if (row[2] == "toll") casualty_tolls.emplace(text::fold(row[0]), row[1]);
    if (row[2] == "person") casualty_people.insert(text::fold(row[0]));
  });
  each_row(rule_set, "quantities/rate_periods", [&](const auto& row) {
    if (row.size() < 2) return;
    if (row[1] == "not_after") {
      rate_not_after.insert(text::fold(row[0]));
    } else {
      rate_periods.emplace(text::fold(row[0]), row[1]);
    }
  });
  each_row(rule_set, "time/months", [&](const auto& row) {
    if (row.size() > 1) months.emplace(row[0], std::atoi(std::string(row[1]).c_str()));
    calendar_words.emplace(row[0]);
  });
  each_row(rule_set, "time/weekdays", [&](const auto& row) {
    if (row.size() > 1) weekdays.emplace(row[0], std::atoi(std::string(row[1]).c_str()));
    calendar_words.emplace(row[0]);
  });
}

std::vector<SentenceMatches> Extractor::Impl::match_sentences(const rules::Pack& pack,
                                                              const Document& document,
                                                              const std::vector<bool>* only) const {
  std::vector<SentenceMatches> out;
  std::vector<rules::Match> matches;
  for (uint32_t i = 0; i < document.sentences.size(); ++i) {
    if (only && !(*only)[i]) continue;
    Span span = document.sentences[i].span;
    matches.clear();
    pack.match(document.slice(span), matches);
    if (matches.empty()) continue;
    for (auto& match : matches) {
      match.span.start += span.start;
      match.span.end += span.start;
      for (auto& capture : match.captures) {
        capture.span.start += span.start;
        capture.span.end += span.start;
      }
    }
    out.push_back(SentenceMatches{i, std::move(matches)});
    matches.clear();
  }
  return out;
}

std::string Extractor::Impl::cue_lemma(std::string_view cue) const {
  for (const rules::Table* table : {&cue_verbs, &participle_cues}) {
    const auto row = table->find(text::fold(cue));
    if (row && row->size() > 1) return std::string((*row)[1]);
  }
  std::string lemma = lexicon.verb_lemma(text::fold(cue));
  return lemma.empty() ? text::fold(cue) : lemma;
}

std::string Extractor::Impl::verb_class(std::string_view lemma) const {
  const auto row = verb_classes.find(lemma);
  return row && row->size() > 1 ? std::string((*row)[1]) : std::string();
}

std::string Extractor::Impl::keyword(std::string_view lower, normalize::Stemmer& stemmer) const {
  if (lower.size() < 3 || stopwords.count(lower)) return {};
  if (lexicon.closed(lower) != normalize::Closed::None) return {};
  bool letters = std::all_of(lower.begin(), lower.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!letters) return {};
  if (auto it = concepts.find(lower); it != concepts.end()) return it->second;
  return stemmer.stem(lower);
}

void tokenize_sentences(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  state.sentence_tokens.resize(document.sentences.size());
  for (size_t i = 0; i < document.sentences.size(); ++i)
    tokenize(document.text, document.sentences[i].span, impl.lexicon, state.sentence_tokens[i]);
}

uint32_t sentence_at(const Document& document, uint32_t offset) {
  auto it =
      std::upper_bound(document.sentences.begin(), document.sentences.end(), offset,
                       [](uint32_t value, const Sentence& s) { return value < s.span.start; });
  return it == document.sentences.begin()
             ? 0
             : static_cast<uint32_t>(it - document.sentences.begin() - 1);
}

std::pair<std::vector<Mention>::const_iterator, std::vector<Mention>::const_iterator> mentions_in(
    const std::vector<Mention>& mentions, uint32_t start, uint32_t end) {
  auto by_offset = [](const Mention& m, uint32_t value) { return m.offset < value; };
  auto first = std::lower_bound(mentions.begin(), mentions.end(), start, by_offset);
  auto last = std::lower_bound(first, mentions.end(), end, by_offset);
  return {first, last};
}

const Mention* mention_covering(const std::vector<Mention>& mentions, uint32_t start,
                                uint32_t end) {
  // Names are short: a mention covering `start` begins at most this far before it.
  constexpr uint32_t kLongestName = 256;
  auto [first, last] =
      mentions_in(mentions, start > kLongestName ? start - kLongestName : 0, start + 1);
  for (auto it = last; it != first;) {
    --it;
    if (it->offset <= start && end <= it->end) return &*it;
  }
  return nullptr;
}

const TimeMention* time_covering(const std::vector<TimeMention>& times, uint32_t start,
                                 uint32_t end) {
  auto it =
      std::upper_bound(times.begin(), times.end(), start,
                       [](uint32_t value, const TimeMention& t) { return value < t.span.start; });
  if (it == times.begin()) return nullptr;
  --it;
  return it->span.start <= start && end <= it->span.end ? &*it : nullptr;
}

const std::vector<rules::Match>& cues_of(const DocumentState& state, uint32_t sentence) {
  static const std::vector<rules::Match> kNone;
  return sentence < state.cues_by_sentence.size() && state.cues_by_sentence[sentence]
             ? *state.cues_by_sentence[sentence]
             : kNone;
}

Extractor::Extractor(const rules::RuleSet& rules) : impl_(std::make_unique<Impl>(rules)) {}
Extractor::~Extractor() = default;

DocumentClaims Extractor::run(const Document& document, uint32_t source) const {
  thread_local normalize::Stemmer stemmer;
  DocumentState state{document, source, {}, {}, {}, {}, {}, {}, {}, stemmer, {}};
  tokenize_sentences(*impl_, state);
  state.mentions = find_mentions(*impl_, state);
  state.cues = impl_->match_sentences(impl_->cues, document);
  state.cues_by_sentence.assign(document.sentences.size(), nullptr);
  for (const auto& sentence : state.cues)
    state.cues_by_sentence[sentence.sentence] = &sentence.matches;
  extract_quotes(*impl_, state);
  extract_speech(*impl_, state);
  extract_times(*impl_, state);
  extract_events(*impl_, state);
  extract_quantities(*impl_, state);
  extract_scenes(*impl_, state);
  attach_times(state);
  finish_claims(*impl_, state);

  // Every speaker key must reach the cross-source clustering as a mention, even when the
  // mention it came from was later merged into a full name ("Ortiz" -> "Ana Ortiz").
  std::unordered_set<std::string> known;
  for (const Mention& mention : state.mentions) known.insert(mention.key);
  for (const Claim& claim : state.claims) {
    if (claim.detail->speaker.empty() || !known.insert(claim.detail->speaker).second) continue;
    Mention mention;
    mention.offset = mention.end = claim.span.start;
    mention.type = EntityType::Person;
    mention.key = claim.detail->speaker;
    mention.name =
        claim.detail->speaker_text.empty() ? claim.detail->speaker : claim.detail->speaker_text;
    mention.surface = mention.name;
    state.mentions.push_back(std::move(mention));
  }
  DocumentClaims result;
  std::vector<size_t> order(state.claims.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Text order; at one offset, quotes and speech before the events they contain.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Claim& x = state.claims[a];
    const Claim& y = state.claims[b];
    return std::tie(x.span.start, x.kind) < std::tie(y.span.start, y.kind);
  });
  result.claims.reserve(order.size());  // exact: the vector is kept until its story is gathered
  for (size_t i : order) result.claims.push_back(std::move(state.claims[i]));
  result.mentions = std::move(state.mentions);
  std::stable_sort(result.mentions.begin(), result.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
  return result;
}

}  // namespace cc::extract
