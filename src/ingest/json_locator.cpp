#include "ingest/json_locator.hpp"

#include "ingest/source_map.hpp"

namespace cc::ingest {

size_t find_too_deep(std::string_view json) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

namespace {

// Walks a valid JSON document once, remembering where the value at `path_` starts.
// Recursion is bounded by kMaxJsonDepth, checked before parsing.
class Locator {
 public:
  Locator(std::string_view json, const std::vector<JsonStep>& path) : json_(json), path_(path) {}

  size_t run() {
    value(skip_spaces(0), 0, true);
    return found_;
  }

 private:
  size_t skip_spaces(size_t pos) const {
    while (pos < json_.size() &&
           (json_[pos] == ' ' || json_[pos] == '\t' || json_[pos] == '\n' || json_[pos] == '\r')) {
      ++pos;
    }
    return pos;
  }

  // Skips the value at `pos`, which is at `depth` of the path when `on_path` (every step
  // so far matched); returns the offset after it.
  size_t value(size_t pos, size_t depth, bool on_path) {
    if (on_path && depth == path_.size()) found_ = pos;
    if (pos >= json_.size()) return pos;
    bool follow = on_path && depth < path_.size();
    switch (json_[pos]) {
      case '{':
        return object(pos, depth, follow);
      case '[':
        return array(pos, depth, follow);
      case '"':
        return string_end(pos);
      default:
        return scalar_end(pos);
    }
  }

  size_t object(size_t pos, size_t depth, bool follow) {
    pos = skip_spaces(pos + 1);
    while (pos < json_.size() && json_[pos] == '"') {
      std::string key;
      size_t after_key = decode_json_string(json_, pos, key, nullptr);
      bool match = follow && path_[depth].is_key && key == path_[depth].key;
      pos = skip_spaces(skip_spaces(after_key) + 1);  // past the ':'
      pos = skip_spaces(value(pos, depth + 1, match));
      if (pos < json_.size() && json_[pos] == ',') pos = skip_spaces(pos + 1);
    }
    return pos + 1;  // past the '}'
  }

  size_t array(size_t pos, size_t depth, bool follow) {
    pos = skip_spaces(pos + 1);
    for (size_t index = 0; pos < json_.size() && json_[pos] != ']'; ++index) {
      bool match = follow && !path_[depth].is_key && index == path_[depth].index;
      pos = skip_spaces(value(pos, depth + 1, match));
      if (pos < json_.size() && json_[pos] == ',') pos = skip_spaces(pos + 1);
    }
    return pos + 1;  // past the ']'
  }

  size_t string_end(size_t pos) const {
    for (++pos; pos < json_.size() && json_[pos] != '"'; ++pos) {
      if (json_[pos] == '\\') ++pos;
    }
    return pos + 1;
  }

  // A number, true, false or null; always at least one byte, so every loop moves on.
  size_t scalar_end(size_t pos) const {
    do {
      ++pos;
    } while (pos < json_.size() && json_[pos] != ',' && json_[pos] != ']' && json_[pos] != '}' &&
             json_[pos] != ' ' && json_[pos] != '\t' && json_[pos] != '\n' && json_[pos] != '\r');
    return pos;
  }

  std::string_view json_;
  const std::vector<JsonStep>& path_;
  size_t found_ = std::string_view::npos;
};

}  // namespace

size_t locate_json_value(std::string_view json, const std::vector<JsonStep>& path) {
  return Locator(json, path).run();
}

}  // namespace cc::ingest
