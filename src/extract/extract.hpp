// Extract: the claims each sentence of a segmented document makes.
//
// The Extractor holds everything compiled from the rules and is read-only while it runs,
// so one instance serves every thread (`--jobs`).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace cc::rules {
class RuleSet;
}

namespace cc::extract {

// A person named in a document (from a title + name, or a resolved speaker).
struct PersonMention {
  uint32_t offset = 0;  // document byte offset of the mention
  std::string name;     // display name with titles stripped ("Friedrich Merz")
  std::string key;      // Names::key of the name
  std::string title;    // lower-cased title ("chancellor"), may be empty
  std::string demonym;  // lower-cased nationality before the title ("german"), may be empty
  std::string surface;  // the name as written, before aliases ("Volodymyr Zelensky")
};

// What extraction found in one document.
struct DocumentClaims {
  std::vector<Claim> claims;          // in text order; Claim::index is assigned later
  std::vector<PersonMention> people;  // every person mention, in text order
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
