// Blocking: which pairs of claims are worth scoring, without looking at all pairs.
//
// Every claim carries a few block keys (64-bit hashes of normalised keys such as
// speaker, entity + predicate family, counted noun + unit). The (key, claim) entries are
// sorted and grouped; claims that share a key form a block. A block of at most
// `max_block` claims yields every cross-source pair. A bigger block (a Zipf head: the
// story's main actor) is sub-blocked by the sorted-neighbourhood method: its members are
// sorted by an order key that puts similar claims side by side (a min-hash of their
// words) and each is paired with the next `window` members only. The cost is
// O(E log E + E * window) for E entries, close to linear in the number of claims.
//
// A pair is produced once even when its claims share several keys: a small block owns a
// pair when it is the first small block both claims belong to; pairs found only in big
// blocks are de-duplicated before they are handed out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace cc::align {

struct BlockingOptions {
  size_t max_block = 64;       // blocks larger than this are sub-blocked
  size_t window = 8;           // neighbours each member of a big block is paired with
  bool within_source = false;  // also pair two claims of the same source
};

struct BlockingStats {
  size_t blocks = 0;         // keys shared by two claims or more
  size_t big_blocks = 0;     // blocks that were sub-blocked
  size_t largest_block = 0;  // claims in the biggest block
  size_t pairs = 0;          // distinct candidate pairs handed out
};

// The blocking input: per claim, its source, its keys and its order key.
class BlockKeys {
 public:
  // Adds the next claim (claims are numbered 0, 1, ... in the order they are added).
  // Duplicate keys are ignored.
  void add(uint32_t source, std::vector<uint64_t> keys, uint64_t order);
  size_t size() const { return sources_.size(); }
  size_t entries() const { return keys_.size(); }

 private:
  friend struct Blocker;
  friend BlockingStats for_each_candidate(const BlockKeys&, const BlockingOptions&,
                                          const std::function<void(uint32_t, uint32_t)>&);
  std::vector<uint64_t> keys_;        // all claims' keys, each claim's sorted
  std::vector<uint32_t> offsets_{0};  // claim i's keys are keys_[offsets_[i]..offsets_[i+1])
  std::vector<uint32_t> sources_;     // source of each claim
  std::vector<uint64_t> orders_;      // order key of each claim, for big blocks
};

// Calls visit(a, b) with a < b once for every candidate pair, in a deterministic order.
BlockingStats for_each_candidate(const BlockKeys& keys, const BlockingOptions& options,
                                 const std::function<void(uint32_t, uint32_t)>& visit);

}  // namespace cc::align
