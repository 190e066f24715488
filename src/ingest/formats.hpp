// The format extractors behind parse(). Each fills a Document's text, origin, metadata and
// suppressions from a checked, BOM-free file (see checks.hpp); parse() sets the path and
// rejects documents without text.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "ingest/source_map.hpp"
#include "ingest/text_builder.hpp"

namespace cc::ingest {

// Copies `map`'s buffer as it is, with "\r\n" and "\r" line ends turned into "\n".
void extract_plain(SourceMap& map, TextBuilder& out);

// .txt: the whole file is the text; the first non-empty line is the title.
Document parse_text(FileMap& file);

// .md: optional YAML front matter, then the body with Markdown markup removed.
// Throws InputError naming `path` for malformed front matter.
Document parse_markdown(const std::string& path, FileMap& file);

// Extracts article text from the HTML in `map`'s buffer into `doc` (text, origin,
// suppressions), and fills whichever of title, outlet, url and published `doc` still lacks
// from the page's metadata.
void extract_html(SourceMap& map, Document& doc);

// .html: extract_html() over the whole file.
Document parse_html(FileMap& file);

// .json (one object) or .jsonl (one object per non-empty line; errors name "path:LINE").
std::vector<Document> parse_json(const std::string& path, FileMap& file, bool lines);

}  // namespace cc::ingest
