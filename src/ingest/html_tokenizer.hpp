// A tolerant HTML tokenizer: never fails, whatever the input.
//
// It knows just enough of HTML to find article text: tags with attributes (quoted values
// may hold '>'), comments, declarations, and the raw-text elements (script, style, ...)
// whose content is never markup. Stray '<' is text; an unclosed tag, comment or quote
// ends at the end of the input (a quote that never closes ends at the next '>').
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cc::ingest {

struct HtmlToken {
  enum class Kind { Text, StartTag, EndTag, Comment, Declaration };
  Kind kind = Kind::Text;
  size_t begin = 0;           // first byte of the token
  size_t end = 0;             // one past its last byte
  size_t inner_begin = 0;     // Comment: after "<!--"; tags: after the name
  size_t inner_end = 0;       // Comment: before "-->"
  std::string name;           // tags: the name, lower-cased
  bool self_closing = false;  // start tags written "<name ... />"
};

class HtmlTokenizer {
 public:
  explicit HtmlTokenizer(std::string_view html) : html_(html) {}
  // Reads the next token into `token`; false at the end of the input.
  bool next(HtmlToken& token);

 private:
  bool starts_markup(size_t pos) const;
  void read_text(HtmlToken& token);
  void read_raw_text(HtmlToken& token);
  void read_comment(HtmlToken& token);
  void read_declaration(HtmlToken& token);
  void read_tag(HtmlToken& token);

  std::string_view html_;
  size_t pos_ = 0;
  std::string raw_text_element_;  // set inside <script>, <style>, ...: the element's name
};

// Value of the attribute `name` (lower case) of the tag `tag` read from `html`, with
// character references decoded; nullopt when the tag has no such attribute.
std::optional<std::string> attribute(std::string_view html, const HtmlToken& tag,
                                     std::string_view name);

}  // namespace cc::ingest
