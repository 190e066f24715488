#include "ingest/text_builder.hpp"

#include <algorithm>
#include <cstdint>

namespace cc::ingest {

namespace {

void add_anchor(OffsetMap& map, size_t text_offset, Origin origin) {
  map.add(OffsetMap::Anchor{static_cast<uint32_t>(text_offset), origin.line, origin.column});
}

}  // namespace

void TextBuilder::copy(SourceMap& map, size_t begin, size_t end) {
  if (begin >= end) return;
  flush_pending();
  std::string_view bytes = map.buffer();
  while (begin < end) {
    size_t limit = map.run_end(begin);
    size_t stop = std::min(end, limit);
    if (run_map_ != &map || run_next_ != begin)
      add_anchor(origin_, text_.size(), map.origin(begin));
    text_.append(bytes.substr(begin, stop - begin));
    // Stopping inside a run means the next byte of that run may follow without an anchor.
    run_map_ = stop < limit ? &map : nullptr;
    run_next_ = stop;
    run_limit_ = limit;
    begin = stop;
  }
}

void TextBuilder::replace(SourceMap& map, size_t at, std::string_view decoded) {
  if (decoded.empty()) return;
  flush_pending();
  add_anchor(origin_, text_.size(), map.origin(at));
  text_.append(decoded);
  run_map_ = nullptr;
}

void TextBuilder::space() {
  if (pending_ != Pending::None) return;
  pending_ = Pending::Space;
  space_map_ = nullptr;
}

void TextBuilder::space(SourceMap& map, size_t begin, size_t end) {
  if (pending_ != Pending::None) return;
  pending_ = Pending::Space;
  bool single_space = end == begin + 1 && map.buffer()[begin] == ' ';
  space_map_ = single_space ? &map : nullptr;
  space_pos_ = begin;
}

void TextBuilder::paragraph_break() {
  pending_ = Pending::Break;
}

void TextBuilder::flush_pending() {
  Pending pending = pending_;
  pending_ = Pending::None;
  if (pending == Pending::None || text_.empty()) return;
  if (pending == Pending::Break) {
    text_.push_back('\n');
    run_map_ = nullptr;
    return;
  }
  text_.push_back(' ');
  // The space is verbatim when it is the very next source byte of the current run; the
  // run then goes on after it.
  bool continues = space_map_ != nullptr && run_map_ == space_map_ && run_next_ == space_pos_ &&
                   space_pos_ + 1 < run_limit_;
  if (continues) {
    run_next_ = space_pos_ + 1;
  } else {
    run_map_ = nullptr;
  }
}

void TextBuilder::finish(Document& doc) {
  pending_ = Pending::None;
  // A document is kept for the whole run: its text without the room left over from
  // growing it by appends (up to as much again).
  text_.shrink_to_fit();
  origin_.shrink_to_fit();
  doc.text = std::move(text_);
  doc.origin = std::move(origin_);
  text_.clear();
  origin_ = OffsetMap();
}

}  // namespace cc::ingest
