// .txt files, and plain-text bodies of JSON articles.
#include "core/text.hpp"
#include "ingest/formats.hpp"

namespace cc::ingest {

void extract_plain(SourceMap& map, TextBuilder& out) {
  std::string_view bytes = map.buffer();
  size_t pos = 0;
  for (;;) {
    size_t cr = bytes.find('\r', pos);
    if (cr == std::string_view::npos) break;
    out.copy(map, pos, cr);
    out.replace(map, cr, "\n");
    pos = cr + (cr + 1 < bytes.size() && bytes[cr + 1] == '\n' ? 2 : 1);
  }
  out.copy(map, pos, bytes.size());
}

Document parse_text(FileMap& file) {
  Document doc;
  TextBuilder out;
  extract_plain(file, out);
  out.finish(doc);
  std::string_view text = doc.text;
  for (size_t pos = 0; pos < text.size() && doc.title.empty();) {
    Line line = line_at(text, pos);
    doc.title = std::string(text::trim(text.substr(line.begin, line.content_end - line.begin)));
    pos = line.next;
  }
  return doc;
}

}  // namespace cc::ingest
