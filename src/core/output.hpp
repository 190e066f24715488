// Writing results so that a failed or interrupted run never leaves a partial file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cc {

// A report being written piece by piece: to a temporary file beside `path` that commit()
// renames over `path` (a run that fails or is interrupted before commit() leaves nothing,
// the destructor removes the temporary file), in place for an existing device or pipe
// ("/dev/null", "/dev/stdout"), or to standard output when `path` is empty or "-".
// Writes are buffered; errors throw UsageError naming `path`.
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view content);
  void commit();

 private:
  void flush();
  [[noreturn]] void fail(int error);

  std::string path_;
  std::string temporary_;  // empty when writing in place or to standard output
  int fd_ = -1;
  bool committed_ = false;
  std::string buffer_;
};

// Writes `content` to a temporary file beside `path`, then renames it over `path`; an
// existing device or pipe ("/dev/null", "/dev/stdout") is written in place instead.
// Throws UsageError naming `path` when the directory is not writable.
void write_file_atomically(const std::string& path, std::string_view content);

// Reads a whole file; throws InputError naming `path` when it cannot be read or is larger
// than `max_bytes`.
std::string read_file(const std::string& path, uint64_t max_bytes);

}  // namespace cc
