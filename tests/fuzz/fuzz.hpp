// Shared by the fuzz targets. Each target defines LLVMFuzzerTestOneInput; built with
// -fsanitize=fuzzer it is a libFuzzer program, built with replay.cpp it replays files
// (the seed corpus and every crash ever found) as an ordinary test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace cc::fuzz {

inline std::string_view view(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A bundle of files in one input: every line "--- PATH" starts the file PATH, whose content
// runs to the next such line. Bytes before the first marker are ignored. This is how the
// rules target sees a whole rules folder.
inline std::map<std::string, std::string> split_bundle(std::string_view bytes) {
  std::map<std::string, std::string> files;
  std::string* current = nullptr;
  size_t at = 0;
  while (at < bytes.size()) {
    size_t end = bytes.find('\n', at);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(at, end - at);
    if (line.substr(0, 4) == "--- " && line.size() > 4) {
      current = &files[std::string(line.substr(4))];
      current->clear();
    } else if (current) {
      current->append(line);
      if (end < bytes.size()) current->push_back('\n');
    }
    at = end + 1;
  }
  return files;
}

// The bytes before and after the first line that is exactly "-----"; when there is none,
// both halves are the whole input.
inline std::pair<std::string_view, std::string_view> split_pair(std::string_view bytes) {
  constexpr std::string_view kSeparator = "\n-----\n";
  size_t at = bytes.find(kSeparator);
  if (at == std::string_view::npos) return {bytes, bytes};
  return {bytes.substr(0, at + 1), bytes.substr(at + kSeparator.size())};
}

}  // namespace cc::fuzz
