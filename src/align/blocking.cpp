#include "align/blocking.hpp"

#include <algorithm>
#include <utility>

namespace cc::align {

void BlockKeys::add(uint32_t source, std::vector<uint64_t> keys, uint64_t order) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  keys_.insert(keys_.end(), keys.begin(), keys.end());
  offsets_.push_back(static_cast<uint32_t>(keys_.size()));
  sources_.push_back(source);
  orders_.push_back(order);
}

struct Blocker {
  const BlockKeys& in;
  const BlockingOptions& options;
  std::vector<uint8_t> small;  // per key entry (parallel to in.keys_): its block is small

  // Position of `key` among the keys of `claim`.
  size_t slot(uint32_t claim, uint64_t key) const {
    auto first = in.keys_.begin() + in.offsets_[claim];
    auto last = in.keys_.begin() + in.offsets_[claim + 1];
    return static_cast<size_t>(std::lower_bound(first, last, key) - in.keys_.begin());
  }

  // True when a and b share a small block whose key is below `limit` (that block owns
  // the pair). With limit = UINT64_MAX: whether they share any small block.
  bool owned_elsewhere(uint32_t a, uint32_t b, uint64_t limit) const {
    size_t i = in.offsets_[a], i_end = in.offsets_[a + 1];
    size_t j = in.offsets_[b], j_end = in.offsets_[b + 1];
    while (i < i_end && j < j_end) {
      uint64_t x = in.keys_[i], y = in.keys_[j];
      if (x >= limit || y >= limit) break;
      if (x < y) {
        ++i;
      } else if (y < x) {
        ++j;
      } else {
        if (small[i]) return true;
        ++i;
        ++j;
      }
    }
    return false;
  }

  bool comparable(uint32_t a, uint32_t b) const {
    return a != b && (options.within_source || in.sources_[a] != in.sources_[b]);
  }
};

BlockingStats for_each_candidate(const BlockKeys& keys, const BlockingOptions& options,
                                 const std::function<void(uint32_t, uint32_t)>& visit) {
  BlockingStats stats;
  // The entries sorted by key, then claim: each run of one key is a block.
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  entries.reserve(keys.keys_.size());
  for (uint32_t claim = 0; claim < keys.size(); ++claim) {
    for (uint32_t at = keys.offsets_[claim]; at < keys.offsets_[claim + 1]; ++at) {
      entries.emplace_back(keys.keys_[at], claim);
    }
  }
  std::sort(entries.begin(), entries.end());
  std::vector<std::pair<size_t, size_t>> blocks;  // [begin, end) into entries, size >= 2
  for (size_t begin = 0; begin < entries.size();) {
    size_t end = begin + 1;
    while (end < entries.size() && entries[end].first == entries[begin].first) ++end;
    if (end - begin >= 2) blocks.emplace_back(begin, end);
    begin = end;
  }

  Blocker blocker{keys, options, std::vector<uint8_t>(keys.keys_.size(), 0)};
  for (auto [begin, end] : blocks) {
    ++stats.blocks;
    stats.largest_block = std::max(stats.largest_block, end - begin);
    if (end - begin > options.max_block) continue;
    for (size_t e = begin; e < end; ++e) {
      blocker.small[blocker.slot(entries[e].second, entries[e].first)] = 1;
    }
  }

  std::vector<uint64_t> big_pairs;  // (a << 32 | b), found in sub-blocked blocks only
  std::vector<uint32_t> members;
  for (auto [begin, end] : blocks) {
    uint64_t key = entries[begin].first;
    if (end - begin <= options.max_block) {
      for (size_t i = begin; i < end; ++i) {
        for (size_t j = i + 1; j < end; ++j) {
          uint32_t a = entries[i].second, b = entries[j].second;
          if (!blocker.comparable(a, b) || blocker.owned_elsewhere(a, b, key)) continue;
          ++stats.pairs;
          visit(a, b);
        }
      }
      continue;
    }
    ++stats.big_blocks;
    members.clear();
    for (size_t i = begin; i < end; ++i) members.push_back(entries[i].second);
    std::sort(members.begin(), members.end(), [&keys](uint32_t x, uint32_t y) {
      return std::pair(keys.orders_[x], x) < std::pair(keys.orders_[y], y);
    });
    for (size_t i = 0; i < members.size(); ++i) {
      size_t last = std::min(members.size(), i + 1 + options.window);
      for (size_t j = i + 1; j < last; ++j) {
        uint32_t a = std::min(members[i], members[j]), b = std::max(members[i], members[j]);
        if (!blocker.comparable(a, b) || blocker.owned_elsewhere(a, b, UINT64_MAX)) continue;
        big_pairs.push_back(uint64_t{a} << 32 | b);
      }
    }
  }
  std::sort(big_pairs.begin(), big_pairs.end());
  big_pairs.erase(std::unique(big_pairs.begin(), big_pairs.end()), big_pairs.end());
  for (uint64_t pair : big_pairs) {
    ++stats.pairs;
    visit(static_cast<uint32_t>(pair >> 32), static_cast<uint32_t>(pair & 0xFFFFFFFFu));
  }
  return stats;
}

}  // namespace cc::align
