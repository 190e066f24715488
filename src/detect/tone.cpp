#include "detect/tone.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "align/sentence_words.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// How far (in words) a tone word may stand from the event noun it qualifies.
constexpr size_t kNounDistance = 5;
// How far before the event noun a recurrence word marks another occurrence.
constexpr size_t kRecurrenceDistance = 3;
// Entities two sentences must share to speak of one event when no claim links them.
constexpr size_t kSharedEntities = 2;
// Tone sentences compared per event class: tone words are rare, this bounds the pairs.
constexpr size_t kMaxSentences = 1000;

std::unordered_set<std::string> word_list(const rules::RuleSet& rules, std::string_view name) {
  std::unordered_set<std::string> out;
  if (const auto* table = rules.table(name)) {
    for (const auto& row : table->rows()) out.insert(text::fold(row.front()));
  }
  return out;
}

// True when the text between two words ends a clause.
bool clause_break(std::string_view gap) {
  if (gap.find_first_not_of(' ') == std::string_view::npos) return false;  // most gaps
  for (std::string_view mark : {",", ";", ":", "(", ")", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// A sentence with tone words and the claims made in it.
struct ToneSentence {
  uint32_t source = 0;
  std::vector<uint32_t> claims;  // claims of the sentence, in order
  std::vector<ToneDetector::Mention> mentions;
  std::vector<std::string> entities;  // every entity its claims name, sorted
  std::vector<uint32_t> facts;        // facts its claims belong to, sorted
};

// What two sources said about one event, accumulated over their sentence pairs.
struct Disagreement {
  const ToneSentence* first = nullptr;  // first sentence pair found: the evidence
  const ToneSentence* second = nullptr;
  int first_side = 0;                               // side of the first source's words
  std::set<std::string> words_first, words_second;  // the opposite words of each source
  std::set<std::string> other_first, other_second;  // words each source also used, reversed
  std::string because;                              // why the sentences are about one event
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
      negations_(word_list(rules, "common/negations")) {
  if (const auto* table = rules.table("detect/tone_words")) {
    for (const auto& row : table->rows()) {
      if (row.size() >= 2) tone_.emplace(text::fold(row[0]), row[1] == "calm" ? 1 : -1);
    }
  }
  if (const auto* table = rules.table("detect/event_nouns")) {
    for (const auto& row : table->rows()) {
      if (row.size() >= 2) events_.emplace(text::fold(row[0]), text::fold(row[1]));
    }
  }
}

std::vector<ToneDetector::Mention> ToneDetector::mentions(const Document& document,
                                                          uint32_t sentence) const {
  if (sentence >= document.sentences.size()) return {};
  return mentions(document, sentence,
                  text::words(document.slice(document.sentences[sentence].span)));
}

std::vector<ToneDetector::Mention> ToneDetector::mentions(
    const Document& document, uint32_t sentence, const std::vector<text::Word>& words) const {
  std::vector<Mention> out;
  if (sentence >= document.sentences.size()) return out;
  Span extent = document.sentences[sentence].span;
  std::string_view text = document.slice(extent);
  // Most sentences hold no tone word: nothing more to read in them.
  if (std::none_of(words.begin(), words.end(),
                   [this](const text::Word& word) { return tone_.count(word.norm) > 0; })) {
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
  for (size_t i = 0; i < words.size(); ++i) {
    auto tone = tone_.find(words[i].norm);
    if (tone == tone_.end() || contrasted[i]) continue;
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
    if (best == words.size()) continue;
    bool recurring = false;
    for (size_t k = best >= kRecurrenceDistance ? best - kRecurrenceDistance : 0; k < best; ++k) {
      recurring = recurring || (clause[k] == clause[best] && recurrence_.count(words[k].norm));
    }
    if (recurring) continue;
    out.push_back(
        Mention{Span{extent.start + words[i].span.start, extent.start + words[i].span.end},
                std::string(text.substr(words[i].span.start, words[i].span.size())), tone->second,
                events_.at(words[best].norm)});
  }
  return out;
}

void ToneDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  std::vector<uint32_t> fact_of(analysis.claims.size(), UINT32_MAX);
  for (uint32_t f = 0; f < analysis.facts.size(); ++f) {
    for (uint32_t claim : analysis.facts[f].claims) fact_of[claim] = f;
  }
  // The sentences that hold claims, with their tone words.
  std::vector<ToneSentence> sentences;
  std::pair<uint32_t, uint32_t> checked{UINT32_MAX, UINT32_MAX};  // the last sentence read
  for (const Claim& claim : analysis.claims) {
    bool same = !sentences.empty() && sentences.back().source == claim.source &&
                analysis.claims[sentences.back().claims.front()].sentence == claim.sentence;
    if (!same) {
      // A sentence without tone words is read once, not once per claim in it.
      if (claim.source == checked.first && claim.sentence == checked.second) continue;
      checked = {claim.source, claim.sentence};
      const Document& document = analysis.documents[claim.source];
      if (claim.sentence >= document.sentences.size()) continue;
      auto found =
          mentions(document, claim.sentence,
                   context.words->of(claim.source, document.sentences[claim.sentence].span));
      if (found.empty()) continue;
      sentences.push_back(ToneSentence{claim.source, {}, std::move(found), {}, {}});
    }
    ToneSentence& sentence = sentences.back();
    sentence.claims.push_back(claim.index);
    for (const auto& e : claim.detail->entities) sentence.entities.push_back(e);
    if (!claim.detail->subject.empty()) sentence.entities.push_back(claim.detail->subject);
    if (!claim.detail->speaker.empty()) sentence.entities.push_back(claim.detail->speaker);
    if (fact_of[claim.index] != UINT32_MAX) sentence.facts.push_back(fact_of[claim.index]);
  }
  for (auto& sentence : sentences) {
    std::sort(sentence.entities.begin(), sentence.entities.end());
    sentence.entities.erase(std::unique(sentence.entities.begin(), sentence.entities.end()),
                            sentence.entities.end());
    std::sort(sentence.facts.begin(), sentence.facts.end());
  }
  if (sentences.size() > kMaxSentences) sentences.resize(kMaxSentences);

  // Why two sentences are about one event; empty when they are not.
  auto same_event = [&](const ToneSentence& x, const ToneSentence& y) -> std::string {
    std::vector<uint32_t> facts;
    std::set_intersection(x.facts.begin(), x.facts.end(), y.facts.begin(), y.facts.end(),
                          std::back_inserter(facts));
    if (!facts.empty()) return "their claims are aligned (" + analysis.facts[facts[0]].label + ")";
    std::vector<std::string> shared;
    std::set_intersection(x.entities.begin(), x.entities.end(), y.entities.begin(),
                          y.entities.end(), std::back_inserter(shared));
    if (shared.size() < kSharedEntities) return {};
    for (uint32_t a : x.claims) {
      for (uint32_t b : y.claims) {
        if (!times_compatible(analysis.claims[a], analysis.claims[b])) return {};
      }
    }
    std::string names;
    for (size_t i = 0; i < shared.size() && i < 4; ++i) {
      names += (i ? ", " : "") + std::string(analysis.entity_name(shared[i]));
    }
    return "both sentences are about " + names;
  };

  std::map<std::tuple<uint32_t, uint32_t, std::string>, Disagreement> found;
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (size_t j = i + 1; j < sentences.size(); ++j) {
      const ToneSentence& x = sentences[i];
      const ToneSentence& y = sentences[j];
      const Claim& cx = analysis.claims[x.claims.front()];
      const Claim& cy = analysis.claims[y.claims.front()];
      if (!comparable(context, cx, cy) || (x.source == y.source && cx.sentence == cy.sentence)) {
        continue;
      }
      bool opposite = false;
      for (const auto& mx : x.mentions) {
        for (const auto& my : y.mentions)
          opposite = opposite || (mx.event == my.event && mx.side != my.side);
      }
      if (!opposite) continue;
      std::string because = same_event(x, y);
      if (because.empty()) continue;
      for (const auto& mx : x.mentions) {
        for (const auto& my : y.mentions) {
          if (mx.event != my.event || mx.side == my.side) continue;
          Disagreement& d = found[{x.source, y.source, mx.event}];
          if (!d.first) d = Disagreement{&x, &y, mx.side, {}, {}, {}, {}, because};
          bool usual = mx.side == d.first_side;
          (usual ? d.words_first : d.other_first).insert(mx.word);
          (usual ? d.words_second : d.other_second).insert(my.word);
        }
      }
    }
  }
  for (auto& [key, d] : found) {
    const auto& [source_x, source_y, event] = key;
    const std::string& id_x = analysis.documents[source_x].id;
    const std::string& id_y = analysis.documents[source_y].id;
    Finding finding;
    finding.level = Level::Divergence;
    finding.type = "tone";
    finding.rule = "divergence.tone";
    finding.summary = id_x + " calls the " + event + " " + listed(d.words_first) + "; " + id_y +
                      " calls it " + listed(d.words_second);
    finding.explanation =
        "Opposite characterisations (" + std::string(d.first_side > 0 ? "calm" : "tense") + " vs " +
        (d.first_side > 0 ? "tense" : "calm") + ") of one " + event + ": " + d.because + "." +
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
}

}  // namespace cc::detect
