#include "ingest/html_tokenizer.hpp"

#include <array>
#include <string>

#include "ingest/ascii.hpp"
#include "ingest/entities.hpp"

namespace cc::ingest {

namespace {

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements whose content is text up to their own end tag, never markup.
bool is_raw_text_element(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kRawText = {
      "script", "style", "textarea", "title", "noscript", "iframe", "xmp", "noembed", "noframes"};
  for (std::string_view raw : kRawText) {
    if (raw == name) return true;
  }
  return false;
}

// Reads a tag's attributes one at a time, from just after its name to its closing '>'.
class AttributeReader {
 public:
  AttributeReader(std::string_view html, size_t pos) : html_(html), pos_(pos) {}

  // Reads the next attribute (value empty when it has none); false at the end of the tag,
  // and then tag_end() and self_closing() are known.
  bool next(std::string_view& name, std::string_view& value) {
    skip_spaces();
    while (pos_ < html_.size() && html_[pos_] == '/') {
      if (pos_ + 1 < html_.size() && html_[pos_ + 1] == '>') return finish(pos_ + 2, true);
      ++pos_;  // a stray '/' between attributes means nothing
      skip_spaces();
    }
    if (pos_ >= html_.size()) return finish(pos_, false);
    if (html_[pos_] == '>') return finish(pos_ + 1, false);
    name = read_name();
    skip_spaces();
    value = {};
    if (pos_ < html_.size() && html_[pos_] == '=') {
      ++pos_;
      skip_spaces();
      value = read_value();
    }
    return true;
  }
  void skip_to_end() {
    std::string_view name;
    std::string_view value;
    while (next(name, value)) continue;
  }
  size_t tag_end() const { return tag_end_; }
  bool self_closing() const { return self_closing_; }

 private:
  bool finish(size_t tag_end, bool self_closing) {
    tag_end_ = tag_end;
    self_closing_ = self_closing;
    return false;
  }
  void skip_spaces() {
    while (pos_ < html_.size() && is_space(html_[pos_])) ++pos_;
  }
  std::string_view read_name() {
    size_t begin = pos_++;  // the first character is part of the name, even '='
    while (pos_ < html_.size() && !is_space(html_[pos_]) && html_[pos_] != '/' &&
           html_[pos_] != '>' && html_[pos_] != '=') {
      ++pos_;
    }
    return html_.substr(begin, pos_ - begin);
  }
  std::string_view read_value() {
    if (pos_ < html_.size() && (html_[pos_] == '"' || html_[pos_] == '\'')) {
      size_t begin = pos_ + 1;
      size_t close = html_.find(html_[pos_], begin);
      if (close != std::string_view::npos) {
        pos_ = close + 1;
        return html_.substr(begin, close - begin);
      }
      // A quote that never closes would swallow the rest of the page; end it at the next
      // '>' instead, so that the text after the tag survives.
      pos_ = std::min(html_.find('>', begin), html_.size());
      return html_.substr(begin, pos_ - begin);
    }
    size_t begin = pos_;
    while (pos_ < html_.size() && !is_space(html_[pos_]) && html_[pos_] != '>') ++pos_;
    return html_.substr(begin, pos_ - begin);
  }

  std::string_view html_;
  size_t pos_;
  size_t tag_end_ = 0;
  bool self_closing_ = false;
};

}  // namespace

bool HtmlTokenizer::next(HtmlToken& token) {
  if (pos_ >= html_.size()) return false;
  token = HtmlToken{};
  token.begin = pos_;
  if (!raw_text_element_.empty()) {
    read_raw_text(token);
  } else if (!starts_markup(pos_)) {
    read_text(token);
  } else if (html_.substr(pos_, 4) == "<!--") {
    read_comment(token);
  } else if (html_[pos_ + 1] == '!' || html_[pos_ + 1] == '?') {
    read_declaration(token);
  } else {
    read_tag(token);
  }
  pos_ = token.end;
  // Only the raw text of an empty element ("<script></script>") can be empty: it is no
  // token, so go straight on to the end tag.
  return token.end > token.begin || next(token);
}

bool HtmlTokenizer::starts_markup(size_t pos) const {
  if (html_[pos] != '<' || pos + 1 >= html_.size()) return false;
  char c = html_[pos + 1];
  if (c == '/') return pos + 2 < html_.size() && is_ascii_letter(html_[pos + 2]);
  return is_ascii_letter(c) || c == '!' || c == '?';
}

void HtmlTokenizer::read_text(HtmlToken& token) {
  size_t end = pos_ + 1;  // html_[pos_] is text, even when it is a stray '<'
  while ((end = html_.find('<', end)) != std::string_view::npos && !starts_markup(end)) ++end;
  token.end = std::min(end, html_.size());
}

void HtmlTokenizer::read_raw_text(HtmlToken& token) {
  size_t end = pos_;
  size_t n = raw_text_element_.size();
  for (;; end += 2) {
    end = html_.find("</", end);
    if (end == std::string_view::npos) {
      end = html_.size();
      break;
    }
    size_t after = end + 2 + n;
    if (iequals(html_.substr(end + 2, n), raw_text_element_) &&
        (after >= html_.size() || is_space(html_[after]) || html_[after] == '/' ||
         html_[after] == '>')) {
      break;
    }
  }
  raw_text_element_.clear();
  token.end = end;
}

void HtmlTokenizer::read_comment(HtmlToken& token) {
  token.kind = HtmlToken::Kind::Comment;
  token.inner_begin = pos_ + 4;
  // Searching from just after "<!" also ends the empty comments "<!-->" and "<!--->".
  size_t close = html_.find("-->", pos_ + 2);
  if (close == std::string_view::npos) {
    token.inner_end = token.end = html_.size();
    return;
  }
  token.inner_end = std::max(close, token.inner_begin);
  token.end = close + 3;
}

void HtmlTokenizer::read_declaration(HtmlToken& token) {
  token.kind = HtmlToken::Kind::Declaration;
  size_t close = html_.find('>', pos_);
  token.end = close == std::string_view::npos ? html_.size() : close + 1;
}

void HtmlTokenizer::read_tag(HtmlToken& token) {
  bool end_tag = html_[pos_ + 1] == '/';
  token.kind = end_tag ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
  size_t name_end = pos_ + (end_tag ? 2 : 1);
  while (name_end < html_.size() && !is_space(html_[name_end]) && html_[name_end] != '/' &&
         html_[name_end] != '>') {
    token.name.push_back(ascii_lower(html_[name_end++]));
  }
  AttributeReader reader(html_, name_end);
  reader.skip_to_end();  // attribute() reads the attributes again when they matter
  token.inner_begin = name_end;
  token.end = reader.tag_end();
  token.self_closing = reader.self_closing();
  if (!end_tag && !token.self_closing && is_raw_text_element(token.name)) {
    raw_text_element_ = token.name;
  }
}

std::optional<std::string> attribute(std::string_view html, const HtmlToken& tag,
                                     std::string_view name) {
  AttributeReader reader(html.substr(0, tag.end), tag.inner_begin);
  std::string_view found;
  std::string_view value;
  while (reader.next(found, value)) {
    if (iequals(found, name)) return decode_char_refs(value);
  }
  return std::nullopt;
}

}  // namespace cc::ingest
