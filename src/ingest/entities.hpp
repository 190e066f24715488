// HTML character references: &amp; &eacute; &#8217; &#x2019; ...
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cc::ingest {

struct CharRef {
  char32_t code_point = 0;  // what the reference stands for
  size_t length = 0;        // bytes of the reference, from '&' to ';' inclusive
};

// Decodes the character reference at `pos` of `text` (where text[pos] == '&'); nullopt when
// there is none there, and the '&' is a literal ampersand. Named references need their ';'
// (only a table of common names is known); numeric ones may omit it, and invalid numbers
// decode to U+FFFD, as browsers do.
std::optional<CharRef> decode_char_ref(std::string_view text, size_t pos);

// `text` with every character reference decoded.
std::string decode_char_refs(std::string_view text);

}  // namespace cc::ingest
