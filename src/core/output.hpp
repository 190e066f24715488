// Writing results so that a failed or interrupted run never leaves a partial file.
#pragma once

#include <string>
#include <string_view>

namespace cc {

// Writes `content` to a temporary file beside `path`, then renames it over `path`; an
// existing device or pipe ("/dev/null", "/dev/stdout") is written in place instead.
// Throws UsageError naming `path` when the directory is not writable.
void write_file_atomically(const std::string& path, std::string_view content);

// Reads a whole file; throws InputError naming `path` when it cannot be read or is larger
// than `max_bytes`.
std::string read_file(const std::string& path, uint64_t max_bytes);

}  // namespace cc
