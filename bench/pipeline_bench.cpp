// Times every stage of the pipeline on a set of articles and prints one JSON object:
// per stage the wall and CPU seconds and the peak resident memory while it ran.
//
// usage: crosscheck_pipeline_bench [--jobs N] [--report md|json] [--split-stages]
//                                   [--stories FILE] PATH...
//   --report   the report written in the "report" stage (default md, as `compare` writes)
//   --split-stages  extract every document, then normalize, align and detect every
//              story, each a stage of its own (compare compares each story as soon as
//              its documents are extracted: one "extract+compare" stage)
//   --stories  also write "path<TAB>record<TAB>story" for every document to FILE
//
// bench/run drives it (docs/performance.md); it is not a test and asserts nothing.
// Peak memory per stage: the kernel's high-water mark is reset when a stage starts
// (/proc/self/clear_refs) and read when it ends, so each figure is the most the whole
// process held during that stage, data of earlier stages included.
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace {

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double wall_seconds() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

// VmHWM from /proc/self/status, in KiB; 0 when unavailable.
long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

void reset_peak_rss() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

struct StageFigures {
  double wall = 0;
  double cpu = 0;
  long peak_rss_kib = 0;
};

class StageClock {
 public:
  void start(std::string_view stage) {
    if (!stages_.count(std::string(stage))) order_.emplace_back(stage);
    stages_[std::string(stage)];
    reset_peak_rss();
    wall_start_ = wall_seconds();
    cpu_start_ = cpu_seconds();
  }
  void stop(std::string_view stage) {
    auto& figures = stages_[std::string(stage)];
    figures.wall += wall_seconds() - wall_start_;
    figures.cpu += cpu_seconds() - cpu_start_;
    figures.peak_rss_kib = std::max(figures.peak_rss_kib, ::peak_rss_kib());
  }
  // The most the process held in any stage.
  long peak_rss_kib() const {
    long peak = 0;
    for (const auto& [stage, figures] : stages_) peak = std::max(peak, figures.peak_rss_kib);
    return peak;
  }
  void print(std::ostream& out) const {
    out << "  \"stages\": [\n";
    for (size_t i = 0; i < order_.size(); ++i) {
      const auto& figures = stages_.at(order_[i]);
      char line[256];
      std::snprintf(line, sizeof line,
                    "    {\"stage\": \"%s\", \"wall_s\": %.6f, \"cpu_s\": %.6f, "
                    "\"peak_rss_kib\": %ld}%s\n",
                    order_[i].c_str(), figures.wall, figures.cpu, figures.peak_rss_kib,
                    i + 1 < order_.size() ? "," : "");
      out << line;
    }
    out << "  ]";
  }

 private:
  std::map<std::string, StageFigures> stages_;
  std::vector<std::string> order_;
  double wall_start_ = 0;
  double cpu_start_ = 0;
};

uint64_t file_bytes(const std::vector<cc::Document>& documents) {
  // Sum of the sizes of the distinct input files (a .jsonl file holds many documents).
  uint64_t total = 0;
  std::string previous;
  for (const auto& document : documents) {
    if (document.path == previous) continue;
    previous = document.path.str();
    struct stat info {};
    if (::stat(document.path.str().c_str(), &info) == 0)
      total += static_cast<uint64_t>(info.st_size);
  }
  return total;
}

int run(int argc, char** argv) {
  cc::pipeline::Options options;
  std::vector<std::string> paths;
  std::string stories_file;
  std::string format = "md";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--jobs" && i + 1 < argc) {
      options.jobs = static_cast<unsigned>(std::stoul(argv[++i]));
    } else if (arg == "--report" && i + 1 < argc) {
      format = argv[++i];
    } else if (arg == "--split-stages") {
      options.split_align_detect = true;
    } else if (arg == "--stories" && i + 1 < argc) {
      stories_file = argv[++i];
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty() || (format != "md" && format != "json")) {
    std::cerr << "usage: crosscheck_pipeline_bench [--jobs N] [--report md|json] [--split-stages] "
                 "[--stories FILE] PATH...\n";
    return 2;
  }
  options.ingest.max_input_size = 1ULL << 30;
  // As `compare -f md|json` runs (src/cli/compare.cpp): only the JSON report needs every
  // claim whole, the claims no finding cites, the facts (not those of a single claim),
  // every entity and every document's text; neither lists the links.
  options.claim_details = format == "json";
  options.pack_claim_details = options.claim_details;
  options.cited_claim_details = options.claim_details;
  options.single_facts = false;
  options.facts = format == "json";
  options.links = false;
  options.uncited_claims = format == "json";
  options.entities = format == "json";
  options.texts = format == "json";

  StageClock clock;
  options.on_stage = [&clock](std::string_view stage, bool finished) {
    finished ? clock.stop(stage) : clock.start(stage);
  };
  double wall_start = wall_seconds();
  double cpu_start = cpu_seconds();

  clock.start("rules");
  cc::pipeline::Engine engine(options);
  clock.stop("rules");
  cc::Analysis analysis = engine.analyze(paths);
  clock.start("report");
  // Streamed as `compare` streams it to its file; only its size is kept.
  size_t report_bytes = 0;
  cc::report::Sink count = [&report_bytes](std::string_view piece) {
    report_bytes += piece.size();
  };
  if (format == "json") {
    cc::report::to_json(analysis, {}, count);
  } else {
    cc::report::to_markdown(analysis, {}, count);
  }
  clock.stop("report");

  double wall = wall_seconds() - wall_start;
  double cpu = cpu_seconds() - cpu_start;
  uint64_t bytes = file_bytes(analysis.documents);
  uint64_t text_bytes = 0;
  std::map<std::string, int> stories;
  for (const auto& document : analysis.documents) {
    text_bytes += document.text.size();
    ++stories[document.story.str()];
  }
  if (!stories_file.empty()) {
    std::ofstream out(stories_file);
    for (const auto& document : analysis.documents) {
      out << document.path << '\t' << document.record << '\t' << document.story << '\n';
    }
  }
  std::cout << "{\n  \"jobs\": " << options.jobs << ",\n  \"report\": \"" << format
            << "\",\n  \"input_bytes\": " << bytes << ",\n  \"text_bytes\": " << text_bytes
            << ",\n  \"documents\": " << analysis.documents.size()
            << ",\n  \"stories\": " << stories.size()
            << ",\n  \"claims\": " << analysis.claims.size() + analysis.dropped_claims
            << ",\n  \"findings\": " << analysis.findings.size()
            << ",\n  \"report_bytes\": " << report_bytes << ",\n  \"wall_s\": " << wall
            << ",\n  \"cpu_s\": " << cpu << ",\n  \"peak_rss_kib\": " << clock.peak_rss_kib()
            << ",\n";
  clock.print(std::cout);
  std::cout << "\n}\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "crosscheck_pipeline_bench: " << e.what() << "\n";
    return 2;
  }
}
