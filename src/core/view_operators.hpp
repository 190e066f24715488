// The reading side shared by the one-pointer string types (CompactString, InternedString):
// comparison with and concatenation to std::string, std::string_view and C strings, stream
// output, str() and find(), all through the derived type's view(). Each type keeps its own
// comparison with itself (an InternedString compares pointers).
#pragma once

#include <compare>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace cc {

template <typename Derived>
class ViewOperators {
 public:
  std::string str() const { return std::string(self().view()); }
  size_t find(std::string_view text, size_t from = 0) const {
    return self().view().find(text, from);
  }

  friend bool operator==(const Derived& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Derived& a, const std::string& b) {
    return a.view() == std::string_view(b);
  }
  friend bool operator==(const Derived& a, const char* b) {
    return a.view() == std::string_view(b);
  }
  friend auto operator<=>(const Derived& a, std::string_view b) { return a.view() <=> b; }
  friend auto operator<=>(const Derived& a, const std::string& b) {
    return a.view() <=> std::string_view(b);
  }
  friend std::string operator+(std::string a, const Derived& b) {
    a += b.view();
    return a;
  }
  friend std::string operator+(const char* a, const Derived& b) { return std::string(a) + b; }
  friend std::string operator+(const Derived& a, std::string_view b) {
    std::string out(a.view());
    out += b;
    return out;
  }
  friend std::string operator+(const Derived& a, const char* b) { return a + std::string_view(b); }
  friend std::string operator+(const Derived& a, const std::string& b) {
    return a + std::string_view(b);
  }
  friend std::ostream& operator<<(std::ostream& out, const Derived& text) {
    return out << text.view();
  }

 private:
  const Derived& self() const { return static_cast<const Derived&>(*this); }
};

}  // namespace cc
