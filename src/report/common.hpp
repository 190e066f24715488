// Internal to the report stage: what every writer derives from an Analysis the same way
// (locations, labels, highlighted sentences, diff runs, the finding-type catalogue).
#pragma once

#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "report/report.hpp"

namespace cc::report {

// A report written into out() and handed to a sink in pieces of about 64 KiB, so that no
// report is held whole in memory (a large pile's reports run to tens of megabytes).
// The size of a streamed piece: a stream grows by doubling, so a megabyte piece would hold
// up to two.
inline constexpr size_t kPieceBytes = 64 << 10;
class PieceStream {
 public:
  explicit PieceStream(const Sink& sink) : sink_(sink) {}
  std::ostringstream& out() { return out_; }
  // Hands on what was written once it reaches a piece; everything with `all`.
  void flush(bool all = false);

 private:
  std::ostringstream out_;
  const Sink& sink_;
};
// What a streaming writer hands its sink, joined into one string.
std::string joined(const std::function<void(const Sink&)>& write);

// Where a claim sits in its original file: 1-based lines, columns in code points.
struct Place {
  const Document* document = nullptr;
  Origin start;  // first character of the claim
  Origin end;    // just past its last character (an exclusive end, as SARIF's endColumn)
};
Place place_of(const Analysis& analysis, const Claim& claim);
// "path:line:column"
std::string place_text(const Place& place);

// "Contradiction", "Divergence", "Note"
std::string_view level_title(Level level);
// "contradictions", "divergences", "notes"
std::string_view level_plural(Level level);
// Every level, most severe first.
inline constexpr Level kLevelsBySeverity[] = {Level::Contradiction, Level::Divergence, Level::Note};

// A document's name for people: its title, else its file name.
std::string source_name(const Document& document);

// A piece of a claim's whole sentence; `highlighted` for the conflicting words.
struct SentencePiece {
  std::string_view text;
  bool highlighted = false;
};
// The evidence claim's whole sentence cut at its highlights. Highlights may come in any
// order or overlap; those outside the sentence are ignored; highlights separated only by
// spaces are joined, so "main points must" is one run.
std::vector<SentencePiece> highlighted_sentence(const Analysis& analysis, const Evidence& evidence);

// Consecutive diff tokens with the same operation, joined by spaces.
struct DiffRun {
  DiffToken::Op op = DiffToken::Op::Equal;
  std::string text;
};
std::vector<DiffRun> diff_runs(const std::vector<DiffToken>& diff);

// Ids of the sources a finding's evidence comes from, in evidence order, without repeats.
std::vector<std::string> finding_sources(const Analysis& analysis, const Finding& finding);

// What a kind of finding means, for people (SARIF rule descriptions and help). Read from
// the built-in src/report/templates/finding-types.json, whose keys are finding types
// ("quote") or, for a rule that needs its own words, rule ids ("contradiction.quote-negation").
// A finding is described by its rule's entry, else its type's, else a generic text, so a
// new detector's findings are always described.
struct TypeInfo {
  std::string name;         // PascalCase identifier ("QuoteWording")
  std::string title;        // a few words ("Quote worded differently")
  std::string description;  // one sentence
  std::string help;         // what to do about it
};
const TypeInfo& describe(const Finding& finding);
// A reviewer's verdict for plain-text formats: "dismissed by alice — same words (stale: the
// evidence changed since)"; empty when the finding has no verdict.
std::string verdict_text(const Finding& finding);
// A reviewer dismissed the finding and its evidence has not changed since: the CI formats
// (SARIF, GitHub, JUnit) stop failing on it, as `check`'s exit code does.
bool dismissed_by_review(const Finding& finding);

// One sentence on what a level means ("Both statements cannot be true.").
std::string_view level_meaning(Level level);

}  // namespace cc::report
