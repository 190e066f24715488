// Source maps: where each byte of a buffer being extracted came from in the original file.
//
// Extraction reads a buffer (a file's own bytes, or a JSON string literal decoded from a
// file) and needs, for any position, the original line and column. A SourceMap answers
// that, plus where the current "run" ends: the next position at which columns stop
// advancing one per code point (a new line, an escape). TextBuilder uses the two to place
// OffsetMap anchors exactly where they are needed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace cc::ingest {

class SourceMap {
 public:
  virtual ~SourceMap() = default;
  // The bytes being extracted.
  virtual std::string_view buffer() const = 0;
  // Original position of the byte at `pos` of buffer(). Cheap when called with
  // non-decreasing positions (extraction always moves forward).
  virtual Origin origin(size_t pos) = 0;
  // End of the run that contains `pos` (always > pos): up to there, each code point of
  // buffer() is one column further on the same original line.
  virtual size_t run_end(size_t pos) = 0;
};

// A line of a buffer: [begin, content_end) is its text, [content_end, next) its line
// terminator ("\n", "\r\n" or "\r"; empty on the last line).
struct Line {
  size_t begin = 0;
  size_t content_end = 0;
  size_t next = 0;
};
// The line that starts at `begin` of `text`.
Line line_at(std::string_view text, size_t begin);

// A file's own bytes (after the BOM). Lines end at "\n", "\r\n" or "\r".
class FileMap final : public SourceMap {
 public:
  explicit FileMap(std::string_view bytes);
  std::string_view buffer() const override { return bytes_; }
  Origin origin(size_t pos) override;
  size_t run_end(size_t pos) override;

 private:
  // Index (0-based) of the line containing `pos`; checks the cached line first.
  size_t line_index(size_t pos) const;

  std::string_view bytes_;
  std::vector<uint32_t> line_starts_;  // offset where each line begins; [0] == 0
  // The last answer of origin(): walking on from it keeps a long line linear.
  size_t cached_line_ = 0;
  size_t cached_pos_ = 0;
  uint32_t cached_column_ = 1;
};

// Where a piece of decoded JSON string text came from in the JSON file.
struct JsonPiece {
  size_t decoded = 0;     // offset of the piece in the decoded string
  size_t file = 0;        // offset of its first byte (or of its escape) in the file
  bool verbatim = false;  // true: copied byte for byte; false: one escape sequence
};

// Decodes the JSON string literal whose opening quote is at `pos` of `json` into `out`,
// and returns the offset just past the closing quote. When `pieces` is given, records
// where each decoded piece came from (file offsets are relative to `json`). The literal
// must already be valid JSON; malformed escapes decode to U+FFFD.
size_t decode_json_string(std::string_view json, size_t pos, std::string& out,
                          std::vector<JsonPiece>* pieces);

// A JSON string literal of a file, decoded: escapes are discontinuities, everything else
// maps byte for byte onto the file, so HTML inside a JSON string still locates into the
// .json file.
class JsonStringMap final : public SourceMap {
 public:
  // `literal` is the offset of the opening quote in `file`'s buffer.
  JsonStringMap(FileMap& file, size_t literal);
  std::string_view buffer() const override { return decoded_; }
  Origin origin(size_t pos) override;
  size_t run_end(size_t pos) override;

 private:
  // Index of the piece containing `pos`; checks the cached piece first.
  size_t piece_index(size_t pos);

  FileMap& file_;
  std::string decoded_;
  std::vector<JsonPiece> pieces_;
  size_t cached_piece_ = 0;
};

}  // namespace cc::ingest
