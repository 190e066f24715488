// Internal to the report stage: pieces of the JSON report shared by several writers.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/model.hpp"

namespace cc::report {

using Json = nlohmann::ordered_json;

// Appends `json` as dump(2) writes it `depth` levels deep inside a larger document: every
// line after the first indented by 2 * depth spaces. Invalid UTF-8 is replaced, not thrown.
void append_dump(std::string& out, const Json& json, int depth);

// null for an empty string, else the string.
Json nullable(std::string_view value);
// "c<index+1>"
std::string claim_id(uint32_t index);
// A claim with every field, its span, line/column and whole sentence.
Json claim_json(const Analysis& analysis, const Claim& claim);

}  // namespace cc::report
