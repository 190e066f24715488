// Report formats by their command-line names.
#include "report/common.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

struct Entry {
  Format format;
  std::string_view name;
  void (*writer)(const Analysis&, const Meta&, const Sink&);
};

constexpr Entry kFormats[] = {
    {Format::Markdown, "md", to_markdown}, {Format::HTML, "html", to_html},
    {Format::JSON, "json", to_json},       {Format::SARIF, "sarif", to_sarif},
    {Format::GitHub, "github", to_github}, {Format::JUnit, "junit", to_junit},
    {Format::Text, "text", to_text},
};

const Entry& entry_of(Format format) {
  for (const Entry& entry : kFormats) {
    if (entry.format == format) return entry;
  }
  return kFormats[0];  // Markdown
}

}  // namespace

std::string_view format_name(Format format) {
  for (const Entry& entry : kFormats) {
    if (entry.format == format) return entry.name;
  }
  return "md";
}

std::optional<Format> parse_format(std::string_view name) {
  for (const Entry& entry : kFormats) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::vector<std::string> format_names() {
  std::vector<std::string> out;
  for (const Entry& entry : kFormats) out.emplace_back(entry.name);
  return out;
}

std::string write(Format format, const Analysis& analysis, const Meta& meta) {
  return joined([&](const Sink& sink) { entry_of(format).writer(analysis, meta, sink); });
}

void write(Format format, const Analysis& analysis, const Meta& meta, const Sink& sink) {
  entry_of(format).writer(analysis, meta, sink);
}

}  // namespace cc::report
