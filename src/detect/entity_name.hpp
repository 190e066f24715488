// Entity-name detector: the same referent named differently, in a way no known alias
// explains (a garbled institution or title: "Secretary-Normal" for "Secretary-General").
#pragma once

#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "detect/detector.hpp"
#include "normalize/lexicon.hpp"

namespace cc::detect {

// Collects the capitalised names (runs of capitalised words, with connectors such as
// "of" inside) of the sentences that hold claims, and pairs names of two sources that
// differ in one word (two in names of four words or more). A pair is reported when
//   - the differing words never occur capitalised in the other source (so they are not
//     two people or places both sources know), no alias or name-variant row joins them
//     ("Jim" / "James": rules/detect/name_variants.tsv), they are not opposites
//     ("North"/"South"), not one word spelled or inflected two ways ("A.J." / "AJ",
//     "Vendôme" / "Vendome", "Centre" / "Center", "Elections" / "Election") and not a
//     place and a place inside it ("Sicily" / "Italy"), and
//   - the swap is explained: a known title in one name only (rules/common/titles.txt:
//     "Secretary-General" / "Secretary-Normal"), or WordNet synonyms in sentences that
//     share at least two other content words, or — in sentences whose claims the aligner
//     linked (the same statement, so the same referent) — synonyms, a misspelling (at
//     most two letters: "Wolfe" / "Wolff") or two proper names ("Rob" / "Nick Jones");
//     two ordinary words ("Kraft Plant" / "Kraft Foods") name two things; or, in any two
//     sentences, two people's names with the same given name and a surname one edit apart
//     (two in surnames of seven letters or more) with the same first letter ("Andrew
//     Wetzler" / "Andrew Welzler", "Vasilescu" / "Vasilecsu").
// Two proper names swapped make a garble only in a person's name: "INS Mysore" / "INS
// Sukanya" are two ships. A word holding a digit is a model or a number, not a garbled
// word ("BlackBerry Curve" / "BlackBerry Q10"). A swap of words the other sentence never
// uses needs sentences making largely the same statement ("Windows Update" in one
// sentence and "Windows Mail" in another about the same company are two products). A
// weekday or month ends a name ("the Gulf of Aden on Saturday"), and a headline in title
// case holds no names.
// True when two surnames (folded) may be one garbled: a letter or two apart ("Wetzler" /
// "Welzler") or lengthened at the end ("Saar" / "Saarma"). The attribution detector reads
// two such speakers as one person; the entity-name detector reports only the first kind.
bool garbled_surname(std::string_view a, std::string_view b);

class EntityNameDetector final : public Detector {
 public:
  explicit EntityNameDetector(const rules::RuleSet& rules);
  std::string_view type() const override { return "entity-name"; }
  std::string_view summary() const override {
    return "the same referent named differently, not by a known alias";
  }
  void run(const Context& context, std::vector<Finding>& out) const override;

  // A capitalised name in a sentence.
  struct Name {
    uint32_t source = 0;
    uint32_t sentence = 0;
    std::vector<std::string>
        parts;                      // folded words, hyphenated words split ("secretary", "general")
    std::vector<Span> spans;        // document span of each part's whole word
    std::vector<uint32_t> word_of;  // index of the written word each part belongs to
    bool last_word = false;         // the last word of a longer name, taken alone
    bool segment = false;  // words of a longer run between its connectors ("Ana Lima of X")
  };
  // The names of one sentence of a document.
  std::vector<Name> names(const Document& document, uint32_t source, uint32_t sentence,
                          const align::Lexicon& lexicon) const;
  // The same, given the sentence's words (text::words of its span).
  std::vector<Name> names(const Document& document, uint32_t source, uint32_t sentence,
                          const align::Lexicon& lexicon,
                          const std::vector<text::Word>& words) const;

 private:
  // Positions of `name` covered by a known title.
  std::vector<bool> titled(const Name& name) const;
  bool alias(const std::string& a, const std::string& b) const;
  // Sentences of two sources that tell the same thing but for one name each, in one
  // place, neither source naming the other's ("flown to Aarhus University Hospital" /
  // "flown to Odense University Hospital"): a place or an institution swapped
  // (src/detect/entity_swap.cpp). `names` are the story's names (`all` in run()), `person` tells
  // the people's, `capitals` a source's capitalised words, `claims_of` a sentence's claims;
  // sentence pairs in `reported` (source, sentence of each side) already have a finding.
  void swaps(const Context& context, const std::vector<Name>& names,
             const std::function<bool(const Name&)>& person,
             const std::function<const std::unordered_set<std::string_view>&(uint32_t)>& capitals,
             const std::map<std::pair<uint32_t, uint32_t>, std::vector<uint32_t>>& claims_of,
             const std::set<std::array<uint32_t, 4>>& reported, std::vector<Finding>& out) const;
  // True when two differing words are one word spelled or inflected two ways, or a place
  // and a place inside it.
  bool same_word(const std::string& a, const std::string& b, const std::string& key_a,
                 const std::string& key_b) const;

  std::vector<std::vector<std::string>> titles_;  // known titles, as folded parts
  // First part of a title -> the titles (indices into titles_) that start with it.
  std::unordered_map<std::string, std::vector<size_t>> titles_by_first_;
  std::unordered_map<std::string, int> alias_rows_;  // folded variant -> alias row
  std::unordered_set<std::string> connectors_;
  std::unordered_set<std::string> times_;     // weekday and month names (folded): not name parts
  std::unordered_set<std::string> demonyms_;  // "somali", "israeli" (entities/demonyms)
  std::unordered_set<std::string> roles_;     // role nouns and one-word titles ("judge")
  normalize::Lexicon words_;                  // ordinary words and places
};

}  // namespace cc::detect
