// Extract: the claims each sentence of a segmented document makes.
//
// The Extractor holds everything compiled from the rules and is read-only while it runs,
// so one instance serves every thread (`--jobs`).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace cc::rules {
class RuleSet;
}

namespace cc::extract {

// A named entity in a document: a person (from a title + name, a first name, a speaker
// or a capitalised name no dictionary knows), a place or an organisation.
struct Mention {
  uint32_t offset = 0;  // document byte offset of the mention
  uint32_t end = 0;     // one past its last byte (offset for surname-only mentions found late)
  EntityType type = EntityType::Person;
  std::string name;     // display name with titles stripped ("Friedrich Merz", "Ukraine")
  std::string key;      // entity key ("friedrich merz", "ukraine")
  std::string title;    // lower-cased title ("chancellor"), may be empty
  std::string demonym;  // lower-cased nationality before the title ("german"), may be empty
  std::string surface;  // the name as written, before aliases ("Volodymyr Zelensky")
};

// What extraction found in one document.
struct DocumentClaims {
  std::vector<Claim> claims;      // in text order; Claim::index is assigned later
  std::vector<Mention> mentions;  // every entity mention, in text order
};

class Extractor {
 public:
  // Throws UsageError when a pack or table the extractors need is missing from `rules`.
  explicit Extractor(const rules::RuleSet& rules);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Claims of one segmented document; `source` is the document's index in the run.
  DocumentClaims run(const Document& document, uint32_t source) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cc::extract
