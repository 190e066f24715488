#include "extract/extract.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"

#include "core/error.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {
const rules::Pack& require_pack(const rules::RuleSet& rules, std::string_view name) {
  const rules::Pack* pack = rules.pack(name);
  if (!pack) throw UsageError("rules: the '" + std::string(name) + "' pack is missing");
  return *pack;
}
}  // namespace

Extractor::Impl::Impl(const rules::RuleSet& rule_set)
    : rules(rule_set),
      quotes(require_pack(rule_set, "quotes")),
      entities(require_pack(rule_set, "entities")),
      cue_verbs(rule_set.require_table("quotes/cue_verbs")),
      participle_cues(rule_set.require_table("quotes/participle_cues")),
      names(rule_set) {}

std::vector<SentenceMatches> Extractor::Impl::match_sentences(const rules::Pack& pack,
                                                              const Document& document) const {
  std::vector<SentenceMatches> out;
  std::vector<rules::Match> matches;
  for (uint32_t i = 0; i < document.sentences.size(); ++i) {
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
    out.push_back(SentenceMatches{i, matches});
  }
  return out;
}

std::string Extractor::Impl::cue_lemma(std::string_view cue) const {
  for (const rules::Table* table : {&cue_verbs, &participle_cues}) {
    const auto* row = table->find(std::string(cue));
    if (row && row->size() > 1) return (*row)[1];
  }
  return std::string(cue);
}

Extractor::Extractor(const rules::RuleSet& rules) : impl_(std::make_unique<Impl>(rules)) {}
Extractor::~Extractor() = default;

DocumentClaims Extractor::run(const Document& document, uint32_t source) const {
  DocumentClaims result;
  result.people = find_people(*impl_, document);
  extract_quotes(*impl_, document, source, result.people, result.claims);
  std::stable_sort(result.claims.begin(), result.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.span.start < b.span.start; });
  std::stable_sort(
      result.people.begin(), result.people.end(),
      [](const PersonMention& a, const PersonMention& b) { return a.offset < b.offset; });
  return result;
}

std::vector<PersonMention> find_people(const Extractor::Impl& impl, const Document& document) {
  std::vector<PersonMention> people;
  for (const auto& sentence : impl.match_sentences(impl.entities, document)) {
    for (const auto& match : sentence.matches) {
      auto name = match.capture("name");
      if (!name) continue;
      std::string phrase(document.slice(match.span));
      normalize::SpeakerPhrase parsed = impl.names.parse(phrase);
      if (parsed.form != normalize::SpeakerPhrase::Form::Name || parsed.name.empty()) continue;
      PersonMention mention;
      mention.offset = name->start;
      mention.name = impl.names.canonical(parsed.name);
      mention.key = impl.names.key(parsed.name);
      mention.title = parsed.title;
      mention.demonym = parsed.demonym;
      mention.surface = parsed.name;
      people.push_back(std::move(mention));
    }
  }
  return people;
}

void add_surname_mentions(const Document& document, std::vector<PersonMention>& people) {
  // Both the canonical and the written surname: "Zelenskyy" and "Zelensky".
  std::map<std::string, PersonMention> by_surname;
  for (const auto& person : people) {
    for (const std::string* name : {&person.name, &person.surface}) {
      auto space = name->find_last_of(' ');
      std::string surname = space == std::string::npos ? *name : name->substr(space + 1);
      if (surname.size() < 3) continue;
      by_surname.emplace(surname,
                         PersonMention{0, person.name, person.key, {}, {}, person.surface});
    }
  }
  std::string_view text = document.text;
  std::vector<PersonMention> found;
  for (const auto& [surname, person] : by_surname) {
    for (size_t at = text.find(surname); at != std::string_view::npos;
         at = text.find(surname, at + 1)) {
      size_t end = at + surname.size();
      bool starts = at == 0 || !text::is_ascii_alnum(text[at - 1]);
      bool ends = end == text.size() || !text::is_ascii_alnum(text[end]);
      if (!starts || !ends) continue;
      PersonMention mention = person;
      mention.offset = static_cast<uint32_t>(at);
      found.push_back(std::move(mention));
    }
  }
  people.insert(people.end(), found.begin(), found.end());
  std::stable_sort(
      people.begin(), people.end(),
      [](const PersonMention& a, const PersonMention& b) { return a.offset < b.offset; });
}

}  // namespace cc::extract
