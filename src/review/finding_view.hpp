// A finding as text for the terminal and line sessions: the sentences side by side, the
// word diff of the quotes, the reason and the verdict.
#pragma once

#include <string>
#include <vector>

#include "review/session.hpp"

namespace cc::review {

struct ViewOptions {
  size_t width = 80;   // terminal columns
  bool color = false;  // ANSI colours; without them the diff is marked [-old-] {+new+}
};

// Lines describing finding `index` of the review, none wider than `options.width`.
std::vector<std::string> render_finding(const Review& review, size_t index,
                                        const ViewOptions& options);

// Lines describing a verdict whose finding the run no longer produces, from its snapshot.
std::vector<std::string> render_resolved(const Record& record, const ViewOptions& options);

}  // namespace cc::review
