// TextBuilder: builds a Document's text and its OffsetMap together.
//
// Extractors feed it verbatim runs of a SourceMap's buffer, decoded replacements (an entity,
// an escape) and separators. It adds an OffsetMap anchor exactly at each discontinuity: the
// start of a verbatim run that does not continue the previous one, each new original line,
// each replacement. A run that continues where the last one stopped needs no anchor, so
// "word word" copied in two pieces around a single source space stays one anchor.
//
// Separators are lazy: space() and paragraph_break() only take effect before the next
// content, so the text never starts or ends with one, never holds two in a row, and a
// paragraph with no content leaves no trace.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.hpp"
#include "ingest/source_map.hpp"

namespace cc::ingest {

class TextBuilder {
 public:
  // Appends bytes [begin, end) of `map`'s buffer as they are.
  void copy(SourceMap& map, size_t begin, size_t end);
  // Appends `decoded` in place of the source bytes that start at `at` of `map`'s buffer.
  void replace(SourceMap& map, size_t at, std::string_view decoded);
  // Asks for one space before the next content (whitespace with no source of its own).
  void space();
  // Asks for one space before the next content in place of whitespace [begin, end) of
  // `map`'s buffer; when that whitespace is a single ' ' the current anchor stays valid.
  void space(SourceMap& map, size_t begin, size_t end);
  // Asks for a paragraph break ("\n") before the next content; wins over a space.
  void paragraph_break();

  // The text so far, without a pending separator.
  const std::string& text() const { return text_; }
  // Moves the text and its map into `doc`; a pending separator is dropped.
  void finish(Document& doc);

 private:
  enum class Pending { None, Space, Break };
  // Appends the pending separator, if any and if the text is not empty.
  void flush_pending();

  std::string text_;
  OffsetMap origin_;
  Pending pending_ = Pending::None;
  // Source of a pending space: set only when it is one ' ' byte at space_pos_.
  const SourceMap* space_map_ = nullptr;
  size_t space_pos_ = 0;
  // Where the current verbatim run would continue without a new anchor: position
  // run_next_ of run_map_, which is inside the run while below run_limit_ (run_map_ is
  // null when the last thing appended was not verbatim).
  const SourceMap* run_map_ = nullptr;
  size_t run_next_ = 0;
  size_t run_limit_ = 0;
};

}  // namespace cc::ingest
