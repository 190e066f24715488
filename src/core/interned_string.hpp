// A string from a small set of values that many objects repeat (a finding's type and rule:
// a few dozen values over tens of thousands of findings): one pointer to a copy kept for
// the whole process, shared by every equal string. Assigning looks the text up in a
// process-wide pool (thread-safe); reading costs nothing. Empty is null. Not for text
// that comes from the input: the pool never shrinks.
#pragma once

#include <compare>
#include <ostream>
#include <string>
#include <string_view>

#include "core/view_operators.hpp"

namespace cc {

class InternedString : public ViewOperators<InternedString> {
 public:
  InternedString() = default;
  InternedString(std::string_view text) : text_(intern(text)) {}  // NOLINT: like std::string
  InternedString(const std::string& text) : InternedString(std::string_view(text)) {}  // NOLINT
  InternedString(const char* text) : InternedString(std::string_view(text)) {}         // NOLINT

  bool empty() const { return text_ == nullptr; }
  size_t size() const { return view().size(); }
  std::string_view view() const { return text_ == nullptr ? std::string_view() : *text_; }
  operator std::string_view() const { return view(); }  // NOLINT: reads like a string

  friend bool operator==(const InternedString& a, const InternedString& b) {
    return a.text_ == b.text_;  // one copy per value
  }
  friend auto operator<=>(const InternedString& a, const InternedString& b) {
    return a.view() <=> b.view();
  }

 private:
  static const std::string* intern(std::string_view text);  // null for ""

  const std::string* text_ = nullptr;
};

}  // namespace cc
