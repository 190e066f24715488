// Subcommands of the crosscheck CLI. Each file registers its own subcommand(s); main.cpp
// only parses and maps errors to exit codes.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cc::cli {

// Exit codes (docs/cli.md): nothing at or above --fail-on, findings at or above it, or
// a usage / input error.
enum ExitCode : int { kOk = 0, kFindings = 1, kError = 2 };

// Registered commands set this to the work to do after parsing.
using Action = std::function<int()>;

void register_compare(CLI::App& app, Action& action);
void register_extract(CLI::App& app, Action& action);
void register_rules(CLI::App& app, Action& action);
void register_review(CLI::App& app, Action& action);

// Writes `content` to `path` atomically, or to stdout when `path` is empty or "-".
void emit(const std::optional<std::string>& path, const std::string& content);

}  // namespace cc::cli
