#include "ingest/suppression.hpp"

#include <string>

#include "core/text.hpp"
#include "ingest/ascii.hpp"

namespace cc::ingest {

namespace {
constexpr std::string_view kKeyword = "crosscheck-disable-next-line";
}  // namespace

std::optional<Suppression> parse_directive(std::string_view comment) {
  std::string_view rest = text::trim(comment);
  if (rest.substr(0, kKeyword.size()) != kKeyword) return std::nullopt;
  rest.remove_prefix(kKeyword.size());
  // "crosscheck-disable-next-lines" is some other word, not this directive.
  if (!rest.empty() && !is_space(rest.front()) && rest.front() != ':') return std::nullopt;
  rest = text::trim(rest);
  size_t type_end = 0;
  while (type_end < rest.size() && !is_space(rest[type_end]) && rest[type_end] != ':') {
    ++type_end;
  }
  Suppression directive;
  directive.type = type_end == 0 ? "*" : std::string(rest.substr(0, type_end));
  rest = text::trim(rest.substr(type_end));
  if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
  directive.reason = std::string(text::trim(rest));
  return directive;
}

}  // namespace cc::ingest
