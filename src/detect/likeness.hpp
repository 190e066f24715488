// Whether two sentences of two sources tell the same thing in other words: the weighted
// share of their content words, and the names each gives. Used where no aligned claim
// ties two sentences: a time of an event the extractor does not know (temporal), the tone
// of a scene (tone).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "align/lexicon.hpp"
#include "core/model.hpp"
#include "core/text.hpp"

namespace cc::detect {

// What a sentence says, for comparing it with another.
struct SentenceGist {
  std::vector<std::string> keys;     // content keys (Lexicon::content_keys), sorted
  std::vector<std::string> names;    // capitalised words, folded, "'s" dropped, sorted
  std::vector<std::string> opening;  // the first word when capitalised: a name or not
};

// The gist of a sentence from its words (text::words of `sentence`), leaving out the words
// `skip` says (by index) and month and weekday keys.
SentenceGist read_gist(const align::Lexicon& lexicon, align::Stemmer& stemmer,
                       align::Lexicon::TopicMemo& memo, std::string_view sentence,
                       const std::vector<text::Word>& words,
                       const std::function<bool(size_t)>& skip);

// A capitalised first word is a name when another of the sentences writes it capitalised
// inside a sentence ("Williams was pulled over" beside "... Jamal Williams, ..."), or it
// is a word of an entity's name the story knows ("Russia did not attend"): adds it to the
// names.
void settle_names(const std::vector<SentenceGist*>& gists, const Analysis& analysis);

// True when each sentence names someone or something the other does not ("Jamal Williams
// ... was arrested on Sunday" / "Vincent Jackson was arrested on Tuesday"). Two names that
// start with the same five letters are one ("Faroe" / "Faroese", "Iceland" / "Icelandic").
bool names_apart(const SentenceGist& a, const SentenceGist& b);

// "6 words alike, weighted likeness 0.52", for a finding's explanation ("likeness" alone
// when every word weighed one).
std::string alike_words(size_t shared, double score, bool weighted = true);

// A sentence in alike_pairs(): its source, the group it is compared within (a kind of
// time, say; 0 when all are one), and its gist.
struct GistOf {
  uint32_t source = 0;
  int group = 0;
  const SentenceGist* gist = nullptr;
};

// Two entries of alike_pairs()'s list, of two sources, and how alike they are.
struct AlikePair {
  size_t first = 0;  // index into the list; its source is the lower
  size_t second = 0;
  double score = 0;   // likeness
  size_t shared = 0;  // content keys in common
};

// The pairs of entries of two sources and one group that are each other's most alike
// among the other source's entries of the group, with at least `min_shared` keys in
// common, a likeness of `threshold` and no names apart (unless `names_may_differ`: the
// entity-name detector looks for such pairs). In order of the first entry, then the source.
//
// Likeness is the weighted share of two sentences' content keys (Dice), a key weighing
// log(1 + n / df), n the sentences in `sentences` (one gist per distinct sentence) and df
// those holding it: a word every account of a story uses ("pirates", "Gulf of Aden") ties
// two sentences less than a rare one ("urine sample"). With no `sentences`, every key
// weighs one: plain Dice.
std::vector<AlikePair> alike_pairs(const std::vector<GistOf>& entries,
                                   const std::vector<const SentenceGist*>& sentences,
                                   double threshold, size_t min_shared,
                                   bool names_may_differ = false);

}  // namespace cc::detect
