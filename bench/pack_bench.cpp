// Times each rule pack on its own over every sentence of the given articles: the RE2::Set
// pass alone, then the set with the captures of the rules it reported (Pack::match). Two
// rounds: the first pays for building RE2's DFA states and compiling each rule on first
// use, the second shows the warm cost. Not a test; it asserts nothing.
//
// usage: crosscheck_pack_bench PATH...   (articles or folders, as `crosscheck compare`)
#include <chrono>
#include <cstdio>

#include "ingest/ingest.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/segment.hpp"

namespace {

double now() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace cc;
  if (argc < 2) {
    std::fprintf(stderr, "usage: crosscheck_pack_bench PATH...\n");
    return 2;
  }
  auto loaded = pipeline::load_rules(std::nullopt);
  if (!loaded.rules) return 2;
  const rules::RuleSet& rules = *loaded.rules;
  std::vector<std::string> abbreviations;
  if (const auto* table = rules.table("common/abbreviations")) {
    for (const auto& row : table->rows()) abbreviations.emplace_back(row.front());
  }
  segment::Segmenter segmenter(abbreviations);
  ingest::Options options;
  options.max_input_size = 1ULL << 30;
  std::vector<Document> documents = ingest::load({argv + 1, argv + argc}, options);
  size_t bytes = 0, sentences = 0;
  for (auto& document : documents) {
    segmenter.split(document);
    bytes += document.text.size();
    sentences += document.sentences.size();
  }
  std::printf("%zu documents, %.2f MB of text, %zu sentences\n", documents.size(), bytes / 1e6,
              sentences);
  std::printf("%-6s %-12s %6s %9s %8s %9s %12s %9s\n", "round", "pack", "rules", "set s",
              "set MB/s", "hits", "set+capt. s", "matches");
  for (int round = 1; round <= 2; ++round) {
    for (const auto& pack : rules.packs()) {
      if (pack.rules().empty()) continue;
      std::vector<int> hits;
      std::vector<rules::Match> matches;
      size_t hit_count = 0, match_count = 0;
      double start = now();
      for (const auto& document : documents) {
        for (const auto& sentence : document.sentences) {
          pack.which(document.slice(sentence.span), hits);
          hit_count += hits.size();
        }
      }
      double set_done = now();
      for (const auto& document : documents) {
        for (const auto& sentence : document.sentences) {
          matches.clear();
          pack.match(document.slice(sentence.span), matches);
          match_count += matches.size();
        }
      }
      double done = now();
      std::printf("%-6d %-12s %6zu %9.3f %8.0f %9zu %12.3f %9zu\n", round, pack.name().c_str(),
                  pack.rules().size(), set_done - start, bytes / 1e6 / (set_done - start),
                  hit_count, done - set_done, match_count);
    }
  }
  return 0;
}
