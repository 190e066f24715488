#include "detect/negation.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <set>
#include <tuple>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "align/sentence_words.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "detect/likeness.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Content words a phrase needs before its preposition to name a property of its own.
constexpr size_t kPropertyWords = 2;

// Contractions written without their apostrophe ("cant", "didnt") or split from it by a
// detokeniser ("couldn ’ t" reads "couldn", "t").
const std::unordered_set<std::string_view> kBareContractions = {
    "cant",  "dont",  "didnt",  "doesnt", "wont",    "isnt",    "wasnt",   "werent",
    "arent", "hasnt", "havent", "hadnt",  "couldnt", "wouldnt", "shouldnt"};

// True when the object of `claim` is an infinitive in its sentence ("a pledge to delay the
// rollout of X"): an act, not a noun phrase naming a thing or its property.
bool infinitive_object(const Analysis& analysis, const Claim& claim) {
  const std::string& object = claim.detail->object;
  if (object.empty()) return false;
  std::string_view sentence =
      analysis.documents[claim.source].slice(analysis.sentence_extent(claim));
  for (size_t at = sentence.find(object); at != std::string_view::npos;
       at = sentence.find(object, at + 1)) {
    if (at >= 3 && sentence.substr(at - 3, 3) == "to ") return true;
  }
  return false;
}

// True when `x` acts on a property of something that `y` acts on: the words of x's object
// before its first preposition ("an official release date or pricing information", then
// "for the BlackBerry Curve") hold at least two content words, and `y`'s object uses none
// of them. Denying a thing's release date is not denying the thing was announced. An
// infinitive ("a pledge to delay the rollout of X") is an act, not a property.
bool attribute_of_other(const Analysis& analysis, const align::Lexicon& lexicon, const Claim& x,
                        const Claim& y) {
  static const std::unordered_set<std::string> kPrepositions = {"for", "of",   "about", "on",
                                                                "to",  "from", "with",  "over"};
  if (infinitive_object(analysis, x)) return false;
  auto words = text::words(x.detail->object);
  size_t end = 0;
  while (end < words.size() && !kPrepositions.count(words[end].norm)) ++end;
  if (end == 0 || end == words.size()) return false;
  align::Stemmer stemmer;
  auto head = lexicon.content_keys(
      std::string_view(x.detail->object).substr(0, words[end].span.start), stemmer);
  if (head.size() < kPropertyWords) return false;
  auto other = lexicon.content_keys(y.detail->object, stemmer);
  for (const auto& key : head) {
    for (const auto& word : other) {
      if (key == word || align::Lexicon::share(lexicon.groups(key), lexicon.groups(word), true)) {
        return false;
      }
    }
  }
  return true;
}

// True when `denied` has no object and its sentence shares no content word with
// `asserted`'s but the act and the actor: "The insurer refused to pay." (a ransom, named in
// the sentence before) says nothing against "The insurer is paying for two years of credit
// monitoring".
bool bare_denial_of_other(const Analysis& analysis, const align::Lexicon& lexicon,
                          const Claim& denied, const Claim& asserted) {
  if (!denied.detail->object.empty() || asserted.detail->object.empty()) return false;
  align::Stemmer stemmer;
  auto sentence_keys = [&](const Claim& claim) {
    return lexicon.content_keys(
        analysis.documents[claim.source].slice(analysis.sentence_extent(claim)), stemmer);
  };
  auto ignored = lexicon.content_keys(
      std::string(analysis.entity_name(actor_of(denied))) + " " + denied.detail->predicate,
      stemmer);
  std::vector<std::string> mine = sentence_keys(denied);
  std::vector<std::string> theirs = sentence_keys(asserted);
  for (const auto& key : mine) {
    if (std::find(ignored.begin(), ignored.end(), key) != ignored.end()) continue;
    if (std::find(theirs.begin(), theirs.end(), key) != theirs.end()) return false;
  }
  return true;
}

// True when `claim`'s object bounds a figure ("a contract longer than eight years", "more
// than 100 jobs", "fewer than ten people"): a denial of it denies only what lies beyond the
// bound ("no team has offered a contract longer than eight years" does not deny "offered
// Teixeira a seven-year deal"), and this detector does not compare figures.
bool bounded_figure(const align::Lexicon& lexicon, const Claim& claim) {
  auto words = text::words(claim.detail->object);
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i].norm != "than") continue;
    const std::string& before = words[i - 1].norm;
    bool comparative = before == "more" || before == "less" || before == "fewer" ||
                       (before.size() > 3 && before.ends_with("er"));
    const std::string& after = words[i + 1].norm;
    bool figure = !after.empty() && ((after.front() >= '0' && after.front() <= '9') ||
                                     after.front() == '$' || lexicon.number_word(after));
    if (comparative && figure) return true;
  }
  return false;
}

}  // namespace

namespace {

// Whether the claim's own words hold "not", "never" or a contracted "n't".
bool says_not(const Analysis& analysis, const Claim& claim) {
  std::string_view words = analysis.documents[claim.source].slice(claim.span);
  for (const auto& word : text::words(words)) {
    const std::string& w = word.norm;
    if (w == "not" || w == "never" || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0))
      return true;
  }
  return false;
}

// True when the sentence excepts something from a denial ("apart from fire engines,
// nothing moved", "no one except the driver", "other than", "aside from", "besides").
bool excepts(const std::vector<text::Word>& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i].norm;
    const std::string& next = words[i + 1].norm;
    if (w == "except" || w == "besides" || w == "excepting" ||
        ((w == "apart" || w == "aside") && next == "from") || (w == "other" && next == "than"))
      return true;
  }
  return false;
}

// Whether the claim's denial excepts someone: "Nobody else can move both", "no other
// firm offers it", "Apart from two ambulances, no vehicle crossed" deny it of everyone but
// the one the other source names.
bool excepting_denial(const Analysis& analysis, const Claim& claim) {
  if (excepts(text::words(analysis.documents[claim.source].slice(analysis.sentence_extent(claim)))))
    return true;
  auto words = text::words(analysis.documents[claim.source].slice(claim.span));
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i].norm;
    const std::string& next = words[i + 1].norm;
    if ((w == "nobody" || w == "noone" || w == "nothing") && next == "else") return true;
    if (w == "no" &&
        (next == "other" || (next == "one" && i + 2 < words.size() && words[i + 2].norm == "else")))
      return true;
  }
  return false;
}

}  // namespace

NegationDetector::NegationDetector(const rules::RuleSet& rules)
    : occurrence_(rules),
      negations_(word_list(rules, "common/negations")),
      implicit_(word_list(rules, "detect/implicit_negations")) {
  for (const auto& word : negations_) cues_.emplace(word, Cue::Negation);
  for (std::string_view word : kBareContractions) cues_.emplace(std::string(word), Cue::Negation);
  for (const auto& word : implicit_) cues_.emplace(word, Cue::Implicit);
  for (const auto& [word, cue] : cues_) {
    longest_cue_ = std::max(longest_cue_, word.size());
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') cue_starts_ |= 1u << (word[0] - 'a');
  }
  if (const auto* table = rules.table("quotes/cue_verbs")) {
    for (const auto& row : table->rows()) {
      if (!row.empty()) speech_forms_.insert(text::fold(row[0]));
    }
  }
}

namespace {

// True when the claim denies its predicate of everyone: the patient is the denial itself
// ("no one was detained", "Neither man has been charged", "nobody was hurt").
bool universal_denial(const Claim& claim) {
  if (claim.kind != ClaimKind::Event || claim.polarity != Polarity::Negated ||
      !claim.detail->subject.empty())
    return false;
  std::string cue = text::fold(claim.detail->polarity_cue);
  std::string object = text::fold(claim.detail->object);
  if (cue.empty() || !(object == cue || object.starts_with(cue + " "))) return false;
  return cue == "no one" || cue == "nobody" || cue == "none" || cue == "neither" || cue == "no";
}

}  // namespace

void NegationDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  std::set<std::array<uint32_t, 4>> reported;
  // Besides the aligned pairs: a universal denial and another source's claim of the same
  // predicate with no agent either ("no one was detained" / "several protesters had been
  // detained"), which alignment cannot pair (their patients share no word).
  // A denial with a noun ("no staff were hurt", "Neither suspect has been charged") denies
  // it of those only: the other claim must name them too ("Both suspects"), not others
  // ("four police officers were hurt").
  align::Stemmer stemmer;
  auto keys_of = [&](std::string_view words, bool skip_cue) {
    std::set<std::string> keys;
    auto list = text::words(words);
    for (size_t i = skip_cue ? 1 : 0; i < list.size(); ++i) {
      if (list[i].norm == "one" || context.lexicon.stopword(list[i].norm)) continue;
      std::string key = context.lexicon.key(list[i].norm, stemmer);
      if (!key.empty()) keys.insert(std::move(key));
    }
    return keys;
  };
  std::vector<Link> links = analysis.links;
  for (const Claim& denied : analysis.claims) {
    if (!universal_denial(denied)) continue;
    std::string predicate = predicate_of(denied);
    if (predicate.empty()) continue;
    std::set<std::string> denied_of = keys_of(denied.detail->object, true);
    for (const Claim& other : analysis.claims) {
      if (other.source == denied.source || other.kind != ClaimKind::Event ||
          other.polarity != Polarity::Affirmed || !other.detail->subject.empty() ||
          predicate_of(other) != predicate || other.detail->object.empty())
        continue;
      if (!denied_of.empty()) {
        std::set<std::string> named = keys_of(other.detail->object, false);
        if (std::none_of(denied_of.begin(), denied_of.end(),
                         [&](const std::string& key) { return named.count(key) > 0; }))
          continue;
      }
      Link link;
      link.first = std::min(denied.index, other.index);
      link.second = std::max(denied.index, other.index);
      link.reason = "one source denies '" + predicate + "' of anyone, the other states it";
      links.push_back(std::move(link));
    }
  }
  for (const Link& link : links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (!comparable(context, a, b) || a.polarity == b.polarity) continue;
    // Quote wording is the quote detector's; figures are the numeric detector's.
    if (a.kind == ClaimKind::Quantity || b.kind == ClaimKind::Quantity) continue;
    // Two events inside direct quotes are the quote detector's too: it reports the words
    // that changed ("does not cut" / "cuts"), once.
    if (occurrence_.inside_quote(analysis, a) && occurrence_.inside_quote(analysis, b)) continue;
    std::string predicate = predicate_of(a);
    if (predicate.empty() || predicate != predicate_of(b)) continue;
    if (different_actors(a, b) || !times_compatible(a, b)) continue;
    if (occurrence_.embedded(analysis, a) || occurrence_.embedded(analysis, b)) continue;
    if (occurrence_.recurs(analysis, a) || occurrence_.recurs(analysis, b)) continue;
    if (occurrence_.unread_negation(analysis, a) || occurrence_.unread_negation(analysis, b)) {
      continue;
    }
    if (attribute_of_other(analysis, context.lexicon, a, b) ||
        attribute_of_other(analysis, context.lexicon, b, a)) {
      continue;
    }
    const Claim& denied = a.polarity == Polarity::Negated ? a : b;
    const Claim& asserted = a.polarity == Polarity::Negated ? b : a;
    if (bounded_figure(context.lexicon, denied)) continue;
    if (excepting_denial(analysis, denied)) continue;
    if (bare_denial_of_other(analysis, context.lexicon, denied, asserted)) continue;
    // A plan or a possibility does not contradict a denial of what happened ("Ross is not
    // signed" / "he will be signed"), nor does a tentative denial; a quote that raises a
    // matter ("we need to discuss ...") has discussed it.
    // Two plans, one denied ("the council would not try to have the licence revoked" /
    // "would now try to have it revoked"), report one intention both ways.
    // The denial must be the plan's own "not" or "never": "denied an offer to plead guilty"
    // turns the offer down, it does not plan not to plead.
    bool plans = denied.modality == Modality::Planned && asserted.modality == Modality::Planned &&
                 says_not(analysis, denied);
    if (tentative(denied) && !plans) continue;
    if (tentative(asserted) && !plans && !occurrence_.said_in_quote(analysis, asserted)) continue;
    std::string topic = text::truncate(denied.detail->object, 60);
    std::string summary =
        "Sources disagree on '" +
        (named_actor(denied) ? std::string(analysis.entity_name(actor_of(denied))) + " " : "") +
        predicate + (topic.empty() ? "" : " " + topic) + "': denied in " +
        analysis.documents[denied.source].id + ", stated in " +
        analysis.documents[asserted.source].id;
    std::string hedge = asserted.detail->modality_cue.empty()
                            ? std::string(to_string(asserted.modality))
                            : "“" + asserted.detail->modality_cue + "”";
    std::string explanation =
        who(analysis, denied) + " denies it" +
        (denied.detail->polarity_cue.empty() ? "" : " (“" + denied.detail->polarity_cue + "”)") +
        ": " + gist(analysis, denied) + "; " + who(analysis, asserted) +
        (tentative(asserted) ? " raises it in a quote (" + hedge + ")" : " states it") + ": " +
        gist(analysis, asserted) + ".";
    Finding finding = pair_finding(link, a, b, Level::Contradiction, "negation",
                                   "contradiction.negation", summary, explanation);
    highlight(analysis, finding.evidence[&denied == &a ? 0 : 1], denied.detail->polarity_cue);
    out.push_back(std::move(finding));
    reported.insert({a.source, a.sentence, b.source, b.sentence});
    reported.insert({b.source, b.sentence, a.source, a.sentence});
  }
  told_alike(context, reported, out);
}

namespace {

// Words after a negation that say what it excepts or bounds, not what it denies ("nobody
// else", "no other", "not only", "no longer", "no matter").
// Nor a hedge ("not likely", "not clear"): the denial is of the certainty.
const std::unordered_set<std::string_view> kNotDenied = {
    "else",  "other",       "only",   "longer", "matter", "doubt",  "less",    "more",
    "least", "one",         "just",   "likely", "clear",  "sure",   "certain", "necessarily",
    "known", "immediately", "always", "all",    "much",   "enough", "whether", "what",
    "how",   "when",        "why",    "who",    "where"};
// Words after the denied one that make the denial a time's bound ("will not be restored
// until 31 December" tells when it will be).
// "had not been serviced since 2019" tells when it last was.
const std::unordered_set<std::string_view> kUntil = {"until", "till", "before", "since"};
// Pronouns that deny the verb before them ("put nothing back", "found none").
const std::unordered_set<std::string_view> kNegativeObjects = {"nothing", "none", "nobody",
                                                               "noone"};
// Letters of a key's start that a word must share to be looked up.
constexpr size_t kPrefix = 3;
// How far after a negation (in words) its denied word may stand, and how far before it
// a word it also denies ("whose ages were not given", "put nothing back").
constexpr size_t kDeniedReach = 5;
constexpr size_t kDeniedBefore = 3;
// Two sentences tell the same thing when this weighted share of their content words (Dice,
// detect/likeness.hpp) and at least this many of them are alike.
constexpr double kDenialAlike = 0.4;
constexpr size_t kDenialShared = 3;

// A word a negation denies: its index, and whether the negation is a determiner ("no
// flood alert had been sent"), which denies the rest of the clause with it.
struct Denial {
  size_t word = 0;
  bool determiner = false;
  std::string bound;  // "until", "before" after the denied word: denied only until then
};

// Words that set what follows against others ("Unlike stars X and Y, Ross is not signed").
const std::unordered_set<std::string_view> kSetAgainst = {"unlike", "while", "whereas"};
// Prepositions that end a denied verb's object's head ("the names or ages | of the victims").
const std::unordered_set<std::string_view> kPrepositions = {"for", "of",   "about", "on",
                                                            "to",  "from", "with",  "over"};

// Verbs of being somewhere, before "away" ("was away from", "stayed away from").
const std::unordered_set<std::string_view> kStaying = {
    "is",   "are",   "was",    "were",    "be",     "been",    "being",
    "stay", "stays", "stayed", "staying", "remain", "remains", "remained"};

// Auxiliaries that repeat the clause before them after ", as" ("as are", "as was").
const std::unordered_set<std::string_view> kCarried = {"is",   "are", "was",  "were", "do",
                                                       "does", "did", "will", "has",  "have"};

// Negations that are determiners.
const std::unordered_set<std::string_view> kDeterminers = {"no", "neither", "none", "without"};

// A sentence of a story, its words and claims, as the second route reads it.
struct Said {
  uint32_t source = 0, sentence = 0;
  const std::vector<text::Word>* words = nullptr;
  std::vector<std::string> keys;  // topic key of each word (empty for function words)
  std::vector<bool> negated;      // each word stands within reach after a negation
  std::vector<Denial> denied;     // the words a negation denies
  std::vector<uint32_t> claims;   // its claims
  SentenceGist gist;
};

}  // namespace

NegationDetector::Cue NegationDetector::cue_of(std::string_view word) const {
  if (word.ends_with("n't")) return Cue::Negation;
  // Most words start with a letter no cue starts with, or are longer than any cue.
  if (word.size() > longest_cue_ || word[0] < 'a' || word[0] > 'z' ||
      !(cue_starts_ & (1u << (word[0] - 'a'))))
    return Cue::None;
  auto it = cues_.find(word);
  return it == cues_.end() ? Cue::None : it->second;
}

bool NegationDetector::has_cue(std::string_view text) const {
  bool after_n = false;  // "couldn ’ t", split by a detokeniser
  return text::any_folded_word(
      text,
      [&](std::string_view word) {
        bool hit = cue_of(word) != Cue::None || (word == "t" && after_n);
        after_n = word.ends_with('n') || (word == "'" && after_n);
        return hit;
      },
      true);
}

uint32_t NegationDetector::start_of(std::string_view word) {
  uint32_t code = 0;
  for (size_t i = 0; i < kPrefix && i < word.size(); ++i)
    code = code << 8 | static_cast<unsigned char>(word[i]);
  return code;
}

bool NegationDetector::has_start(std::string_view text,
                                 const std::unordered_set<uint32_t>& starts) const {
  return text::any_folded_word(
      text,
      [&](std::string_view word) {
        return word.size() >= kPrefix && starts.count(start_of(word)) > 0;
      },
      true);
}

void NegationDetector::told_alike(const Context& context,
                                  const std::set<std::array<uint32_t, 4>>& reported,
                                  std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  if (analysis.documents.size() < 2 || !context.words) return;
  align::Stemmer stemmer;
  align::Lexicon::TopicMemo memo;
  // Every sentence that holds claims, read once.
  std::vector<Said> said;
  for (const Claim& claim : analysis.claims) {
    if (!said.empty() && said.back().source == claim.source &&
        said.back().sentence == claim.sentence) {
      said.back().claims.push_back(claim.index);
      continue;
    }
    const Document& document = analysis.documents[claim.source];
    if (claim.sentence >= document.sentences.size()) continue;
    Said s;
    s.source = claim.source;
    s.sentence = claim.sentence;
    s.claims.push_back(claim.index);
    said.push_back(std::move(s));
  }
  auto text_of = [&](const Said& s) {
    return analysis.documents[s.source].slice(
        analysis.documents[s.source].sentences[s.sentence].span);
  };
  auto split = [&](Said& s) {
    s.words = &context.words->of(s.source, analysis.documents[s.source].sentences[s.sentence].span);
    s.keys.assign(s.words->size(), {});
    s.negated.assign(s.words->size(), false);
    // "giant lizards rather than dinosaurs", "by ferry instead of by air": what follows is
    // set aside as a negation would set it, to the end of its clause; naming it there
    // states nothing of it.
    const auto& words = *s.words;
    std::string_view text = text_of(s);
    for (size_t i = 0; i + 2 < words.size(); ++i) {
      if (!((words[i].norm == "rather" && words[i + 1].norm == "than") ||
            (words[i].norm == "instead" && words[i + 1].norm == "of")))
        continue;
      for (size_t k = i + 2; k < words.size(); ++k) {
        std::string_view gap =
            text.substr(words[k - 1].span.end, words[k].span.start - words[k - 1].span.end);
        if (gap.find_first_of(",;:") != std::string_view::npos || words[k].norm == "but") break;
        s.negated[k] = true;
      }
    }
  };
  // Each sentence's negations, what they deny and where they reach; the denied words' keys.
  std::unordered_set<std::string> denied_keys;
  // The first letters of the keys looked for: a word whose first letters are none of
  // them is not looked up (stemming every word of every sentence would cost a tenth of
  // a run).
  std::unordered_set<uint32_t> wanted;
  for (Said& s : said) {
    std::string_view text = text_of(s);
    // Most sentences deny nothing: a scan of their bytes tells, without splitting them.
    if (!has_cue(text)) continue;
    split(s);
    const auto& words = *s.words;
    // Inside a direct quote: its wording is the quote detector's to compare.
    std::vector<bool> quoted(words.size(), false);
    bool open = false;
    size_t at = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      for (; at < words[i].span.start; ++at) {
        if (text[at] == '"' || text.substr(at, 3) == "\u201c" || text.substr(at, 3) == "\u201d" ||
            (text[at] == '`' && at + 1 < text.size() && text[at + 1] == '`'))
          open = !open, at += text[at] == '"' ? 0 : (text[at] == '`' ? 1 : 2);
      }
      quoted[i] = open;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i].norm;
      Cue cue = cue_of(w);
      bool negation = cue == Cue::Negation || (w.size() > 2 && w.back() == 'n' &&
                                               i + 1 < words.size() && words[i + 1].norm == "t");
      bool implicit = cue == Cue::Implicit;
      // "was away from the building" is not being in it; "ran away from" denies nothing.
      if (implicit && w == "away" && !(i > 0 && kStaying.count(words[i - 1].norm))) continue;
      if (!negation && !implicit) continue;
      if (i + 1 < words.size() && words[i + 1].norm == "t") ++i;
      // A word just before a negation in its clause is denied by it too ("whose ages
      // were not given", "put nothing back").
      for (size_t k = i >= kDeniedBefore ? i - kDeniedBefore : 0; k < i && negation; ++k) {
        std::string_view gap =
            text.substr(words[k].span.end, words[i].span.start - words[k].span.end);
        if (gap.find_first_of(",;:") == std::string_view::npos) s.negated[k] = true;
      }
      // It reaches to the end of its clause ("do not allow vessels ... to sail"): not
      // across a comma, a semicolon or a "but".
      for (size_t k = i + 1; k < words.size(); ++k) {
        std::string_view gap =
            text.substr(words[k - 1].span.end, words[k].span.start - words[k - 1].span.end);
        // A comma between digits ("1,000") is no clause break.
        bool figure = gap == "," && std::isdigit(static_cast<unsigned char>(words[k].norm[0])) &&
                      std::isdigit(static_cast<unsigned char>(words[k - 1].norm.back()));
        // "are excluded, as are youth hostels" carries the denial on.
        bool as_well = gap == ", " && words[k].norm == "as" && k + 1 < words.size() &&
                       kCarried.count(words[k + 1].norm);
        if ((!figure && !as_well && gap.find_first_of(",;:") != std::string_view::npos) ||
            words[k].norm == "but")
          break;
        s.negated[k] = true;
      }
      // "pleaded not guilty" is a plea, not a denial that it was found; "Unlike stars X
      // and Y, Ross is not signed", "While Ross wasn't signed, ..." set one against others
      // (a contrast before the negation): the others are what an alike sentence states.
      if (i > 0 && words[i - 1].norm.starts_with("plead")) continue;
      // "apart from fire engines, nothing moved" excepts what an alike sentence states.
      if (excepts(words)) continue;
      // "neither the towers nor the cloister was damaged" denies the verb of both, not the
      // first of them: an alike sentence's "the towers ... were not damaged" agrees.
      if (w == "neither" &&
          std::any_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end(),
                      [](const text::Word& word) { return word.norm == "nor"; }))
        continue;
      if (std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i),
                      [](const text::Word& word) { return kSetAgainst.count(word.norm) > 0; }))
        continue;
      for (size_t k = i + 1; k < words.size() && k <= i + kDeniedReach && !implicit; ++k) {
        if (!s.negated[k]) break;
        const std::string& next = words[k].norm;
        if (kNotDenied.count(next) || next == "as") break;  // "none as deadly"
        if (context.lexicon.stopword(next) || next == "yet" || next == "still" || next == "ever" ||
            next == "even" || next == "been" || next == "any")
          continue;
        // Not a name ("was not Deep Throat"), a verb of saying ("would not say what"), a
        // quote's word, nor a bound ("not be released until charges are laid").
        char initial = text[words[k].span.start];
        auto form = speech_forms_.find(next);
        // (A bound the other sentence gives too does not explain the difference: "would not
        // need to borrow before the stadium opens" / "would need to borrow before it opens".)
        std::string bound;
        for (size_t n = k + 1; n < words.size() && n <= k + kDeniedReach && bound.empty(); ++n)
          if (kUntil.count(words[n].norm)) bound = words[n].norm;
        if (!(initial >= 'A' && initial <= 'Z') && form == speech_forms_.end() && !quoted[k])
          s.denied.push_back(Denial{k, kDeterminers.count(w) > 0, bound});
        break;
      }
    }
    for (const Denial& denial : s.denied) {
      size_t k = denial.word;
      s.keys[k] = context.lexicon.topic_key(words[k].norm, stemmer, memo);
      denied_keys.insert(s.keys[k]);
      // The rest of its clause, for a determiner's denial (below).
      for (size_t n = k + 1; n < words.size() && s.negated[n]; ++n) {
        if (!context.lexicon.stopword(words[n].norm))
          s.keys[n] = context.lexicon.topic_key(words[n].norm, stemmer, memo);
      }
    }
  }
  if (denied_keys.empty()) return;
  for (const auto& key : denied_keys) {
    wanted.insert(start_of(key));
    // "did not find" / "had found": the irregular forms' first letters too.
    if (const auto* forms = context.lexicon.irregular_forms(key)) {
      for (const auto& form : *forms) wanted.insert(start_of(form));
    }
  }
  // The sentences that deny something or use a denied word: only they are compared.
  std::vector<size_t> kept;
  for (size_t n = 0; n < said.size(); ++n) {
    Said& s = said[n];
    bool uses = !s.denied.empty();
    if (!s.words) {
      if (!has_start(text_of(s), wanted)) continue;
      split(s);
    }
    const auto& words = *s.words;
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k].norm;
      if (!s.keys[k].empty() || w.size() < kPrefix || !wanted.count(start_of(w)) ||
          context.lexicon.stopword(w))
        continue;
      s.keys[k] = context.lexicon.topic_key(w, stemmer, memo);
      uses = uses || denied_keys.count(s.keys[k]) > 0;
    }
    if (!uses) continue;
    kept.push_back(n);
    // Every content word's key, for a determiner's denial (the rest of its clause).
    for (size_t k = 0; k < words.size(); ++k) {
      if (s.keys[k].empty() && !context.lexicon.stopword(words[k].norm))
        s.keys[k] = context.lexicon.topic_key(words[k].norm, stemmer, memo);
    }
  }
  std::vector<SentenceGist*> gists;
  std::vector<const SentenceGist*> distinct;
  std::vector<GistOf> entries;
  for (size_t n : kept) {
    Said& s = said[n];
    const auto& words = *s.words;
    std::string_view text = text_of(s);
    s.gist = read_gist(context.lexicon, stemmer, memo, text, words, [&](size_t k) {
      const std::string& w = words[k].norm;
      return w.size() < 2 || negations_.count(w) > 0 || w.ends_with("n't");
    });
    gists.push_back(&s.gist);
    distinct.push_back(&s.gist);
    entries.push_back(GistOf{s.source, 0, &s.gist});
  }
  settle_names(gists, analysis);
  for (const AlikePair& pair : alike_pairs(entries, distinct, kDenialAlike, kDenialShared)) {
    // One denies a word the other states: the word's key, not after a negation there.
    // Neither sentence both denies and states it ("didn't hear a gunshot but heard
    // noise"), and the other denies it nowhere (both deny it: they agree).
    auto states = [&](const Said& denier, const Said& other) -> std::pair<size_t, size_t> {
      for (const Denial& denial : denier.denied) {
        size_t d = denial.word;
        const std::string& key = denier.keys[d];
        // An infinitive states no act: "was scheduled to face Povetkin", "agreed to pay".
        auto stated = [&](const Said& s) {
          for (size_t k = 0; k < s.keys.size(); ++k) {
            if (!s.negated[k] && s.keys[k] == key && (k == 0 || (*s.words)[k - 1].norm != "to"))
              return k;
          }
          return SIZE_MAX;
        };
        auto denies = [&](const Said& s) {
          for (size_t k = 0; k < s.keys.size(); ++k) {
            if (s.negated[k] && s.keys[k] == key) return true;
          }
          return false;
        };
        size_t k = stated(other);
        if (k == SIZE_MAX || stated(denier) != SIZE_MAX || denies(other)) continue;
        // ("not vetoed a merger since 2019" is "the first veto since 2019": "since" is
        // always a bound.)
        if (!denial.bound.empty() &&
            (denial.bound == "since" ||
             std::none_of(other.words->begin(), other.words->end(),
                          [&](const text::Word& w) { return w.norm == denial.bound; })))
          continue;
        // "no faction openly claimed the ambush" / "the faction was held ...": a
        // determiner denies its noun with what the clause says of it, so another word of
        // the clause must be stated there too ("no flood alert had been sent" / "had sent a
        // flood alert").
        if (denial.determiner) {
          bool more = false;
          for (size_t n = d + 1; n < denier.keys.size() && denier.negated[n] && !more; ++n) {
            const std::string& other_key = denier.keys[n];
            if (other_key.empty() || other_key == key) continue;
            for (size_t m = 0; m < other.keys.size() && !more; ++m)
              more = !other.negated[m] && other.keys[m] == other_key;
          }
          if (!more) continue;
        }
        // "has not disclosed the names or ages of the crash victims" / "disclosed the crash
        // victims": the words between the denied one and its first preposition name a
        // property (two content words or more) the other sentence does not use.
        size_t property = 0;
        bool used = false;
        const auto& dwords = *denier.words;
        for (size_t n = d + 1; n < dwords.size() && denier.negated[n]; ++n) {
          if (kPrepositions.count(dwords[n].norm)) break;
          if (denier.keys[n].empty()) continue;
          ++property;
          used = used || std::find(other.keys.begin(), other.keys.end(), denier.keys[n]) !=
                             other.keys.end();
        }
        if (property >= 2 && !used) continue;
        return {d, k};
      }
      return {SIZE_MAX, SIZE_MAX};
    };
    const Said* x = &said[kept[pair.first]];
    const Said* y = &said[kept[pair.second]];
    auto [d, k] = states(*x, *y);
    if (d == SIZE_MAX) {
      std::swap(x, y);
      std::tie(d, k) = states(*x, *y);
      if (d == SIZE_MAX) continue;
    }
    if (reported.count({x->source, x->sentence, y->source, y->sentence})) continue;
    const Claim& denied = analysis.claims[x->claims.front()];
    const Claim& stated = analysis.claims[y->claims.front()];
    if (!comparable(context, denied, stated)) continue;
    // Told at times that cannot both hold ("did not open on Sunday" / "opened on Monday"),
    // or with a hedge ("may not discuss"), or a plan against an account: not one statement.
    // The modality is that of the claims holding the two words.
    auto claims_of = [&](const Said& s, auto&& test) {
      return std::any_of(s.claims.begin(), s.claims.end(),
                         [&](uint32_t c) { return test(analysis.claims[c]); });
    };
    // The times are those of the claims holding the two words, when there are such: a
    // time of another clause ("its second tram line, due to open in mid-2026") is
    // not when the denial holds.
    auto holds = [&](const Said& s, size_t word, const Claim& c) {
      uint32_t start = analysis.documents[s.source].sentences[s.sentence].span.start +
                       (*s.words)[word].span.start;
      return c.span.start <= start && start < c.span.end;
    };
    // (Copies of the two words' indices: a lambda may not capture a structured binding
    // before C++20, and clang 14 does not allow it yet.)
    const size_t denied_word = d, stated_word = k;
    bool held = claims_of(*x, [&](const Claim& c) { return holds(*x, denied_word, c); }) &&
                claims_of(*y, [&](const Claim& c) { return holds(*y, stated_word, c); });
    bool times_apart = claims_of(*x, [&](const Claim& a) {
      return (!held || holds(*x, denied_word, a)) && claims_of(*y, [&](const Claim& b) {
               return (!held || holds(*y, stated_word, b)) && !times_compatible(a, b);
             });
    });
    if (times_apart) continue;
    auto holding = [&](const Said& s, size_t word, Modality modality) {
      return claims_of(s, [&](const Claim& c) {
        return holds(s, word, c) && c.modality == modality && c.kind != ClaimKind::ReportedSpeech;
      });
    };
    if (holding(*x, d, Modality::Hedged) || holding(*y, k, Modality::Hedged) ||
        holding(*x, d, Modality::Planned) != holding(*y, k, Modality::Planned))
      continue;
    const auto& denier_words = *x->words;
    const auto& other_words = *y->words;
    uint32_t denier_start = analysis.documents[x->source].sentences[x->sentence].span.start;
    uint32_t other_start = analysis.documents[y->source].sentences[y->sentence].span.start;
    std::string word = denier_words[d].norm;
    Finding finding;
    finding.level = Level::Divergence;
    finding.type = "negation";
    finding.rule = "divergence.negation";
    finding.summary = "Sources disagree on '" + word + "': denied in " +
                      analysis.documents[x->source].id + ", stated in " +
                      analysis.documents[y->source].id;
    finding.explanation = analysis.documents[x->source].id + " denies “" + word + "”; " +
                          analysis.documents[y->source].id + " states “" + other_words[k].norm +
                          "” in a sentence that tells the same thing in other words (" +
                          alike_words(pair.shared, pair.score) +
                          "). No claims of theirs were aligned, so it is a divergence to check.";
    finding.score = pair.score;
    finding.evidence = {Evidence{denied.index, {}}, Evidence{stated.index, {}}};
    finding.evidence[0].highlights.push_back(
        Span{denier_start + denier_words[d].span.start, denier_start + denier_words[d].span.end});
    finding.evidence[1].highlights.push_back(
        Span{other_start + other_words[k].span.start, other_start + other_words[k].span.end});
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
