// Errors that stop a run. Each carries everything needed for one clear line on stderr.
#pragma once

#include <stdexcept>
#include <string>

namespace cc {

// A problem with an input file: unreadable, empty, not an article, malformed. Exit code 2.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, const std::string& message)
      : std::runtime_error(file + ": " + message), file_(std::move(file)) {}
  const std::string& file() const { return file_; }

 private:
  std::string file_;
};

// A problem with how the tool was invoked (bad option value, missing rules). Exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cc
