#include "detect/tone.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_set>

#include "align/sentence_words.hpp"
#include "align/values.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "detect/likeness.hpp"
#include "normalize/lexicon.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

// A sentence with tone words and the claims made in it.
struct ToneDetector::Sentence {
  uint32_t source = 0;
  uint32_t sentence = 0;
  std::vector<uint32_t> claims;                 // claims of the sentence, in order
  std::vector<ToneDetector::Mention> mentions;  // those that qualify an event noun
  std::vector<ToneDetector::Mention> scene;     // all its tone words (read as a scene's)
  std::vector<std::string> entities;            // entities it names (its claims, its words), sorted
  std::vector<uint32_t> facts;                  // facts its claims belong to, sorted
  std::vector<const Value*> times;              // the times of its claims
  // Its side on each axis by the scene_mood() mentions alone (0: none, or both).
  std::array<int, 2> mood{0, 0};
};
using ToneSentence = ToneDetector::Sentence;

namespace {

// How far (in words) a tone word may stand from the event noun it qualifies: six reaches
// "the meeting that each delegation then called tense".
constexpr size_t kNounDistance = 6;
// How far before the event noun a recurrence word marks another occurrence.
constexpr size_t kRecurrenceDistance = 3;
// Entities two sentences must share to speak of one event when they name it with two
// different nouns of a class ("encounter", "meeting") and no claim links them.
constexpr size_t kSharedEntities = 2;
// A source that names an event class in at most this many sentences speaks of one event.
constexpr size_t kSoleSentences = 3;
// Tone sentences compared per event class: tone words are rare, this bounds the pairs.
constexpr size_t kMaxSentences = 1000;
// Two sentences tell one scene when this weighted share of their content words (Dice, see
// detect/likeness.hpp) and at least this many of them are alike.
constexpr double kSceneAlike = 0.25;
constexpr size_t kSceneShared = 3;
// Two sentences that are each their source's only one with a tone word of an axis tell one
// scene when they share this many content words that are not names.
constexpr size_t kSoleSceneShared = 2;
// Words after a scene's tone word that make it a moment's tone, not the scene's.
const std::unordered_set<std::string_view> kMomentWords = {"after", "since", "following", "before",
                                                           "until"};

// True when the text between two words ends a clause.
bool clause_break(std::string_view gap) {
  if (gap.find_first_not_of(' ') == std::string_view::npos) return false;  // most gaps
  for (std::string_view mark : {",", ";", ":", "(", ")", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// True when `form` occurs in `text` as whole words.
bool names(std::string_view text, std::string_view form) {
  if (form.empty()) return false;
  auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
    size_t end = at + form.size();
    if ((at == 0 || !letter(text[at - 1])) && (end == text.size() || !letter(text[end]))) {
      return true;
    }
  }
  return false;
}

// What two sources said about one event, accumulated over their sentence pairs.
struct Disagreement {
  const ToneSentence* first = nullptr;  // first sentence pair found: the evidence
  const ToneSentence* second = nullptr;
  int first_side = 0;                               // side of the first source's words
  std::set<std::string> words_first, words_second;  // the opposite words of each source
  std::set<std::string> other_first, other_second;  // words each source also used, reversed
  std::string because;                              // why the sentences are about one event
  std::string noun;  // what the sources speak of: the noun, else its class
};

std::string listed(const std::set<std::string>& words) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "“" : ", “") + word + "”";
  return out;
}

}  // namespace

ToneDetector::ToneDetector(const rules::RuleSet& rules)
    : contrast_(word_list(rules, "detect/contrast_markers")),
      recurrence_(word_list(rules, "detect/recurrence")),
      final_(word_list(rules, "detect/final_occurrence")),
      change_(word_list(rules, "detect/tone_change")),
      unheld_(word_list(rules, "detect/unheld_events")),
      negations_(word_list(rules, "common/negations")) {
  if (const auto* table = rules.table("detect/tone_words")) {
    normalize::Lexicon lexicon(rules);
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      const std::string_view side = row[1];
      int axis = side == "upbeat" || side == "sombre" ? 1 : 0;
      std::string word = text::fold(row[0]);
      uint8_t classes = lexicon.classes(word);
      bool manner = (classes & normalize::kAdverb) && !(classes & normalize::kAdjective) &&
                    !(classes & normalize::kNoun);
      // The scan before a sentence is split sees letters only: "bad-tempered" is found by
      // its last part, and the split words tell the whole word.
      if (auto dash = word.rfind('-'); dash != std::string::npos && dash + 1 < word.size())
        tone_parts_.insert(word.substr(dash + 1));
      tone_.emplace(word, Tone{side == "calm" || side == "upbeat" ? 1 : -1, axis, manner});
    }
  }
  if (const auto* table = rules.table("detect/event_nouns")) {
    for (const auto& row : table->rows()) {
      if (row.size() >= 2) events_.emplace(text::fold(row[0]), text::fold(row[1]));
    }
  }
}

bool ToneDetector::has_tone_word(std::string_view text) const {
  // Tone words are short ASCII words: one lookup per word, no locale, no allocation.
  return text::any_folded_word(
      text,
      [this](std::string_view word) {
        return tone_.find(word) != tone_.end() || tone_parts_.find(word) != tone_parts_.end();
      },
      false);
}

std::vector<ToneDetector::Mention> ToneDetector::mentions(const Document& document,
                                                          uint32_t sentence) const {
  if (sentence >= document.sentences.size()) return {};
  return mentions(document, sentence,
                  text::words(document.slice(document.sentences[sentence].span)));
}

std::vector<ToneDetector::Mention> ToneDetector::mentions(
    const Document& document, uint32_t sentence, const std::vector<text::Word>& words) const {
  return read(document, sentence, words, false);
}

std::vector<ToneDetector::Mention> ToneDetector::read(const Document& document, uint32_t sentence,
                                                      const std::vector<text::Word>& words,
                                                      bool scenes) const {
  std::vector<Mention> out;
  if (sentence >= document.sentences.size()) return out;
  Span extent = document.sentences[sentence].span;
  std::string_view text = document.slice(extent);
  // Most sentences hold no tone word: nothing more to read in them.
  if (std::none_of(words.begin(), words.end(), [this](const text::Word& word) {
        return tone_.find(std::string_view(word.norm)) != tone_.end();
      })) {
    return out;
  }
  std::vector<size_t> clause(words.size(), 0);
  std::vector<bool> contrasted(words.size(), false);
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view gap =
        text.substr(words[i - 1].span.end, words[i].span.start - words[i - 1].span.end);
    bool fresh = clause_break(gap);
    clause[i] = clause[i - 1] + fresh;
    contrasted[i] = !fresh && (contrasted[i - 1] || contrast_.count(words[i - 1].norm) > 0);
  }
  // Clauses that tell a change of tone ("turned violent"): none of their words counts.
  std::vector<bool> changing(clause.back() + 1, false);
  for (size_t i = 0; i < words.size(); ++i) {
    if (change_.count(words[i].norm)) changing[clause[i]] = true;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    auto tone = tone_.find(std::string_view(words[i].norm));
    if (tone == tone_.end() || contrasted[i] || changing[clause[i]]) continue;
    bool negated = false;
    for (size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) {
      negated = negated || (clause[k] == clause[i] && negations_.count(words[k].norm));
    }
    if (negated) continue;
    // The nearest event noun in the same clause, not itself in a contrast.
    size_t best = words.size();
    size_t first = i >= kNounDistance ? i - kNounDistance : 0;
    size_t last = std::min(words.size(), i + kNounDistance + 1);
    for (size_t j = first; j < last; ++j) {
      if (j == i || clause[j] != clause[i] || contrasted[j] || !events_.count(words[j].norm)) {
        continue;
      }
      auto distance = [i](size_t x) { return x > i ? x - i : i - x; };
      if (best == words.size() || distance(j) < distance(best)) best = j;
    }
    if (best == words.size()) {
      // A scene's tone: no event noun qualified ("the station concourse was orderly"); not
      // a moment set after or before another event in its clause ("Athens was calm Sunday
      // after eight days of riots").
      bool moment = false;
      for (size_t k = i + 1; k < words.size() && clause[k] == clause[i]; ++k) {
        moment = moment || kMomentWords.count(words[k].norm) > 0;
      }
      if (scenes && !moment) {
        out.push_back(
            Mention{Span{extent.start + words[i].span.start, extent.start + words[i].span.end},
                    std::string(text.substr(words[i].span.start, words[i].span.size())),
                    tone->second.side,
                    tone->second.axis,
                    {},
                    {},
                    {}});
      }
      continue;
    }
    // "their first meeting" is an earlier occurrence: skipped. "the last round of talks"
    // is the final one: kept, and compared only with the final one of another source.
    bool recurring = false;
    std::string qualifier;
    for (size_t k = best >= kRecurrenceDistance ? best - kRecurrenceDistance : 0; k < best; ++k) {
      if (clause[k] != clause[best]) continue;
      if (final_.count(words[k].norm)) {
        qualifier = "last";
      } else {
        recurring =
            recurring || recurrence_.count(words[k].norm) > 0 || unheld_.count(words[k].norm) > 0;
      }
    }
    if (recurring) continue;
    // The noun, singular when the table lists it ("meetings" -> "meeting").
    std::string noun = words[best].norm;
    if (noun.size() > 1 && noun.back() == 's' && events_.count(noun.substr(0, noun.size() - 1))) {
      noun.pop_back();
    }
    out.push_back(Mention{
        Span{extent.start + words[i].span.start, extent.start + words[i].span.end},
        std::string(text.substr(words[i].span.start, words[i].span.size())), tone->second.side,
        tone->second.axis, events_.at(words[best].norm), std::move(noun), std::move(qualifier)});
  }
  return out;
}

bool ToneDetector::scene_mood(const Mention& mention, const std::vector<text::Word>& words,
                              size_t start) const {
  auto tone = tone_.find(text::fold(mention.word));
  if (tone != tone_.end() && tone->second.manner) return false;
  static const std::unordered_set<std::string_view> kSpans = {
      "years",     "months", "weeks", "days",  "decades",
      "centuries", "hours",  "year",  "month", "decade"};
  for (size_t k = 2; k < words.size(); ++k) {
    if (words[k].span.start + start != mention.span.start) continue;
    return !(words[k - 1].norm == "of" && kSpans.count(words[k - 2].norm));
  }
  return true;
}

void ToneDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  // Every sentence of every source is read, claims or not ("The evacuation was orderly"
  // holds none): a cheap scan for a tone word first, the words only where one occurs.
  std::vector<ToneSentence> sentences;
  for (uint32_t d = 0; d < analysis.documents.size() && sentences.size() < kMaxSentences; ++d) {
    const Document& document = analysis.documents[d];
    for (uint32_t n = 0; n < document.sentences.size(); ++n) {
      Span span = document.sentences[n].span;
      if (!has_tone_word(document.slice(span))) continue;
      auto found = read(document, n, context.words->of(d, span), true);
      std::vector<Mention> scene = found;
      std::erase_if(found, [](const Mention& m) { return m.event.empty(); });
      // A sentence that gives one event both tones ("the crowd was mostly calm, but part
      // of it became unruly") tells a mixed account: it sets itself against neither.
      // So does one with both tones on an axis whatever they qualify ("while most of the
      // protesters have been peaceful, the demonstrations' tone was set by a violent
      // fringe").
      std::erase_if(found, [&found, &scene](const Mention& m) {
        return std::any_of(found.begin(), found.end(),
                           [&m](const Mention& o) {
                             return o.event == m.event && o.axis == m.axis && o.side != m.side;
                           }) ||
               std::any_of(scene.begin(), scene.end(),
                           [&m](const Mention& o) { return o.axis == m.axis && o.side != m.side; });
      });
      if (found.empty() && scene.empty()) continue;
      std::array<bool, 2> calm{false, false}, tense{false, false};
      for (const auto& m : scene) {
        if (scene_mood(m, context.words->of(d, span), span.start))
          (m.side > 0 ? calm : tense)[m.axis] = true;
      }
      std::array<int, 2> mood{0, 0};
      for (int axis : {0, 1}) mood[axis] = calm[axis] == tense[axis] ? 0 : calm[axis] ? 1 : -1;
      sentences.push_back(
          ToneSentence{d, n, {}, std::move(found), std::move(scene), {}, {}, {}, mood});
      if (sentences.size() == kMaxSentences) break;
    }
  }
  if (sentences.empty()) return;
  // Per source and axis, the sentences with a scene's tone word of it (claims or not).
  std::map<std::pair<uint32_t, int>, size_t> scene_sentences;
  for (const ToneSentence& s : sentences) {
    std::array<bool, 2> axes{false, false};
    for (const auto& m : s.scene) axes[m.axis] = true;
    for (int axis : {0, 1}) {
      if (axes[axis]) ++scene_sentences[{s.source, axis}];
    }
  }
  // The claims of those sentences (sentences are in document order: binary search).
  std::vector<uint32_t> fact_of(analysis.claims.size(), UINT32_MAX);
  for (uint32_t f = 0; f < analysis.facts.size(); ++f) {
    for (uint32_t claim : analysis.facts[f].claims) fact_of[claim] = f;
  }
  auto order = [](const ToneSentence& s, std::pair<uint32_t, uint32_t> key) {
    return std::pair(s.source, s.sentence) < key;
  };
  for (const Claim& claim : analysis.claims) {
    std::pair key{claim.source, claim.sentence};
    auto it = std::lower_bound(sentences.begin(), sentences.end(), key, order);
    if (it == sentences.end() || it->source != claim.source || it->sentence != claim.sentence) {
      continue;
    }
    it->claims.push_back(claim.index);
    // Named entities only: a common-noun subject ("police", "officials") names no one.
    for (const auto& e : claim.detail->entities) it->entities.push_back(e);
    if (fact_of[claim.index] != UINT32_MAX) it->facts.push_back(fact_of[claim.index]);
    if (claim.detail->time.kind != Value::Kind::None) it->times.push_back(&claim.detail->time);
  }
  for (auto& sentence : sentences) {
    // The entities the sentence names in its own words, claims or not.
    std::string_view text = analysis.documents[sentence.source].slice(
        analysis.documents[sentence.source].sentences[sentence.sentence].span);
    for (const Entity& entity : analysis.entities) {
      if (std::any_of(entity.surface_forms.begin(), entity.surface_forms.end(),
                      [&](const std::string& form) { return names(text, form); })) {
        sentence.entities.push_back(entity.key);
      }
    }
    std::sort(sentence.entities.begin(), sentence.entities.end());
    sentence.entities.erase(std::unique(sentence.entities.begin(), sentence.entities.end()),
                            sentence.entities.end());
    std::sort(sentence.facts.begin(), sentence.facts.end());
  }
  // A finding cites claims: a sentence without one cannot be shown.
  std::erase_if(sentences, [](const ToneSentence& s) { return s.claims.empty(); });

  auto entity_names = [&](const std::vector<std::string>& keys) {
    std::string joined;
    for (size_t i = 0; i < keys.size() && i < 4; ++i) {
      joined += (i ? ", " : "") + std::string(analysis.entity_name(keys[i]));
    }
    return joined;
  };
  // Whether a source speaks of one event of the class only: one noun of the class (a
  // plural folded), in at most kSoleSentences sentences, none marked as another occurrence
  // ("their first meeting", "a planned rally"). A source that speaks of a hearing and a
  // session speaks of two events.
  std::map<std::pair<uint32_t, std::string>, bool> sole_memo;
  auto sole_of_class = [&](uint32_t d, const std::string& event) {
    auto [it, fresh] = sole_memo.try_emplace({d, event}, false);
    if (!fresh) return it->second;
    const Document& document = analysis.documents[d];
    size_t sentences_with = 0;
    bool marked = false;
    std::string noun_seen;
    for (uint32_t n = 0; n < document.sentences.size() && !marked; ++n) {
      const auto& words = context.words->of(d, document.sentences[n].span);
      bool has = false;
      for (size_t i = 0; i < words.size() && !marked; ++i) {
        auto noun = events_.find(words[i].norm);
        if (noun == events_.end() || noun->second != event) continue;
        std::string singular = words[i].norm;
        if (singular.size() > 1 && singular.back() == 's' &&
            events_.count(singular.substr(0, singular.size() - 1)))
          singular.pop_back();
        if (noun_seen.empty()) noun_seen = singular;
        marked = singular != noun_seen;
        has = true;
        for (size_t k = i >= kRecurrenceDistance ? i - kRecurrenceDistance : 0; k < i; ++k) {
          marked = marked || recurrence_.count(words[k].norm) > 0 ||
                   unheld_.count(words[k].norm) > 0 || final_.count(words[k].norm) > 0;
        }
      }
      sentences_with += has;
    }
    it->second = !marked && sentences_with >= 1 && sentences_with <= kSoleSentences;
    return it->second;
  };
  // Why two mentions of two sentences are about one event; empty when they are not.
  auto same_event = [&](const ToneSentence& x, const ToneSentence& y, const Mention& mx,
                        const Mention& my) -> std::string {
    if (mx.event != my.event || mx.axis != my.axis || mx.side == my.side ||
        mx.qualifier != my.qualifier) {
      return {};
    }
    std::vector<uint32_t> facts;
    std::set_intersection(x.facts.begin(), x.facts.end(), y.facts.begin(), y.facts.end(),
                          std::back_inserter(facts));
    if (!facts.empty()) return "their claims are aligned (" + analysis.facts[facts[0]].label + ")";
    for (const Value* a : x.times) {
      for (const Value* b : y.times) {
        if (!times_may_coincide(*a, *b)) return {};
      }
    }
    std::vector<std::string> shared;
    std::set_intersection(x.entities.begin(), x.entities.end(), y.entities.begin(),
                          y.entities.end(), std::back_inserter(shared));
    if (mx.noun != my.noun) {
      // Two nouns of a class ("encounter", "meeting"): the same participants say it, or
      // each source speaks of only one event of the class ("the march" / "the protest").
      if (shared.size() >= kSharedEntities)
        return "both sentences are about " + entity_names(shared);
      if (sole_of_class(x.source, mx.event) && sole_of_class(y.source, my.event))
        return "each speaks of one " + mx.event + " only (the " + mx.noun + ", the " + my.noun +
               ")";
      return {};
    }
    // The same noun: one event unless both name who took part and share no one.
    if (shared.empty() && !x.entities.empty() && !y.entities.empty()) return {};
    std::string because =
        std::string("both speak of the ") + (mx.qualifier.empty() ? "" : "last ") + mx.noun;
    if (!shared.empty()) because += " and of " + entity_names(shared);
    return because;
  };

  // One finding per pair of sources, event class and axis.
  std::map<std::tuple<uint32_t, uint32_t, std::string, int>, Disagreement> found;
  std::set<std::pair<size_t, size_t>> paired;  // sentence pairs that tell one event
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (size_t j = i + 1; j < sentences.size(); ++j) {
      const ToneSentence& x = sentences[i];
      const ToneSentence& y = sentences[j];
      if (x.source == y.source && (!context.options.within_source || x.sentence == y.sentence)) {
        continue;
      }
      for (const auto& mx : x.mentions) {
        for (const auto& my : y.mentions) {
          std::string because = same_event(x, y, mx, my);
          if (because.empty()) continue;
          paired.insert({i, j});
          Disagreement& d = found[{x.source, y.source, mx.event, mx.axis}];
          std::string noun = mx.noun == my.noun ? mx.noun : mx.event;
          if (!d.first) d = Disagreement{&x, &y, mx.side, {}, {}, {}, {}, because, noun};
          if (noun != d.noun) d.noun = mx.event;
          bool usual = mx.side == d.first_side;
          (usual ? d.words_first : d.other_first).insert(mx.word);
          (usual ? d.words_second : d.other_second).insert(my.word);
        }
      }
    }
  }
  for (auto& [key, d] : found) {
    const auto& [source_x, source_y, event, axis] = key;
    std::string_view calm = axis == 0 ? "calm" : "upbeat";
    std::string_view tense = axis == 0 ? "tense" : "sombre";
    const std::string& id_x = analysis.documents[source_x].id;
    const std::string& id_y = analysis.documents[source_y].id;
    Finding finding;
    finding.level = Level::Divergence;
    finding.type = "tone";
    finding.rule = "divergence.tone";
    finding.summary = id_x + " calls the " + d.noun + " " + listed(d.words_first) + "; " + id_y +
                      " calls it " + listed(d.words_second);
    finding.explanation =
        "Opposite characterisations (" + std::string(d.first_side > 0 ? calm : tense) + " vs " +
        std::string(d.first_side > 0 ? tense : calm) + ") of one " + event + ": " + d.because +
        "." +
        (d.other_first.empty() ? "" : " " + id_x + " also says " + listed(d.other_first) + ".") +
        (d.other_second.empty() ? "" : " " + id_y + " also says " + listed(d.other_second) + ".");
    Evidence first{d.first->claims.front(), {}};
    Evidence second{d.second->claims.front(), {}};
    for (const auto& m : d.first->mentions) {
      if (d.words_first.count(m.word)) first.highlights.push_back(m.span);
    }
    for (const auto& m : d.second->mentions) {
      if (d.words_second.count(m.word)) second.highlights.push_back(m.span);
    }
    finding.evidence = {std::move(first), std::move(second)};
    out.push_back(std::move(finding));
  }
  std::set<std::tuple<uint32_t, uint32_t, int>> told;
  for (const auto& [key, d] : found)
    told.emplace(std::get<0>(key), std::get<1>(key), std::get<3>(key));
  scenes(context, sentences, paired, scene_sentences, told, out);
}

void ToneDetector::scenes(const Context& context, const std::vector<Sentence>& sentences,
                          const std::set<std::pair<size_t, size_t>>& reported,
                          const std::map<std::pair<uint32_t, int>, size_t>& scene_sentences,
                          const std::set<std::tuple<uint32_t, uint32_t, int>>& told,
                          std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  if (sentences.size() < 2) return;
  // Each sentence's side on each axis (0 when it has none, or both: a mixed account), and
  // its gist without its tone words.
  align::Stemmer stemmer;
  align::Lexicon::TopicMemo memo;
  std::vector<std::array<int, 2>> sides(sentences.size(), {0, 0});
  std::vector<SentenceGist> gists(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const ToneSentence& s = sentences[i];
    std::array<bool, 2> calm{false, false}, tense{false, false};
    for (const auto& m : s.scene) (m.side > 0 ? calm : tense)[m.axis] = true;
    for (int axis : {0, 1}) sides[i][axis] = calm[axis] == tense[axis] ? 0 : calm[axis] ? 1 : -1;
    const Document& document = analysis.documents[s.source];
    Span extent = document.sentences[s.sentence].span;
    const auto& words = context.words->of(s.source, extent);
    gists[i] =
        read_gist(context.lexicon, stemmer, memo, document.slice(extent), words, [&](size_t k) {
          return words[k].norm.size() < 2 ||
                 tone_.find(std::string_view(words[k].norm)) != tone_.end();
        });
  }
  std::vector<SentenceGist*> all;
  std::vector<const SentenceGist*> distinct;
  for (auto& gist : gists) all.push_back(&gist), distinct.push_back(&gist);
  settle_names(all, analysis);
  std::vector<GistOf> entries;
  for (size_t i = 0; i < sentences.size(); ++i)
    entries.push_back(GistOf{sentences[i].source, 0, &gists[i]});
  std::vector<AlikePair> pairs = alike_pairs(entries, distinct, kSceneAlike, kSceneShared);
  // The pairs of sole accounts (see scenes() in tone.hpp) that alike_pairs left out.
  auto sole = [&](const ToneSentence& s, int axis) {
    auto it = scene_sentences.find({s.source, axis});
    return it != scene_sentences.end() && it->second == 1;
  };
  std::set<std::pair<size_t, size_t>> listed_pairs;
  for (const AlikePair& pair : pairs) listed_pairs.emplace(pair.first, pair.second);
  // At most one sentence per source and axis is a sole account: only those are paired.
  std::vector<size_t> sole_ones;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const ToneSentence& s = sentences[i];
    if ((s.mood[0] != 0 && sole(s, 0)) || (s.mood[1] != 0 && sole(s, 1))) sole_ones.push_back(i);
  }
  for (size_t p = 0; p < sole_ones.size(); ++p) {
    for (size_t q = p + 1; q < sole_ones.size(); ++q) {
      size_t i = sole_ones[p], j = sole_ones[q];
      const ToneSentence& x = sentences[i];
      const ToneSentence& y = sentences[j];
      if (x.source == y.source || listed_pairs.count({i, j})) continue;
      bool opposed = false;
      for (int axis : {0, 1}) {
        opposed = opposed || (x.mood[axis] != 0 && x.mood[axis] == -y.mood[axis] && sole(x, axis) &&
                              sole(y, axis) && !told.count({x.source, y.source, axis}));
      }
      if (!opposed || names_apart(gists[i], gists[j])) continue;
      std::vector<std::string> shared;
      std::set_intersection(gists[i].keys.begin(), gists[i].keys.end(), gists[j].keys.begin(),
                            gists[j].keys.end(), std::back_inserter(shared));
      // Words of the scene, not names: every account of a story names its people and
      // places ("Zelenskyy", "Trump" in "a warmer encounter" / "a turbulent relationship").
      std::erase_if(shared, [&](const std::string& key) {
        for (const SentenceGist* gist : {&gists[i], &gists[j]}) {
          for (const auto& name : gist->names) {
            if (name.starts_with(key)) return true;
          }
        }
        return false;
      });
      if (shared.size() < kSoleSceneShared) continue;
      pairs.push_back(AlikePair{i, j, 0, shared.size()});
    }
  }
  for (const AlikePair& pair : pairs) {
    size_t i = pair.first, j = pair.second;
    const ToneSentence& x = sentences[i];
    const ToneSentence& y = sentences[j];
    double score = pair.score;
    size_t shared = pair.shared;
    bool only = score == 0;  // a pair of sole accounts
    if (reported.count({i, j})) continue;
    // Times that cannot both hold tell two scenes.
    bool apart = false;
    for (const Value* a : x.times) {
      for (const Value* b : y.times) apart = apart || !times_may_coincide(*a, *b);
    }
    if (apart) continue;
    for (int axis : {0, 1}) {
      if (sides[i][axis] == 0 || sides[i][axis] != -sides[j][axis]) continue;
      if (only && (x.mood[axis] == 0 || x.mood[axis] != -y.mood[axis] || !sole(x, axis) ||
                   !sole(y, axis) || told.count({x.source, y.source, axis})))
        continue;
      std::set<std::string> words_x, words_y;
      Evidence first{x.claims.front(), {}};
      Evidence second{y.claims.front(), {}};
      for (const auto& m : x.scene) {
        if (m.axis == axis) words_x.insert(m.word), first.highlights.push_back(m.span);
      }
      for (const auto& m : y.scene) {
        if (m.axis == axis) words_y.insert(m.word), second.highlights.push_back(m.span);
      }
      std::string_view calm = axis == 0 ? "calm" : "upbeat";
      std::string_view tense = axis == 0 ? "tense" : "sombre";
      bool x_calm = sides[i][axis] > 0;
      Finding finding;
      finding.level = Level::Divergence;
      finding.type = "tone";
      finding.rule = "divergence.tone";
      finding.summary = analysis.documents[x.source].id + " describes the scene as " +
                        listed(words_x) + "; " + analysis.documents[y.source].id + " as " +
                        listed(words_y);
      finding.explanation = "Opposite characterisations (" + std::string(x_calm ? calm : tense) +
                            " vs " + std::string(x_calm ? tense : calm) +
                            (only ? ") in the only sentences of the two sources that describe a "
                                    "scene's mood this way, with " +
                                        std::to_string(shared) + " words in common"
                                  : ") in two sentences that tell one scene in other words (" +
                                        alike_words(shared, score) + ")") +
                            "; no event noun ties them.";
      finding.score = score;
      finding.evidence = {std::move(first), std::move(second)};
      out.push_back(std::move(finding));
    }
  }
}

}  // namespace cc::detect
