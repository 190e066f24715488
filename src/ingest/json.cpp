// .json and .jsonl files: IPTC ninjs 2.x and 3.x, and the simple
// {title, body, outlet, url, published} object.
//
// nlohmann::json parses the document and tells which member holds the body; the body is
// then decoded again from its place in the file (JsonStringMap), so that every offset of the
// text still maps to a line and column of the .json file.
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "ingest/ascii.hpp"
#include "ingest/formats.hpp"
#include "ingest/json_locator.hpp"

namespace cc::ingest {

namespace {

using Json = nlohmann::json;
using Member = Json::object_t::value_type;

// The member `name` of `object`, ignoring ASCII case (ninjs 2 writes "versioncreated",
// ninjs 3 "versionCreated"); null when absent or when `object` is no object.
const Member* member(const Json& object, std::string_view name) {
  if (!object.is_object()) return nullptr;
  for (const Member& entry : object.get_ref<const Json::object_t&>()) {
    if (iequals(entry.first, name)) return &entry;
  }
  return nullptr;
}

// The first of `names` whose value is a string; empty when none is.
std::string string_member(const Json& object, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    const Member* found = member(object, name);
    if (found && found->second.is_string()) return found->second.get<std::string>();
  }
  return {};
}

// Index of the entry of a ninjs 3 array (headlines, bodies, infosources) whose `field` is a
// string and that `rank` likes best: lowest rank first, then earliest; entries ranked
// below 0 are unusable. nullopt when no entry qualifies.
template <typename Rank>
std::optional<size_t> best_entry(const Json& array, const char* field, Rank rank) {
  std::optional<size_t> best;
  int best_rank = 0;
  for (size_t i = 0; array.is_array() && i < array.size(); ++i) {
    const Member* value = member(array[i], field);
    int r = value && value->second.is_string() ? rank(array[i]) : -1;
    if (r >= 0 && (!best || r < best_rank)) {
      best = i;
      best_rank = r;
    }
  }
  return best;
}

bool role_is_main(const Json& entry) {
  return iequals(string_member(entry, {"role"}), "main");
}

std::string headline(const Json& object) {
  std::string title = string_member(object, {"headline"});
  const Member* headlines = member(object, "headlines");
  if (title.empty() && headlines) {
    auto best = best_entry(headlines->second, "value",
                           [](const Json& entry) { return role_is_main(entry) ? 0 : 1; });
    if (best) title = string_member(headlines->second[*best], {"value"});
  }
  if (title.empty()) title = string_member(object, {"title"});
  return text::squeeze_spaces(title);
}

std::string outlet(const Json& object) {
  std::string name = string_member(object, {"outlet", "source", "publisher", "copyrightholder"});
  const Member* provider = member(object, "provider");
  if (name.empty() && provider) {
    name = provider->second.is_string() ? provider->second.get<std::string>()
                                        : string_member(provider->second, {"name"});
  }
  const Member* sources = member(object, "infosources");
  if (name.empty() && sources) {
    auto best = best_entry(sources->second, "name", [](const Json&) { return 0; });
    if (best) name = string_member(sources->second[*best], {"name"});
  }
  return text::squeeze_spaces(name);
}

std::optional<Date> published(const Json& object) {
  for (std::string_view name :
       {"published", "date", "contentcreated", "versioncreated", "firstcreated"}) {
    auto date = parse_date(string_member(object, {name}));
    if (date) return date;
  }
  return std::nullopt;
}

// Which string holds the article body, and how to read it.
struct BodyChoice {
  std::vector<JsonStep> path;
  bool html = false;
};

// How a ninjs 3 body is written, by its content type; one without a content type counts
// as plain text, other types (NITF, ...) are not read.
enum class BodyKind { Plain, Html, Unreadable };
BodyKind body_kind(const Json& entry) {
  std::string type = string_member(entry, {"contenttype"});
  if (type.empty() || iequals(type, "text/plain")) return BodyKind::Plain;
  return iequals(type, "text/html") ? BodyKind::Html : BodyKind::Unreadable;
}

// ninjs 3 bodies: text/plain before text/html, and role "main" before others.
std::optional<BodyChoice> choose_from_bodies(const Member& bodies) {
  auto rank = [](const Json& entry) {
    BodyKind kind = body_kind(entry);
    if (kind == BodyKind::Unreadable) return -1;
    return (kind == BodyKind::Html ? 2 : 0) + (role_is_main(entry) ? 0 : 1);
  };
  auto best = best_entry(bodies.second, "value", rank);
  if (!best) return std::nullopt;
  const Json& entry = bodies.second[*best];
  return BodyChoice{
      {JsonStep{bodies.first}, JsonStep{"", *best, false}, JsonStep{member(entry, "value")->first}},
      body_kind(entry) == BodyKind::Html};
}

std::optional<BodyChoice> choose_body(const Json& object) {
  const Member* bodies = member(object, "bodies");
  if (bodies) {
    auto choice = choose_from_bodies(*bodies);
    if (choice) return choice;
  }
  for (auto [name, html] : {std::pair{"body_text", false}, std::pair{"body_html", true},
                            std::pair{"body", false}, std::pair{"text", false}}) {
    const Member* body = member(object, name);
    if (body && body->second.is_string()) return BodyChoice{{JsonStep{body->first}}, html};
  }
  return std::nullopt;
}

// "parse error at line 1, column 5: syntax error ..." from nlohmann, with the position
// recomputed against the whole file (a .jsonl record is one line of it) in code points.
std::string parse_error_message(const Json::parse_error& error, FileMap& file, size_t base,
                                size_t size) {
  std::string_view what = error.what();
  size_t at = what.find("parse error");
  size_t colon = at == std::string_view::npos ? at : what.find(": ", at);
  std::string reason(colon == std::string_view::npos ? what : what.substr(colon + 2));
  // error.byte counts from 1 and points at the last byte read, one past the end at EOF.
  size_t offset = base + std::min(error.byte == 0 ? 0 : error.byte - 1, size);
  Origin origin = file.origin(offset);
  return "invalid JSON: parse error at line " + std::to_string(origin.line) + ", column " +
         std::to_string(origin.column) + ": " + reason;
}

// Reads one JSON article: the object in bytes [base, base + size) of `file`. Errors name
// `where` ("file" or "file:LINE").
Document read_article(const std::string& where, FileMap& file, size_t base, size_t size) {
  // nlohmann skips a byte order mark at the start of each document; so must we, to find
  // values where nlohmann found them (a .jsonl line may start with one).
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (file.buffer().substr(base, std::min(size, kBom.size())) == kBom) {
    base += kBom.size();
    size -= kBom.size();
  }
  std::string_view json = file.buffer().substr(base, size);
  size_t too_deep = find_too_deep(json);
  if (too_deep != std::string_view::npos) {
    Origin at = file.origin(base + too_deep);
    throw InputError(where, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                " levels at line " + std::to_string(at.line) + ", column " +
                                std::to_string(at.column));
  }
  Json object;
  try {
    object = Json::parse(json);
  } catch (const Json::parse_error& error) {
    throw InputError(where, parse_error_message(error, file, base, size));
  } catch (const Json::out_of_range&) {
    // A number beyond the range of a double ("1E999999"); nlohmann gives no position.
    throw InputError(where, "malformed JSON: a number too large to read");
  }
  if (!object.is_object()) {
    throw InputError(
        where, std::string("expected a JSON object (one article), found ") + object.type_name());
  }
  auto body = choose_body(object);
  if (!body)
    throw InputError(where, "no article body (expected body, body_text, body_html or bodies)");
  Document doc;
  doc.title = headline(object);
  doc.outlet = outlet(object);
  doc.url = std::string(text::trim(string_member(object, {"url", "uri"})));
  doc.published = published(object);
  JsonStringMap map(file, base + locate_json_value(json, body->path));
  if (body->html) {
    extract_html(map, doc);
  } else {
    TextBuilder out;
    extract_plain(map, out);
    out.finish(doc);
  }
  return doc;
}

}  // namespace

std::vector<Document> parse_json(const std::string& path, FileMap& file, bool lines) {
  std::string_view text = file.buffer();
  if (!lines) return {read_article(path, file, 0, text.size())};
  std::vector<Document> docs;
  uint32_t number = 1;
  for (size_t pos = 0; pos < text.size(); ++number) {
    Line line = line_at(text, pos);
    std::string_view content = text.substr(pos, line.content_end - pos);
    if (!is_blank(content)) {
      Document doc = read_article(path + ":" + std::to_string(number), file, pos, content.size());
      doc.record = number;
      docs.push_back(std::move(doc));
    }
    pos = line.next;
  }
  return docs;
}

}  // namespace cc::ingest
