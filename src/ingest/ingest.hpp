// Ingest: turns input files into Documents (article text plus a map back to the file).
//
// Supported: .txt (first non-empty line is the title), .md (optional YAML front matter:
// title, outlet, url, published), .html/.htm (article text only), .json (IPTC ninjs 2.x,
// ninjs 3.x, or {title, body, outlet, url, published}), .jsonl (one such object a line),
// and folders of them (recursively, sorted by path; other extensions are skipped).
//
// Every failure is an InputError naming the file: unreadable, larger than the limit,
// empty, binary, invalid UTF-8, malformed JSON, not an article.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace cc::ingest {

// Input formats, chosen by file extension.
enum class Format { Text, Markdown, Html, Json, JsonLines };

struct Options {
  uint64_t max_input_size = 64ULL << 20;  // bytes per file; larger files are refused
  std::optional<Date> published;          // given to sources that carry no date
};

// Format for a path by its extension; nullopt for unsupported extensions.
std::optional<Format> format_for(std::string_view path);

// Loads every article named by `paths` (files or folders). Document ids are "s1", "s2", ...
// in the order found. Throws InputError on the first bad file, UsageError when `paths`
// yields no article at all.
std::vector<Document> load(const std::vector<std::string>& paths, const Options& options);

// The id of the document at `position` (0-based) in input order: "s1", "s2", ...
std::string document_id(size_t position);

// load() in two steps, for a caller that reads the files one at a time:
// the files `paths` name, in the order load() reads them (a folder's supported files,
// sorted by path). Throws InputError on a missing path or an unsupported file named
// directly, UsageError when there is no article file at all.
std::vector<std::string> list_files(const std::vector<std::string>& paths);
// The documents of one listed file (ids left empty). Throws InputError naming the file.
std::vector<Document> read(const std::string& file, const Options& options);

// Parses one file's bytes (already read) in the given format. A .jsonl file yields one
// document per non-empty line; every other format yields exactly one. Ids are left empty.
std::vector<Document> parse(std::string_view path, std::string_view bytes, Format format,
                            const Options& options);

}  // namespace cc::ingest
