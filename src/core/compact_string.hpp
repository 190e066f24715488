// A string that costs one pointer, for what many objects hold until a run ends: a finding's
// id, summary and explanation, and its almost always empty fields (why it was suppressed,
// a reviewer's verdict, note and name); a document's path, title and story. A std::string
// is 32 bytes even when empty; a pile's report holds tens of thousands of findings until it
// is written (docs/performance.md). The text lives in one heap block, its length first;
// empty is null. Read-mostly: appending copies the whole text.
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "core/view_operators.hpp"

namespace cc {

class CompactString : public ViewOperators<CompactString> {
 public:
  CompactString() = default;
  CompactString(std::string_view text) { assign(text); }  // NOLINT: implicit, like std::string
  CompactString(const std::string& text) : CompactString(std::string_view(text)) {}  // NOLINT
  CompactString(const char* text) : CompactString(std::string_view(text)) {}         // NOLINT
  CompactString(const CompactString& other) : CompactString(other.view()) {}
  CompactString(CompactString&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  ~CompactString() { delete[] block_; }

  CompactString& operator=(const CompactString& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  CompactString& operator=(CompactString&& other) noexcept {
    if (this != &other) {
      delete[] block_;
      block_ = std::exchange(other.block_, nullptr);
    }
    return *this;
  }
  CompactString& operator=(std::string_view text) {
    assign(text);
    return *this;
  }
  CompactString& operator=(const std::string& text) { return *this = std::string_view(text); }
  CompactString& operator=(const char* text) { return *this = std::string_view(text); }

  bool empty() const { return block_ == nullptr; }
  size_t size() const {
    if (block_ == nullptr) return 0;
    uint32_t size = 0;
    std::memcpy(&size, block_, sizeof size);
    return size;
  }
  std::string_view view() const {
    return block_ == nullptr ? std::string_view() : std::string_view(block_ + kHeader, size());
  }
  operator std::string_view() const { return view(); }  // NOLINT: reads like a string

  friend bool operator==(const CompactString& a, const CompactString& b) {
    return a.view() == b.view();
  }
  friend auto operator<=>(const CompactString& a, const CompactString& b) {
    return a.view() <=> b.view();
  }
  CompactString& operator+=(std::string_view text) {
    std::string joined(view());
    joined += text;
    assign(joined);
    return *this;
  }

 private:
  static constexpr size_t kHeader = sizeof(uint32_t);

  void assign(std::string_view text) {
    if (text.size() > UINT32_MAX - kHeader) throw std::length_error("CompactString: too long");
    char* block = nullptr;
    if (!text.empty()) {
      block = new char[kHeader + text.size()];
      const auto size = static_cast<uint32_t>(text.size());
      std::memcpy(block, &size, sizeof size);
      std::memcpy(block + kHeader, text.data(), text.size());
    }
    delete[] block_;
    block_ = block;
  }

  char* block_ = nullptr;
};

}  // namespace cc
