// Inline Markdown: the markup inside one line of a paragraph or heading.
#pragma once

#include <cstddef>

#include "ingest/source_map.hpp"
#include "ingest/text_builder.hpp"

namespace cc::ingest {

// Renders bytes [begin, end) of `map`'s buffer (part of one line) into `out` without
// inline markup: code spans lose their backticks, links [text](url) and [text][ref] keep
// their text, images ![alt](src) their alt text, emphasis markers (* _ ** __) and the
// backslash of an escape disappear. Everything else is copied verbatim.
//
// Linear in the length of the line, whatever it holds: code spans and brackets are paired
// up front, never searched for again.
void render_inline(SourceMap& map, size_t begin, size_t end, TextBuilder& out);

}  // namespace cc::ingest
