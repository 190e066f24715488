// Running a helper program (git) without a shell: arguments go to the program as they
// are, so no file name or revision can be read as shell syntax.
#pragma once

#include <string>
#include <vector>

namespace cc::check {

struct ProcessResult {
  int exit_code = -1;  // the program's exit status; -1 when it did not exit normally
  std::string out;     // everything it wrote to stdout
  std::string err;     // everything it wrote to stderr
};

// Runs argv[0] (looked up in PATH) with the given arguments and waits for it. Throws
// UsageError when the program cannot be started.
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace cc::check
