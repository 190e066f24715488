#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <utility>

#include "align/blocking.hpp"

using namespace cc::align;

namespace {

std::vector<std::pair<uint32_t, uint32_t>> pairs(const BlockKeys& keys,
                                                 const BlockingOptions& options,
                                                 BlockingStats* stats = nullptr) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  auto result =
      for_each_candidate(keys, options, [&](uint32_t a, uint32_t b) { out.emplace_back(a, b); });
  if (stats) *stats = result;
  return out;
}

}  // namespace

TEST_CASE("align::blocking pairs claims that share a key, once") {
  BlockKeys keys;
  keys.add(0, {1, 2}, 0);  // claim 0
  keys.add(1, {1, 2}, 0);  // claim 1: shares two keys with claim 0
  keys.add(1, {2}, 0);     // claim 2: same source as claim 1
  keys.add(2, {3}, 0);     // claim 3: shares nothing
  keys.add(0, {2, 2}, 0);  // claim 4: duplicate key ignored; same source as claim 0
  auto found = pairs(keys, BlockingOptions{});
  std::vector<std::pair<uint32_t, uint32_t>> expected{{0, 1}, {0, 2}, {1, 4}, {2, 4}};
  std::sort(found.begin(), found.end());
  CHECK(found == expected);

  BlockingOptions within;
  within.within_source = true;
  auto all = pairs(keys, within);
  std::sort(all.begin(), all.end());
  CHECK(all ==
        std::vector<std::pair<uint32_t, uint32_t>>{{0, 1}, {0, 2}, {0, 4}, {1, 2}, {1, 4}, {2, 4}});
}

TEST_CASE("align::blocking sub-blocks big blocks by the order key") {
  // 200 claims from 200 sources share one key: all pairs would be 19,900.
  BlockKeys keys;
  for (uint32_t i = 0; i < 200; ++i) keys.add(i, {42}, /*order=*/i / 2);
  BlockingOptions options;
  options.max_block = 64;
  options.window = 4;
  BlockingStats stats;
  auto found = pairs(keys, options, &stats);
  CHECK(stats.big_blocks == 1);
  CHECK(stats.largest_block == 200);
  CHECK(found.size() <= 200 * 4);
  // Neighbours in the order key are paired: claims 10 and 11 share order 5.
  CHECK(std::find(found.begin(), found.end(), std::pair<uint32_t, uint32_t>{10, 11}) !=
        found.end());
  // ... distant ones are not.
  CHECK(std::find(found.begin(), found.end(), std::pair<uint32_t, uint32_t>{0, 199}) ==
        found.end());
  std::set<std::pair<uint32_t, uint32_t>> unique(found.begin(), found.end());
  CHECK(unique.size() == found.size());
}

TEST_CASE("align::blocking a pair in a small block is not repeated from a big one") {
  BlockKeys keys;
  // Key 7 is big (70 claims); claims 0 and 1 also share the small key 9.
  for (uint32_t i = 0; i < 70; ++i) {
    std::vector<uint64_t> own{7};
    if (i < 2) own.push_back(9);
    keys.add(i, own, i);
  }
  BlockingOptions options;
  options.max_block = 64;
  options.window = 3;
  auto found = pairs(keys, options);
  CHECK(std::count(found.begin(), found.end(), std::pair<uint32_t, uint32_t>{0, 1}) == 1);
}

TEST_CASE("align::blocking matches all pairs when every block is small") {
  // Random keys over a small key space: blocking must find exactly the brute-force pairs.
  BlockKeys keys;
  std::vector<std::vector<uint64_t>> own;
  uint64_t state = 12345;
  auto next = [&state]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  for (uint32_t i = 0; i < 300; ++i) {
    std::vector<uint64_t> k{next() % 97, 100 + next() % 113};
    own.push_back(k);
    keys.add(static_cast<uint32_t>(next() % 5), k, next());
  }
  BlockingOptions options;
  options.max_block = 1000;
  options.within_source = true;
  auto found = pairs(keys, options);
  std::set<std::pair<uint32_t, uint32_t>> expected;
  for (uint32_t a = 0; a < own.size(); ++a) {
    for (uint32_t b = a + 1; b < own.size(); ++b) {
      for (uint64_t k : own[a]) {
        if (std::find(own[b].begin(), own[b].end(), k) != own[b].end()) expected.insert({a, b});
      }
    }
  }
  std::set<std::pair<uint32_t, uint32_t>> got(found.begin(), found.end());
  CHECK(got.size() == found.size());
  CHECK(got == expected);
}
