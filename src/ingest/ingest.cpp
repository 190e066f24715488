#include "ingest/ingest.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/error.hpp"
#include "core/output.hpp"
#include "ingest/ascii.hpp"
#include "ingest/checks.hpp"
#include "ingest/formats.hpp"

namespace cc::ingest {

namespace fs = std::filesystem;

std::optional<Format> format_for(std::string_view path) {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ascii_lower);
  if (extension == ".txt") return Format::Text;
  if (extension == ".md" || extension == ".markdown") return Format::Markdown;
  if (extension == ".html" || extension == ".htm") return Format::Html;
  if (extension == ".json") return Format::Json;
  if (extension == ".jsonl") return Format::JsonLines;
  return std::nullopt;
}

namespace {

// One document, moved in (a braced list would copy it: its text and offsets).
std::vector<Document> one(Document document) {
  std::vector<Document> out;
  out.push_back(std::move(document));
  return out;
}

std::vector<Document> extract(const std::string& path, FileMap& file, Format format) {
  switch (format) {
    case Format::Text:
      return one(parse_text(file));
    case Format::Markdown:
      return one(parse_markdown(path, file));
    case Format::Html:
      return one(parse_html(file));
    case Format::Json:
      return parse_json(path, file, false);
    case Format::JsonLines:
      return parse_json(path, file, true);
  }
  return {};
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

// Every supported file under `dir`, hidden files and folders aside, sorted by path.
std::vector<std::string> walk(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code error;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    if (is_hidden(it->path())) {
      it.disable_recursion_pending();  // a hidden folder: nothing in it counts either
      continue;
    }
    std::error_code ignored;  // an entry that vanished or is unreadable is no article
    std::string path = it->path().generic_string();
    if (it->is_regular_file(ignored) && format_for(path)) found.push_back(path);
  }
  if (error) throw InputError(dir, "cannot read folder: " + error.message());
  std::sort(found.begin(), found.end());
  return found;
}

// The files that `path` names: itself, or the supported files in it.
std::vector<std::string> files_in(const std::string& path) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    throw InputError(path, "no such file or directory");
  }
  if (error) throw InputError(path, "cannot read: " + error.message());
  if (fs::is_directory(status)) return walk(path);
  if (!format_for(path)) {
    throw InputError(path,
                     "unsupported file type (expected .txt, .md, .markdown, .html, "
                     ".htm, .json or .jsonl)");
  }
  return {path};
}

}  // namespace

std::vector<Document> parse(std::string_view path, std::string_view bytes, Format format,
                            const Options& options) {
  std::string name(path);
  if (bytes.size() > options.max_input_size) {
    throw InputError(name, "larger than --max-input-size (" +
                               std::to_string(options.max_input_size) +
                               " bytes); raise the limit to read it");
  }
  FileMap file(checked_text(name, bytes));
  std::vector<Document> docs = extract(name, file, format);
  for (Document& doc : docs) {
    doc.path = name;
    if (is_blank(doc.text)) {
      throw InputError(doc.record ? name + ":" + std::to_string(doc.record) : name,
                       "no article text found");
    }
    if (!doc.published) doc.published = options.published;
  }
  return docs;
}

std::string document_id(size_t position) {
  return "s" + std::to_string(position + 1);
}

std::vector<std::string> list_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::vector<std::string> named = files_in(path);
    files.insert(files.end(), named.begin(), named.end());
  }
  if (files.empty()) {
    throw UsageError("no articles found: expected .txt, .md, .html, .json or .jsonl files");
  }
  return files;
}

std::vector<Document> read(const std::string& file, const Options& options) {
  std::string bytes = read_file(file, options.max_input_size);
  return parse(file, bytes, *format_for(file), options);
}

std::vector<Document> load(const std::vector<std::string>& paths, const Options& options) {
  std::vector<Document> docs;
  for (const std::string& file : list_files(paths)) {
    for (Document& doc : read(file, options)) {
      doc.id = document_id(docs.size());
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

}  // namespace cc::ingest
