// Checks every input file goes through before any format sees it.
#pragma once

#include <string>
#include <string_view>

namespace cc::ingest {

// Returns `bytes` without a UTF-8 byte order mark, after checking that they are a
// non-empty UTF-8 text file. Throws InputError naming `path` otherwise: "empty article",
// "binary file, not text", "invalid UTF-8 at line L, column C (byte N)".
std::string_view checked_text(const std::string& path, std::string_view bytes);

}  // namespace cc::ingest
