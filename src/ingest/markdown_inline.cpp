#include "ingest/markdown_inline.hpp"

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/ascii.hpp"

namespace cc::ingest {

namespace {

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Letters and digits, counting every non-ASCII byte as part of a word.
bool is_word_byte(char c) {
  auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

class InlineLine {
 public:
  InlineLine(SourceMap& map, size_t begin, size_t end, TextBuilder& out)
      : map_(map), text_(map.buffer()), begin_(begin), end_(end), out_(out) {
    find_code_spans();
    match_brackets();
  }

  void render() {
    size_t next_code = 0;
    run_ = begin_;
    for (size_t i = begin_; i < end_;) {
      while (next_code < code_spans_.size() && code_spans_[next_code].open < i) ++next_code;
      if (!skips_.empty() && skips_.back().at == i) {
        flush(i);
        i = run_ = skips_.back().resume;
        skips_.pop_back();
      } else if (next_code < code_spans_.size() && code_spans_[next_code].open == i) {
        const CodeSpan& span = code_spans_[next_code];
        flush(i);
        out_.copy(map_, span.content_begin, span.content_end);
        i = run_ = span.close_end;
      } else {
        i = render_char(i);
      }
    }
    flush(end_);
  }

 private:
  struct CodeSpan {
    size_t open;           // first backtick of the opening run
    size_t content_begin;  // after the opening run
    size_t content_end;    // first backtick of the closing run
    size_t close_end;      // after the closing run
  };
  // Where a link's text ends (its ']') and where the text after the link resumes.
  struct Skip {
    size_t at;
    size_t resume;
  };

  // Handles the byte at `i` outside code spans; returns where to go on.
  size_t render_char(size_t i) {
    char c = text_[i];
    if (c == '\\' && i + 1 < end_ && is_ascii_punct(text_[i + 1])) {
      flush(i);
      run_ = i + 1;  // the escaped character starts the next verbatim run
      return i + 2;
    }
    if (c == '!' && i + 1 < end_ && text_[i + 1] == '[' && open_link(i + 1)) {
      flush(i);
      run_ = i + 2;  // the image's alt text
      return run_;
    }
    if (c == '[' && open_link(i)) {
      flush(i);
      run_ = i + 1;  // the link's text
      return run_;
    }
    if (c == '*' || c == '_') {
      size_t j = i;
      while (j < end_ && text_[j] == c) ++j;
      if (is_emphasis(i, j)) {
        flush(i);
        run_ = j;
      }
      return j;
    }
    return i + 1;
  }

  void flush(size_t to) {
    if (to > run_) out_.copy(map_, run_, to);
  }

  // A backtick run opens a code span that the next run of the same length closes; a run
  // that no later run matches is literal. `next_same` makes the pairing linear.
  void find_code_spans() {
    struct Run {
      size_t pos;
      size_t length;
    };
    std::vector<Run> runs;
    for (size_t i = begin_; i < end_;) {
      if (text_[i] != '`') {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < end_ && text_[j] == '`') ++j;
      // "\`" is a literal backtick: the run starts after it.
      size_t escaped = i > begin_ && text_[i - 1] == '\\' ? 1 : 0;
      if (j - i > escaped) runs.push_back(Run{i + escaped, j - i - escaped});
      i = j;
    }
    std::vector<size_t> next_same(runs.size(), runs.size());
    std::unordered_map<size_t, size_t> last_of_length;
    for (size_t k = runs.size(); k-- > 0;) {
      auto [found, inserted] = last_of_length.try_emplace(runs[k].length, k);
      if (!inserted) next_same[k] = std::exchange(found->second, k);
    }
    for (size_t k = 0; k < runs.size();) {
      size_t close = next_same[k];
      if (close == runs.size()) {
        ++k;
        continue;
      }
      size_t content_begin = runs[k].pos + runs[k].length;
      code_spans_.push_back(CodeSpan{runs[k].pos, content_begin, runs[close].pos,
                                     runs[close].pos + runs[close].length});
      k = close + 1;
    }
  }

  // Pairs '[' with ']' and '(' with ')' outside code spans and escapes, once per line.
  void match_brackets() {
    std::vector<size_t> squares;
    std::vector<size_t> parens;
    size_t next_code = 0;
    for (size_t i = begin_; i < end_; ++i) {
      while (next_code < code_spans_.size() && code_spans_[next_code].open < i) ++next_code;
      if (next_code < code_spans_.size() && code_spans_[next_code].open == i) {
        i = code_spans_[next_code++].close_end - 1;
        continue;
      }
      char c = text_[i];
      if (c == '\\') {
        ++i;
      } else if (c == '[' || c == '(') {
        (c == '[' ? squares : parens).push_back(i);
      } else if ((c == ']' && !squares.empty()) || (c == ')' && !parens.empty())) {
        std::vector<size_t>& open = c == ']' ? squares : parens;
        matches_[open.back()] = i;
        open.pop_back();
      }
    }
  }

  size_t matching(size_t pos) const {
    auto found = matches_.find(pos);
    return found == matches_.end() ? std::string_view::npos : found->second;
  }

  // A '[' at `bracket` starts a link when its ']' is followed by "(destination)" or
  // "[reference]" that ends inside the text of any link around it.
  bool open_link(size_t bracket) {
    size_t close = matching(bracket);
    if (close == std::string_view::npos || close + 1 >= end_) return false;
    char next = text_[close + 1];
    if (next != '(' && next != '[') return false;
    size_t tail_end = matching(close + 1);
    if (tail_end == std::string_view::npos) return false;
    if (!skips_.empty() && tail_end >= skips_.back().at) return false;
    skips_.push_back(Skip{close, tail_end + 1});
    return true;
  }

  // A run of '*' or '_' is emphasis unless it stands alone between spaces ("5 * 3") or
  // inside a word ("snake_case", "2*3").
  bool is_emphasis(size_t begin, size_t end) const {
    char before = begin > begin_ ? text_[begin - 1] : ' ';
    char after = end < end_ ? text_[end] : ' ';
    if (is_space(before) && is_space(after)) return false;
    return !(is_word_byte(before) && is_word_byte(after));
  }

  SourceMap& map_;
  std::string_view text_;
  size_t begin_;
  size_t end_;
  TextBuilder& out_;
  std::vector<CodeSpan> code_spans_;            // in order of position
  std::unordered_map<size_t, size_t> matches_;  // '[' -> ']' and '(' -> ')'
  std::vector<Skip> skips_;                     // open links, innermost last
  size_t run_ = 0;                              // start of the run not yet copied
};

}  // namespace

void render_inline(SourceMap& map, size_t begin, size_t end, TextBuilder& out) {
  if (begin < end) InlineLine(map, begin, end, out).render();
}

}  // namespace cc::ingest
