#include "core/interned_string.hpp"

#include <mutex>

#include "core/string_map.hpp"

namespace cc {

const std::string* InternedString::intern(std::string_view text) {
  if (text.empty()) return nullptr;
  // Node-based: an element's address never changes. Leaked on purpose, so that strings
  // held by objects destroyed at exit stay valid.
  static auto* pool = new StringSet();
  static std::mutex* lock = new std::mutex();
  std::lock_guard<std::mutex> guard(*lock);
  if (auto found = pool->find(text); found != pool->end()) return &*found;
  return &*pool->emplace(text).first;
}

}  // namespace cc
