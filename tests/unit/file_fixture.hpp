// Files for the unit tests: a temporary folder removed with the object, a file's bytes, and
// documents parsed from bytes in memory.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "core/model.hpp"
#include "ingest/ingest.hpp"

namespace cc::testing {

// A fresh folder under the system temp dir (unique per process, object and run), removed
// again when the object goes.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() /
            ("crosscheck-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
             "-" + std::to_string(seed()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The folder, or a file in it, as a string with forward slashes.
  std::string str() const { return path_.generic_string(); }
  std::string file(const std::string& name) const { return (path_ / name).generic_string(); }
  // Writes `content` to `relative` (making its folders) and returns the file's path.
  std::string write(const std::string& relative, std::string_view content) const {
    std::filesystem::path target = path_ / relative;
    std::filesystem::create_directories(target.parent_path());
    std::ofstream(target, std::ios::binary) << content;
    return target.generic_string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The documents `bytes` make as a file called `name` (its extension picks the format).
inline std::vector<Document> parse_all(std::string_view name, std::string_view bytes,
                                       const ingest::Options& options = {}) {
  auto format = ingest::format_for(name);
  REQUIRE(format);
  return ingest::parse(name, bytes, *format, options);
}

// The one document they make.
inline Document parse_one(std::string_view name, std::string_view bytes,
                          const ingest::Options& options = {}) {
  auto docs = parse_all(name, bytes, options);
  REQUIRE(docs.size() == 1);
  return docs.front();
}

}  // namespace cc::testing
