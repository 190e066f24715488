// A byte range of a document's text, and a short list of them.
//
// SpanList: a short list of spans that holds one span without a heap block: a finding's evidence
// highlights (the conflicting words of a claim). Almost every evidence highlights none
// or one span, and a pile's findings are held until the report is written: a std::vector
// of one span costs 24 bytes and a 32-byte heap block, this 16 bytes and none
// (docs/performance.md). The part of std::vector's interface the detectors and reports use.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <utility>

namespace cc {

// A half-open byte range [start, end) into a document's extracted text.
struct Span {
  uint32_t start = 0;  // first byte
  uint32_t end = 0;    // one past the last byte
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(uint32_t offset) const { return offset >= start && offset < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

class SpanList {
 public:
  SpanList() = default;
  SpanList(std::initializer_list<Span> spans) {
    for (const Span& span : spans) push_back(span);
  }
  SpanList(const SpanList& other) {
    for (const Span& span : other) push_back(span);
  }
  SpanList(SpanList&& other) noexcept
      : size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 1)),
        storage_(other.storage_) {
    other.storage_.one = Span{};
  }
  SpanList& operator=(SpanList other) noexcept {
    swap(other);
    return *this;
  }
  ~SpanList() { release(); }

  void swap(SpanList& other) noexcept {
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
    std::swap(storage_, other.storage_);
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Span* data() { return capacity_ == 1 ? &storage_.one : storage_.many; }
  const Span* data() const { return capacity_ == 1 ? &storage_.one : storage_.many; }
  Span* begin() { return data(); }
  Span* end() { return data() + size_; }
  const Span* begin() const { return data(); }
  const Span* end() const { return data() + size_; }
  Span& operator[](size_t i) { return data()[i]; }
  const Span& operator[](size_t i) const { return data()[i]; }
  Span& back() { return data()[size_ - 1]; }
  const Span& back() const { return data()[size_ - 1]; }

  void push_back(Span span) {
    if (size_ == capacity_) {
      uint32_t capacity = capacity_ < 4 ? 4 : capacity_ * 2;
      Span* many = new Span[capacity];
      std::copy(begin(), end(), many);
      release();
      storage_.many = many;
      capacity_ = capacity;
    }
    data()[size_++] = span;
  }
  // Empties the list and frees its block, if any.
  void clear() {
    release();
    size_ = 0;
    capacity_ = 1;
    storage_.one = Span{};
  }

  friend bool operator==(const SpanList& a, const SpanList& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  void release() {
    if (capacity_ > 1) delete[] storage_.many;
  }

  union Storage {
    Span one;    // capacity_ == 1: the only span, if any
    Span* many;  // capacity_ > 1: a block of capacity_ spans
    Storage() : one() {}
  };
  uint32_t size_ = 0;
  uint32_t capacity_ = 1;
  Storage storage_;
};

}  // namespace cc
