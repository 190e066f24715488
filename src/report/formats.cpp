// Report formats by their command-line names.
#include "report/report.hpp"

namespace cc::report {

namespace {

struct Entry {
  Format format;
  std::string_view name;
  std::string (*writer)(const Analysis&, const Meta&);
};

constexpr Entry kFormats[] = {
    {Format::Markdown, "md", to_markdown}, {Format::HTML, "html", to_html},
    {Format::JSON, "json", to_json},       {Format::SARIF, "sarif", to_sarif},
    {Format::GitHub, "github", to_github}, {Format::JUnit, "junit", to_junit},
    {Format::Text, "text", to_text},
};

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
  for (const Entry& entry : kFormats) {
    if (entry.format == format) return entry.writer(analysis, meta);
  }
  return to_markdown(analysis, meta);
}

void write(Format format, const Analysis& analysis, const Meta& meta, const Sink& sink) {
  if (format == Format::JSON) {
    to_json(analysis, meta, sink);
    return;
  }
  if (format == Format::Markdown) {
    to_markdown(analysis, meta, sink);
    return;
  }
  if (format == Format::HTML) {
    to_html(analysis, meta, sink);
    return;
  }
  sink(write(format, analysis, meta));
}

}  // namespace cc::report
