// Read-only file trees: the files compiled into the binary (rules, report templates) or a
// folder on disk given with --rules. Stages read their data through FileTree so that the
// built-in copy and a user's copy behave the same.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc::resources {

class FileTree {
 public:
  virtual ~FileTree() = default;
  // Relative paths ("quotes/quotes.yaml") of every file, sorted.
  virtual std::vector<std::string> list() const = 0;
  // Content of one file; nullopt when absent or unreadable.
  virtual std::optional<std::string> read(const std::string& relative) const = 0;
  // How to name a file in a message: "rules/quotes/quotes.yaml" or the on-disk path.
  virtual std::string display(const std::string& relative) const = 0;
  // True for the files compiled into the binary: the same files the build's tests check
  // (`crosscheck rules lint rules/` in ctest), so readers may skip checks that cannot fail
  // for them. Folders and in-memory trees are never verified.
  virtual bool verified() const { return false; }
};

// The tree compiled into the binary under `prefix` ("rules", "templates").
std::unique_ptr<FileTree> builtin(std::string_view prefix);
// Hands the pages of the files compiled into the binary back to the system, for readers
// that have copied what they need (the rule set, the report templates). A later read
// faults them in again from the executable, so it only saves resident memory; a no-op
// where the system offers no way to do it.
void release_builtin();
// A folder on disk; throws UsageError when it is not a readable directory.
std::unique_ptr<FileTree> directory(const std::string& path);
// Files held in memory (relative path -> content), shown as "<name>/<relative path>" in
// messages. Tests and fuzz targets build rule sets with it without touching the disk.
std::unique_ptr<FileTree> in_memory(std::map<std::string, std::string> files,
                                    std::string name = "memory");

}  // namespace cc::resources
