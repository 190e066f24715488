// Small scanners over JSON text, for what nlohmann::json cannot tell: how deep a document
// nests before it is parsed (nlohmann recurses), and where in the file a value sits.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cc::ingest {

// Deepest nesting accepted in a JSON document.
inline constexpr size_t kMaxJsonDepth = 256;

// Offset of the first '[' or '{' that opens a level deeper than kMaxJsonDepth, or npos.
// Linear and non-recursive, so it is safe on any input.
size_t find_too_deep(std::string_view json);

// One step of a path into a JSON document: an object member or an array element.
struct JsonStep {
  std::string key;   // the member's exact name, when `is_key`
  size_t index = 0;  // the element's index, otherwise
  bool is_key = true;
};

// Offset in `json` (a document nlohmann has already accepted) of the first byte of the
// value at `path`, or npos. When a key repeats, the last one wins, as in nlohmann.
size_t locate_json_value(std::string_view json, const std::vector<JsonStep>& path);

}  // namespace cc::ingest
