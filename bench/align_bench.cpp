// Alignment cost on synthetic claims whose keys follow Zipf's law, as news does: a few
// actors, predicates and words are everywhere, most are rare. The figure that matters is
// claims per second staying roughly flat from 10k to 1M claims (near-linear growth).
//
//   build/bench/crosscheck_align_bench --benchmark_filter=Align
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "align/align.hpp"
#include "align/blocking.hpp"
#include "graph/claim_graph.hpp"
#include "pipeline/pipeline.hpp"
#include "ruleengine/ruleset.hpp"

namespace {

using namespace cc;

// Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1).
class Zipf {
 public:
  explicit Zipf(size_t size) : cumulative_(size) {
    double sum = 0;
    for (size_t rank = 0; rank < size; ++rank) cumulative_[rank] = sum += 1.0 / double(rank + 1);
  }
  size_t operator()(std::mt19937_64& random) const {
    double x = std::uniform_real_distribution<double>(0, cumulative_.back())(random);
    return size_t(std::lower_bound(cumulative_.begin(), cumulative_.end(), x) -
                  cumulative_.begin());
  }

 private:
  std::vector<double> cumulative_;
};

// A story of `claims` claims from `claims / 200` sources: 60% events, 20% quantities,
// 20% quotes; entities, predicates, words, speakers and counted nouns drawn from Zipf
// distributions over vocabularies that grow with the input, as real news collections do.
Analysis synthetic(size_t claims) {
  std::mt19937_64 random(20250818);
  size_t sources = std::max<size_t>(2, claims / 200);
  Zipf entity(std::max<size_t>(1000, claims / 20));
  Zipf predicate(300);
  Zipf word(std::max<size_t>(5000, claims / 5));
  Zipf speaker(std::max<size_t>(200, claims / 100));
  Zipf counted(500);
  static const char* kClasses[] = {"accept", "reject", "rise", "fall", "meet", "discuss"};
  Analysis analysis;
  for (size_t s = 0; s < sources; ++s) {
    Document document;
    document.id = "s" + std::to_string(s + 1);
    document.path = document.id + ".txt";
    analysis.documents.push_back(std::move(document));
  }
  analysis.claims.reserve(claims);
  for (size_t i = 0; i < claims; ++i) {
    Claim claim;
    claim.index = uint32_t(i);
    claim.source = uint32_t(i * sources / claims);
    uint64_t roll = random() % 10;
    if (roll < 2) {
      claim.kind = ClaimKind::Quote;
      claim.detail->speaker = "p" + std::to_string(speaker(random));
      claim.detail->predicate = "say";
      for (int w = 0; w < 10; ++w) claim.detail->object += "w" + std::to_string(word(random)) + " ";
    } else if (roll < 4) {
      claim.kind = ClaimKind::Quantity;
      claim.detail->counted = "n" + std::to_string(counted(random));
      claim.detail->value.kind = Value::Kind::Number;
      claim.detail->value.low = claim.detail->value.high = double(random() % 1000);
      claim.detail->entities = {"e" + std::to_string(entity(random))};
    } else {
      claim.kind = ClaimKind::Event;
      size_t p = predicate(random);
      claim.detail->predicate_class = p < 6 ? kClasses[p] : "v" + std::to_string(p);
      claim.detail->predicate = claim.detail->predicate_class;
      claim.detail->subject = "e" + std::to_string(entity(random));
      claim.detail->entities = {"e" + std::to_string(entity(random)), claim.detail->subject};
      std::sort(claim.detail->entities.begin(), claim.detail->entities.end());
      for (int w = 0; w < 5; ++w)
        claim.detail->keywords.push_back("k" + std::to_string(word(random)));
      std::sort(claim.detail->keywords.begin(), claim.detail->keywords.end());
    }
    analysis.claims.push_back(std::move(claim));
  }
  return analysis;
}

const align::Aligner& aligner() {
  static const auto rules = [] { return std::move(pipeline::load_rules(std::nullopt).rules); }();
  static const align::Aligner instance(*rules);
  return instance;
}

Analysis& story(size_t claims) {
  static std::map<size_t, Analysis> cache;
  auto it = cache.find(claims);
  if (it == cache.end()) it = cache.emplace(claims, synthetic(claims)).first;
  return it->second;
}

void BM_Align(benchmark::State& state) {
  Analysis& analysis = story(size_t(state.range(0)));
  align::Stats stats;
  for (auto _ : state) {
    graph::ClaimGraph graph(uint32_t(analysis.claims.size()), 0);
    stats = aligner().run(analysis, graph, align::Options{});
    benchmark::DoNotOptimize(analysis.links.data());
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
  state.counters["pairs"] = double(stats.blocking.pairs);
  state.counters["links"] = double(stats.links);
  state.counters["largest_block"] = double(stats.blocking.largest_block);
  state.counters["big_blocks"] = double(stats.blocking.big_blocks);
}
BENCHMARK(BM_Align)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Blocking alone: sorting and grouping (key, claim) entries and sub-blocking big blocks.
void BM_Blocking(benchmark::State& state) {
  std::mt19937_64 random(7);
  Zipf key(size_t(state.range(0)) / 10);
  align::BlockKeys keys;
  size_t claims = size_t(state.range(0));
  for (size_t i = 0; i < claims; ++i) {
    keys.add(uint32_t(i % 500), {key(random), key(random) + (uint64_t(1) << 40), key(random)},
             random());
  }
  size_t pairs = 0;
  for (auto _ : state) {
    pairs = 0;
    align::for_each_candidate(keys, align::BlockingOptions{},
                              [&pairs](uint32_t, uint32_t) { ++pairs; });
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
  state.counters["pairs"] = double(pairs);
}
BENCHMARK(BM_Blocking)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
