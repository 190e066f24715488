// Internal to the extract stage: shared state and the individual extractors.
#pragma once

#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "normalize/names.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::extract {

// Rule matches of one pack over one sentence, with spans in document offsets.
struct SentenceMatches {
  uint32_t sentence = 0;
  std::vector<rules::Match> matches;  // spans and captures shifted to document offsets
};

struct Extractor::Impl {
  explicit Impl(const rules::RuleSet& rules);
  const rules::RuleSet& rules;
  const rules::Pack& quotes;
  const rules::Pack& entities;
  const rules::Table& cue_verbs;
  const rules::Table& participle_cues;
  normalize::Names names;

  // Runs `pack` over every sentence of `document` (RE2::Set first, captures only where it
  // hit) and returns the matches in document offsets.
  std::vector<SentenceMatches> match_sentences(const rules::Pack& pack,
                                               const Document& document) const;
  // Lemma of a cue verb as written ("stated" -> "state").
  std::string cue_lemma(std::string_view cue) const;
};

// Person mentions introduced by a title (entities pack).
std::vector<PersonMention> find_people(const Extractor::Impl& impl, const Document& document);

// Adds a mention at every occurrence of the surname of each person already in `people`
// ("Trump's position"), so that pronouns find the person the text last spoke of. Keeps
// `people` sorted by offset.
void add_surname_mentions(const Document& document, std::vector<PersonMention>& people);

// Direct quotes with their speakers. Resolved speakers are added to `people`.
void extract_quotes(const Extractor::Impl& impl, const Document& document, uint32_t source,
                    std::vector<PersonMention>& people, std::vector<Claim>& out);

}  // namespace cc::extract
