#include "ingest/ingest.hpp"
// Placeholder until the ingest stage lands: plain text only.
#include <algorithm>
#include <filesystem>

#include "core/error.hpp"
#include "core/output.hpp"
#include "core/utf8.hpp"

namespace cc::ingest {

std::optional<Format> format_for(std::string_view path) {
  if (path.size() >= 4 && path.substr(path.size() - 4) == ".txt") return Format::Text;
  return std::nullopt;
}

std::vector<Document> parse(std::string_view path, std::string_view bytes, Format,
                            const Options& options) {
  if (!utf8::is_valid(bytes)) throw InputError(std::string(path), "invalid UTF-8");
  Document d;
  d.path = std::string(path);
  d.text = std::string(bytes);
  d.published = options.published;
  uint32_t line = 1;
  d.origin.add({0, 1, 1});
  for (uint32_t i = 0; i < d.text.size(); ++i) {
    if (d.text[i] == '\n') d.origin.add({i + 1, ++line, 1});
  }
  size_t start = d.text.find_first_not_of(" \n");
  if (start == std::string::npos) throw InputError(std::string(path), "empty article");
  d.title = d.text.substr(start, d.text.find('\n', start) - start);
  return {d};
}

std::vector<Document> load(const std::vector<std::string>& paths, const Options& options) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::directory_iterator(p)) {
        if (format_for(e.path().string())) files.push_back(e.path().string());
      }
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> out;
  for (const auto& f : files) {
    for (auto& d : parse(f, read_file(f, options.max_input_size), Format::Text, options)) {
      d.id = "s" + std::to_string(out.size() + 1);
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace cc::ingest
