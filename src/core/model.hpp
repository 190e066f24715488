// Plain data types that flow between the pipeline stages.
//
// Offsets are byte offsets into a Document's extracted text (UTF-8); line and column
// appear only at the edges (reports), through Document::origin.
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/compact_string.hpp"
#include "core/interned_string.hpp"
#include "core/span.hpp"

namespace cc {

// A position in an original input file: 1-based line, 1-based column in characters.
struct Origin {
  uint32_t line = 1;    // 1-based line in the original file
  uint32_t column = 1;  // 1-based column, counted in Unicode code points
};

// Maps offsets in extracted text back to the original file. Between two consecutive
// anchors the extracted text is a verbatim copy of one original line segment, so a
// column is the anchor's column plus the code points in between.
class OffsetMap {
 public:
  struct Anchor {
    uint32_t text_offset;  // offset in extracted text where the verbatim run starts
    uint32_t line;         // original line of that byte
    uint32_t column;       // original column of that byte
  };
  // Anchors must arrive in non-decreasing text_offset order; a later anchor at the same
  // offset replaces the earlier one.
  void add(Anchor anchor);
  // Original position of the byte at `offset` of `text` (the document's extracted text).
  Origin locate(std::string_view text, uint32_t offset) const;
  // The same when only a piece of the text is at hand: `piece` is the text from offset
  // `piece_start` on, `piece_origin` the position of its first byte, and `offset` lies in
  // [piece_start, piece_start + piece.size()].
  Origin locate_in(std::string_view piece, uint32_t piece_start, Origin piece_origin,
                   uint32_t offset) const;
  const std::vector<Anchor>& anchors() const { return anchors_; }
  // Frees the room left over from adding anchors.
  void shrink_to_fit() { anchors_.shrink_to_fit(); }
  // Keeps the first anchor and those inside `pieces` (sorted, not overlapping): all
  // locate_in needs for offsets inside the pieces.
  void keep_within(const std::vector<Span>& pieces);

 private:
  std::vector<Anchor> anchors_;
};

// A calendar date; the only time value kept for sources.
struct Date {
  int year = 0;             // e.g. 2025
  int month = 0;            // 1..12
  int day = 0;              // 1..31
  std::string iso() const;  // "YYYY-MM-DD"
  friend auto operator<=>(const Date&, const Date&) = default;
};
// Accepts "YYYY-MM-DD" optionally followed by a time ("T..." or " ..."); nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// Days since 1970-01-01 (negative before), for interval arithmetic on dates.
int64_t days_from_civil(const Date& date);
Date civil_from_days(int64_t days);
// 0 = Monday ... 6 = Sunday.
int weekday(const Date& date);

// A paragraph: a block of text between hard line breaks.
struct Paragraph {
  Span span;                    // trimmed paragraph bytes
  uint32_t first_sentence = 0;  // index of its first sentence in Document::sentences
  uint32_t sentence_count = 0;  // number of sentences in it
};

// A sentence as found by the segmenter.
struct Sentence {
  Span span;               // trimmed sentence bytes
  uint32_t paragraph = 0;  // index into Document::paragraphs
};

// An inline directive found in a draft: `crosscheck-disable-next-line TYPE: reason`.
struct Suppression {
  uint32_t line = 0;            // original line the directive applies to (1-based)
  std::string type;             // finding type it silences, or "*" for every type
  std::string reason;           // free text after the colon
  uint32_t directive_line = 0;  // original line of the comment itself
};

// A piece of a document's text kept when the rest was freed (Document::excerpts).
struct Excerpt {
  Span span;        // where it is in the whole text
  uint32_t at = 0;  // where it starts in Document::text
  Origin origin;    // the original position of its first byte
};

// One input article after ingest (and, once segmented, its paragraphs and sentences).
struct Document {
  std::string id;                         // "s1", "s2", ... in input order
  CompactString path;                     // file path as given or found in a folder
  uint32_t record = 0;                    // 1-based record line for .jsonl inputs, else 0
  CompactString title;                    // headline; empty when none
  CompactString outlet;                   // publisher name; empty when unknown (most files)
  CompactString url;                      // canonical address; empty when unknown
  std::optional<Date> published;          // publication date, from the file or --published
  std::string text;                       // extracted article text: UTF-8, '\n' line ends
  OffsetMap origin;                       // extracted offset -> original line/column
  std::vector<Suppression> suppressions;  // inline directives (drafts)
  std::vector<Paragraph> paragraphs;      // filled by segment
  std::vector<Sentence> sentences;        // filled by segment
  CompactString story;                    // story it was grouped into ("t1", ...); by the pipeline
  // Empty while `text` is the whole text. Otherwise `text` holds only these pieces, one
  // after the other, and offsets still count in the whole text: slice() and locate()
  // take them inside a piece, and throw std::logic_error outside (keep_excerpts).
  std::vector<Excerpt> excerpts;

  std::string_view slice(Span span) const {
    if (!excerpts.empty()) return slice_excerpt(span);
    return std::string_view(text).substr(span.start, span.size());
  }
  Origin locate(uint32_t offset) const;
  // Keeps only `pieces` of the text (offsets of the whole text; they may overlap and
  // come in any order) and frees the rest, paragraphs included (sentences stay: they are
  // offsets). For a document that a report shows only in part (the pipeline keeps the
  // sentences its cited claims are in). Throws std::logic_error when already cut.
  void keep_excerpts(std::vector<Span> pieces);

 private:
  std::string_view slice_excerpt(Span span) const;
  const Excerpt& excerpt_of(Span span) const;
};

// What kind of statement a claim is.
enum class ClaimKind : uint8_t { Quote, ReportedSpeech, Quantity, Time, Event, Stance };
// Whether the claim is stated or denied.
enum class Polarity : uint8_t { Affirmed, Negated };
// How firmly the source commits to the claim.
enum class Modality : uint8_t { Asserted, Reported, Hedged, Planned };

std::string_view to_string(ClaimKind kind);
std::string_view to_string(Polarity polarity);
std::string_view to_string(Modality modality);

// A normalised value: a numeric or date interval, or plain text.
struct Value {
  enum class Kind : uint8_t { None, Number, Date, Text };
  // The one-byte fields first, together: two claims hold a Value each (96 bytes, not 104).
  Kind kind = Kind::None;  // which of the fields below are meaningful
  bool low_open = false;   // true when the lower bound itself is excluded
  bool high_open = false;  // true when the upper bound itself is excluded
  double low = 0;          // interval lower bound (Number: the quantity; Date: days since epoch)
  double high = 0;         // interval upper bound (inclusive unless high_open)
  double tolerance = 0;    // relative tolerance applied by an approximator (0.1 = 10%)
  std::string unit;        // canonical unit ("percent", "km", "usd", "day"); empty for counts
  std::string text;        // Text: the normalised text; Number/Date: the expression as written
};

// What a claim says, beyond where it is: keys, values, words, the rule that made it.
// Alignment, detection and the reports of cited claims read it; a claim no finding cites
// may drop it (pipeline, Options::claim_details).
struct ClaimDetail {
  std::string subject;                   // canonical key of who or what the claim is about
  std::string predicate;                 // normalised predicate key ("say", "discuss", ...)
  std::string object;                    // object phrase, or the quote's words for quotes
  std::string speaker;                   // canonical entity key of the speaker; empty if none
  std::string speaker_text;              // the speaker as written in the sentence
  std::string cue;                       // cue verb lemma ("say", "warn", ...)
  std::vector<std::string> attribution;  // attribution chain, outermost first
  Value value;                           // normalised value
  std::string rule;                      // id of the rule that produced it
  std::string predicate_class;           // verb class ("reject", "accept", "discuss"); may be empty
  std::vector<std::string> entities;     // entity keys the claim names, sorted
  std::vector<std::string> keywords;     // stemmed content words, sorted, for alignment
  std::string counted;                   // Quantity: what is counted, normalised ("country")
  std::string trend;                     // Quantity: "up" / "down" when reported as a change
  Value time;                            // when the claim's event happened; Kind::None if unknown
  std::string polarity_cue;              // the word that negates it ("not", "wasn't"); may be empty
  std::string modality_cue;  // the word that hedges it ("reportedly", "may"); may be empty
};

// A claim's detail, owned like a value (copies are deep). A claim without one (new, or
// dropped) reads one shared empty detail and costs a pointer, not the 600 bytes of a
// detail: a large run keeps hundreds of thousands of claims that no report reads beyond
// where they are. Writing through a non-const claim gives it a detail of its own.
// A detail may also be packed into bytes (a fifth of its size, for the claims only the
// JSON report lists): `view` reads it; `->` on a const claim refuses it (logic_error)
// rather than answer empty, and writing through a non-const claim unpacks it.
class ClaimDetailPtr {
 public:
  ClaimDetailPtr() = default;
  ClaimDetailPtr(const ClaimDetailPtr& other);
  ClaimDetailPtr(ClaimDetailPtr&& other) noexcept = default;
  ClaimDetailPtr& operator=(const ClaimDetailPtr& other);
  ClaimDetailPtr& operator=(ClaimDetailPtr&& other) noexcept = default;
  ~ClaimDetailPtr() = default;

  const ClaimDetail* operator->() const { return owned_ ? owned_.get() : unowned(); }
  const ClaimDetail& operator*() const { return *operator->(); }
  ClaimDetail* operator->() { return owned_ ? owned_.get() : &own(); }
  ClaimDetail& operator*() { return *operator->(); }
  // Whether the claim has a detail of its own (not packed).
  bool owned() const { return owned_ != nullptr; }
  // Whether the detail is packed.
  bool packed() const { return packed_ != nullptr; }
  // Drops the detail: the claim reads the shared empty one again.
  void reset() {
    owned_.reset();
    packed_.reset();
  }
  // Packs an owned detail into bytes and frees it; nothing to do otherwise.
  void pack();
  // The detail, whichever way it is held: a packed one is unpacked into `scratch`.
  const ClaimDetail& view(ClaimDetail& scratch) const;

 private:
  static const ClaimDetail& empty();
  const ClaimDetail* unowned() const;  // the empty detail; throws when packed
  ClaimDetail& own();                  // unpacks a packed detail, or starts an empty one
  std::unique_ptr<ClaimDetail> owned_;
  std::unique_ptr<char[]> packed_;  // a 4-byte length, then the fields (model.cpp)
};

// One statement a source makes, with everything a detector needs to compare it.
struct Claim {
  uint32_t index = 0;                 // position in the run's claim list; shown as "c<index+1>"
  uint32_t source = 0;                // index of the Document
  uint32_t sentence = 0;              // index into that document's sentences
  ClaimKind kind = ClaimKind::Event;  // the one-byte fields beside the numbers: no padding
  Polarity polarity = Polarity::Affirmed;
  Modality modality = Modality::Asserted;
  Span span;              // the claim's own extent (for quotes: inside the marks)
  ClaimDetailPtr detail;  // keys, values, words, rule: what it says
};

// Entity types kept by the extractor.
enum class EntityType : uint8_t { Person, Organization, Place, Other };
std::string_view to_string(EntityType type);

// A real-world referent shared by every surface form that names it.
struct Entity {
  std::string key;                         // canonical key, e.g. "volodymyr zelenskyy"
  std::string name;                        // display name, e.g. "Volodymyr Zelenskyy"
  EntityType type = EntityType::Other;     // person, organisation, place
  std::vector<std::string> surface_forms;  // distinct spellings seen, sorted
};

// Severity of a finding, ordered: note < divergence < contradiction.
enum class Level : uint8_t { Note = 0, Divergence = 1, Contradiction = 2 };
std::string_view to_string(Level level);
std::optional<Level> parse_level(std::string_view text);

// One token of a word-level diff between two texts.
struct DiffToken {
  enum class Op : uint8_t { Equal, Delete, Insert };
  Op op = Op::Equal;  // Delete: only in the first text; Insert: only in the second
  std::string text;   // the word as written
};

// A claim taking part in a finding, with the words that conflict highlighted.
struct Evidence {
  uint32_t claim = 0;   // index into the claim list
  SpanList highlights;  // conflicting words, as document byte spans
};

// A discrepancy between sources: one main claim (evidence[0]) and the ones it conflicts with.
struct Finding {
  // A pile's report holds tens of thousands of findings until it is written: the strings
  // are one pointer each (docs/performance.md), type and rule shared by every finding.
  CompactString id;  // stable 16-hex-digit fingerprint
  Level level = Level::Note;
  InternedString type;             // "quote", "negation", ...
  InternedString rule;             // "divergence.quote", ...
  CompactString summary;           // one line
  CompactString explanation;       // why, checkable in ten seconds
  std::vector<Evidence> evidence;  // main claim first
  std::vector<DiffToken> diff;     // word-level diff of quotes (first vs second evidence)
  double score = 0;                // alignment score that linked the claims
  CompactString suppressed_by;     // why it is in Analysis::suppressed ("baseline", a directive)
  // Filled by review::annotate when a review store is given (`--store`); empty otherwise.
  // Almost always empty: CompactString, 8 bytes where std::string takes 32.
  CompactString verdict;           // "confirmed", "dismissed", "needs-source"; empty: not reviewed
  CompactString verdict_note;      // the reviewer's note; may be empty
  CompactString verdict_reviewer;  // who gave the verdict
  bool verdict_stale = false;      // the evidence text changed since the verdict was given
};

// Where one source stands on a fact (a row of the facts x sources matrix).
enum class Stand : uint8_t {
  Silent,       // the source has no claim in the fact
  States,       // the source states it (agreeing with the fact's reference source)
  Diverges,     // the source states it differently (misquote, other attribution, tone)
  Contradicts,  // the source states something that cannot be true together with it
};
std::string_view to_string(Stand stand);

// A cluster of aligned claims: one fact of the story and where each source stands.
struct Fact {
  std::string key;               // stable key of the fact
  std::string label;             // short description
  std::vector<uint32_t> claims;  // member claims, sorted
  std::vector<Stand> stands;     // one per document, in Analysis::documents order
  uint32_t reference = 0;        // document whose version the stands are measured against
};

// Two claims the aligner linked as stating the same thing.
struct Link {
  uint32_t first = 0;   // claim index (the smaller one)
  uint32_t second = 0;  // claim index
  double score = 0;     // similarity in [0, 1]
  std::string reason;   // how the score was reached, for people ("same speaker; 10 of 16 words")
};

// Everything a run produced, stage by stage; reports read only this.
struct Analysis {
  std::vector<Document> documents;  // ingest + segment
  std::vector<Claim> claims;        // extract + normalize, Claim::index == position
  std::vector<Entity> entities;     // normalize, sorted by key
  std::vector<Link> links;          // align, sorted by (first, second)
  std::vector<Fact> facts;          // align: clusters of linked claims
  std::vector<Finding> findings;    // detect, sorted by (level desc, type, id)
  std::vector<Finding> suppressed;  // findings silenced by inline directives or a baseline
  // Claims found but not in `claims`: those no finding cites, dropped once their story's
  // findings were made (pipeline::Options::uncited_claims), the rest renumbered. The run
  // found claims.size() + dropped_claims claims.
  size_t dropped_claims = 0;
  // Display name of an entity key (the key itself when unknown).
  std::string_view entity_name(std::string_view key) const;
  // Byte range of the sentences a claim's span touches (its "whole sentence").
  Span sentence_extent(const Claim& claim) const;
  // Whether the claim is in its document's headline: the first sentence, when the text
  // opens with the title.
  bool in_headline(const Claim& claim) const;
};

}  // namespace cc
