// Inline directives that silence findings: <!-- crosscheck-disable-next-line TYPE: reason -->
#pragma once

#include <optional>
#include <string_view>

#include "core/model.hpp"

namespace cc::ingest {

// Reads the text inside an HTML comment. Returns the directive's type ("*" when none is
// given) and reason, with both line fields left 0 for the caller; nullopt when the comment
// is not a crosscheck-disable-next-line directive.
std::optional<Suppression> parse_directive(std::string_view comment);

}  // namespace cc::ingest
