#include "resources/resources.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "core/error.hpp"

namespace cc::resources {

namespace generated {
struct EmbeddedFile {
  std::string_view path;
  std::string_view content;
};
extern const EmbeddedFile kFiles[];
extern const std::size_t kFileCount;
}  // namespace generated

namespace {

class BuiltinTree final : public FileTree {
 public:
  explicit BuiltinTree(std::string_view prefix) : prefix_(std::string(prefix) + "/") {}

  std::vector<std::string> list() const override {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < generated::kFileCount; ++i) {
      std::string_view path = generated::kFiles[i].path;
      if (path.substr(0, prefix_.size()) == prefix_) out.emplace_back(path.substr(prefix_.size()));
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  std::optional<std::string> read(const std::string& relative) const override {
    std::string full = prefix_ + relative;
    for (std::size_t i = 0; i < generated::kFileCount; ++i) {
      if (generated::kFiles[i].path == full) return std::string(generated::kFiles[i].content);
    }
    return std::nullopt;
  }

  std::string display(const std::string& relative) const override {
    return "(built-in) " + prefix_ + relative;
  }

  bool verified() const override { return true; }

 private:
  std::string prefix_;
};

class DirectoryTree final : public FileTree {
 public:
  explicit DirectoryTree(std::filesystem::path root) : root_(std::move(root)) {}

  std::vector<std::string> list() const override {
    std::vector<std::string> out;
    std::error_code error;
    for (auto it = std::filesystem::recursive_directory_iterator(
             root_, std::filesystem::directory_options::skip_permission_denied, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error)) {
        out.push_back(std::filesystem::relative(it->path(), root_).generic_string());
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  std::optional<std::string> read(const std::string& relative) const override {
    std::ifstream in(root_ / relative, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
  }

  std::string display(const std::string& relative) const override {
    return (root_ / relative).generic_string();
  }

 private:
  std::filesystem::path root_;
};

class MemoryTree final : public FileTree {
 public:
  MemoryTree(std::map<std::string, std::string> files, std::string name)
      : files_(std::move(files)), name_(std::move(name)) {}

  std::vector<std::string> list() const override {
    std::vector<std::string> out;
    for (const auto& [path, content] : files_) out.push_back(path);
    return out;  // a std::map is already sorted
  }

  std::optional<std::string> read(const std::string& relative) const override {
    auto it = files_.find(relative);
    if (it == files_.end()) return std::nullopt;
    return it->second;
  }

  std::string display(const std::string& relative) const override { return name_ + "/" + relative; }

 private:
  std::map<std::string, std::string> files_;
  std::string name_;
};

}  // namespace

void release_builtin() {
#ifdef __linux__
  // The whole pages inside each file's bytes: a page shared with other data stays.
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  if (page == 0 || page == static_cast<std::uintptr_t>(-1)) return;
  for (std::size_t i = 0; i < generated::kFileCount; ++i) {
    std::string_view content = generated::kFiles[i].content;
    auto first = reinterpret_cast<std::uintptr_t>(content.data());
    std::uintptr_t start = (first + page - 1) / page * page;
    std::uintptr_t end = (first + content.size()) / page * page;
    // Read-only data of the executable: dropped pages are read again from the file.
    if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_DONTNEED);
  }
#endif
}

std::unique_ptr<FileTree> builtin(std::string_view prefix) {
  return std::make_unique<BuiltinTree>(prefix);
}

std::unique_ptr<FileTree> directory(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_directory(path, error)) {
    throw UsageError(path + ": not a readable rules folder");
  }
  return std::make_unique<DirectoryTree>(path);
}

std::unique_ptr<FileTree> in_memory(std::map<std::string, std::string> files, std::string name) {
  return std::make_unique<MemoryTree>(std::move(files), std::move(name));
}

}  // namespace cc::resources
