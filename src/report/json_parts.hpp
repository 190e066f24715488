// Internal to the report stage: pieces of the JSON report shared by several writers.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/model.hpp"

namespace cc::report {

using Json = nlohmann::ordered_json;

// null for an empty string, else the string.
Json nullable(const std::string& value);
// "c<index+1>"
std::string claim_id(uint32_t index);
// A claim with every field, its span, line/column and whole sentence.
Json claim_json(const Analysis& analysis, const Claim& claim);

}  // namespace cc::report
