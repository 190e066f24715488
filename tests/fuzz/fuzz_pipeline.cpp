// Fuzz target: the whole pipeline and both reports on two small documents.
//
// Input: one byte choosing the two formats, then the two files separated by a line
// "-----" (fuzz.hpp). Stories are grouped even for two documents, so that the grouping
// runs too. A bad document must end in an InputError.
#include "core/error.hpp"
#include "fuzz.hpp"
#include "ingest/ingest.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace {

constexpr const char* kNames[] = {"a.txt", "a.md", "a.html", "a.json", "a.jsonl"};

const cc::pipeline::Engine& engine() {
  static const cc::pipeline::Engine instance([] {
    cc::pipeline::Options options;
    options.stories.group_above = 0;
    return options;
  }());
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  auto [first, second] = cc::fuzz::split_pair(cc::fuzz::view(data + 1, size - 1));
  const char* names[] = {kNames[data[0] % 5], kNames[(data[0] / 5) % 5]};
  try {
    std::vector<cc::Document> documents;
    for (int i = 0; i < 2; ++i) {
      for (auto& document : cc::ingest::parse(names[i], i == 0 ? first : second,
                                              *cc::ingest::format_for(names[i]), {})) {
        document.id = "s" + std::to_string(documents.size() + 1);
        documents.push_back(std::move(document));
      }
    }
    cc::Analysis analysis = engine().analyze(std::move(documents));
    cc::report::to_json(analysis);
    cc::report::to_markdown(analysis);
  } catch (const cc::InputError&) {
    // a clear one-line error: the expected outcome for bad input
  }
  return 0;
}
