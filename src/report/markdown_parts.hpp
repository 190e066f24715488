// Internal to the report stage: Markdown helpers shared by several writers.
#pragma once

#include <functional>
#include <sstream>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace cc::report {

// Escapes Markdown and inline HTML metacharacters in source text (line breaks become spaces).
std::string markdown_escape(std::string_view text);
// Escapes text for an HTML context inside Markdown (a <summary> line): & < > " ' become
// character references, line breaks become spaces.
std::string html_escape(std::string_view text);
// A code span holding `text` literally.
std::string markdown_code(std::string_view text);
// The table of sources. `after_row`, when given, is called after each row (a caller that
// streams the report hands `out` on there: a pile's table is megabytes).
void markdown_sources(std::ostringstream& out, const Analysis& analysis,
                      const std::function<void()>& after_row = {});

}  // namespace cc::report
