// A small hand-made run for the review unit tests: two sources quoting one speaker
// differently, with markup and control characters in the source text.
#pragma once

#include <string>

#include "core/model.hpp"
#include "file_fixture.hpp"

namespace cc::testing {

inline Document document(std::string id, std::string path, std::string text) {
  Document out;
  out.id = std::move(id);
  out.path = std::move(path);
  out.title = "Title of " + out.path;
  out.outlet = "Outlet " + out.id;
  out.text = std::move(text);
  out.origin.add({0, 1, 1});
  out.sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(out.text.size())}, 0});
  return out;
}

inline Claim quote(uint32_t index, uint32_t source, const Document& document,
                   const std::string& words) {
  Claim out;
  out.index = index;
  out.source = source;
  out.kind = ClaimKind::Quote;
  out.detail->speaker = "ada lovelace";
  out.detail->speaker_text = "Lovelace";
  out.detail->object = words;
  auto start = static_cast<uint32_t>(document.text.find(words));
  out.span = Span{start, start + static_cast<uint32_t>(words.size())};
  return out;
}

// Two sources; finding 0 compares their quotes. `second_word` is the word the second source
// uses where the first says "<script>alert(1)</script>".
inline Analysis two_sources(const std::string& second_word = "maybe") {
  Analysis analysis;
  std::string first_quote = "We will <script>alert(1)</script> win";
  std::string second_quote = "We will " + second_word + " win";
  analysis.documents.push_back(document(
      "s1", "story/a.txt", "Lovelace said: \xe2\x80\x9c" + first_quote + ".\xe2\x80\x9d\x1b[2J"));
  analysis.documents.push_back(document(
      "s2", "story/b.txt", "\xe2\x80\x9c" + second_quote + ",\xe2\x80\x9d Lovelace said."));
  analysis.claims.push_back(quote(0, 0, analysis.documents[0], first_quote));
  analysis.claims.push_back(quote(1, 1, analysis.documents[1], second_quote));
  analysis.entities.push_back(Entity{"ada lovelace", "Ada Lovelace", EntityType::Person, {}});
  Finding finding;
  finding.id = "0123456789abcdef";
  finding.level = Level::Divergence;
  finding.type = "quote";
  finding.rule = "divergence.quote";
  finding.summary = "Quote by <b>Ada Lovelace</b> worded differently";
  finding.explanation = "s1 and s2 quote Ada Lovelace & differ";
  const Claim& a = analysis.claims[0];
  Evidence first{0, {Span{a.span.start + 8, a.span.start + 33}}};
  Evidence second{1, {}};
  finding.evidence = {first, second};
  finding.diff = {{DiffToken::Op::Equal, "We"},
                  {DiffToken::Op::Equal, "will"},
                  {DiffToken::Op::Delete, "<script>alert(1)</script>"},
                  {DiffToken::Op::Insert, second_word},
                  {DiffToken::Op::Equal, "win"}};
  analysis.findings.push_back(finding);
  Finding other = finding;
  other.id = "fedcba9876543210";
  other.level = Level::Contradiction;
  other.type = "negation";
  other.rule = "contradiction.negation";
  other.summary = "Sources disagree";
  other.diff.clear();
  analysis.findings.push_back(other);
  return analysis;
}

}  // namespace cc::testing
