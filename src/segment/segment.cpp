#include "segment/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <string_view>

#include "core/error.hpp"

namespace cc::segment {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

Span trimmed(std::string_view text, uint32_t begin, uint32_t end) {
  while (begin < end && (is_space(text[begin]) || text[begin] == '\n')) ++begin;
  while (end > begin && (is_space(text[end - 1]) || text[end - 1] == '\n')) --end;
  return Span{begin, end};
}

bool is_lower_start(std::string_view line) {
  return !line.empty() && line.front() >= 'a' && line.front() <= 'z';
}

// A line that ends mid-sentence: its last character is a lower-case letter, a comma or a
// hyphen, so a lower-case next line continues the same sentence.
bool ends_mid_sentence(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  if (line.empty()) return false;
  char last = line.back();
  return (last >= 'a' && last <= 'z') || last == ',' || last == '-' || last == ';';
}

// Paragraph spans: blank lines always separate; a single newline separates unless the
// text is hard-wrapped mid-sentence.
std::vector<Span> paragraph_spans(std::string_view text) {
  std::vector<Span> out;
  uint32_t paragraph_start = 0;
  uint32_t line_start = 0;
  auto close = [&](uint32_t end) {
    Span span = trimmed(text, paragraph_start, end);
    if (!span.empty()) out.push_back(span);
  };
  while (line_start < text.size()) {
    size_t newline = text.find('\n', line_start);
    if (newline == std::string_view::npos) break;
    auto line = text.substr(line_start, newline - line_start);
    auto next_start = static_cast<uint32_t>(newline + 1);
    size_t next_end = text.find('\n', next_start);
    auto next = text.substr(next_start, next_end == std::string_view::npos ? std::string_view::npos
                                                                           : next_end - next_start);
    bool joins = ends_mid_sentence(line) && is_lower_start(next);
    if (!joins) {
      close(static_cast<uint32_t>(newline));
      paragraph_start = next_start;
    }
    line_start = next_start;
  }
  close(static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

Segmenter::Segmenter(const std::vector<std::string>& abbreviations)
    : impl_(std::make_unique<Impl>()) {
  auto& iterator_ = impl_->iterator;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  if (U_FAILURE(status)) {
    throw UsageError(std::string("ICU sentence iterator unavailable: ") + u_errorName(status));
  }
  for (const auto& word : abbreviations) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(word), status);
  }
  iterator_.reset(builder->build(base.release(), status));
  if (U_FAILURE(status) || !iterator_) {
    throw UsageError(std::string("ICU sentence iterator unavailable: ") + u_errorName(status));
  }
}

Segmenter::~Segmenter() = default;

Segmenter::Segmenter(const Segmenter& other)
    : impl_(std::make_unique<Impl>(
          Impl{std::unique_ptr<icu::BreakIterator>(other.impl_->iterator->clone())})) {}

void Segmenter::split(Document& document) {
  auto& iterator_ = impl_->iterator;
  document.paragraphs.clear();
  document.sentences.clear();
  std::string_view text = document.text;
  for (Span paragraph_span : paragraph_spans(text)) {
    Paragraph paragraph;
    paragraph.span = paragraph_span;
    paragraph.first_sentence = static_cast<uint32_t>(document.sentences.size());
    auto paragraph_index = static_cast<uint32_t>(document.paragraphs.size());

    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data() + paragraph_span.start,
                                  static_cast<int64_t>(paragraph_span.size()), &status);
    if (U_SUCCESS(status)) iterator_->setText(utext, status);
    if (U_FAILURE(status)) {
      // Never lose text: the paragraph becomes one sentence.
      document.sentences.push_back(Sentence{paragraph_span, paragraph_index});
    } else {
      int32_t start = iterator_->first();
      for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
           start = end, end = iterator_->next()) {
        Span sentence = trimmed(text, paragraph_span.start + static_cast<uint32_t>(start),
                                paragraph_span.start + static_cast<uint32_t>(end));
        if (!sentence.empty()) document.sentences.push_back(Sentence{sentence, paragraph_index});
      }
    }
    utext_close(utext);
    paragraph.sentence_count =
        static_cast<uint32_t>(document.sentences.size()) - paragraph.first_sentence;
    if (paragraph.sentence_count > 0) document.paragraphs.push_back(paragraph);
  }
  // Kept for the whole run: no room left over from growing them.
  document.paragraphs.shrink_to_fit();
  document.sentences.shrink_to_fit();
}

}  // namespace cc::segment
