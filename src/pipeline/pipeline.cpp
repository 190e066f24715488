#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <mutex>
#include <unordered_set>
#include <utility>

#include "align/align.hpp"
#include "core/error.hpp"
#include "core/string_map.hpp"
#include "core/text.hpp"
#include "detect/detector.hpp"
#include "extract/extract.hpp"
#include "graph/claim_graph.hpp"
#include "ingest/ingest.hpp"
#include "normalize/entities.hpp"
#include "pipeline/parallel.hpp"
#include "pipeline/story_runs.hpp"
#include "resources/resources.hpp"
#include "segment/segment.hpp"

namespace cc::pipeline {

rules::LoadResult load_rules(const std::optional<std::string>& dir) {
  return rules::RuleSet::load(dir ? resources::directory(*dir) : resources::builtin("rules"));
}

namespace {

std::vector<std::string> abbreviations(const rules::RuleSet& rules) {
  std::vector<std::string> out;
  if (const auto* table = rules.table("common/abbreviations")) {
    for (const auto& row : table->rows()) out.emplace_back(row.front());
  }
  return out;
}

std::unordered_set<std::string> stopwords(const rules::RuleSet& rules) {
  std::unordered_set<std::string> out;
  if (const auto* table = rules.table("common/stopwords")) {
    for (const auto& row : table->rows()) out.insert(text::fold(row.front()));
  }
  return out;
}

std::unique_ptr<rules::RuleSet> checked_rules(const Options& options) {
  rules::LoadResult loaded = load_rules(options.rules_dir);
  if (!loaded.errors.empty()) {
    std::string message = "the rules have " + std::to_string(loaded.errors.size()) +
                          " error(s); run `crosscheck rules lint` for all of them. First: " +
                          loaded.errors.front().format();
    throw UsageError(message);
  }
  return std::move(loaded.rules);
}

// Frees a vector whose documents have all moved into their stories; returns how many
// there were.
size_t release(std::vector<Document>& documents) {
  size_t count = documents.size();
  std::vector<Document>().swap(documents);
  return count;
}

// Frees a document's text and what indexes it (offsets, paragraphs, sentences); its
// inline suppressions stay.
void free_text(Document& document) {
  std::string().swap(document.text);
  document.origin = OffsetMap();
  std::vector<Paragraph>().swap(document.paragraphs);
  std::vector<Sentence>().swap(document.sentences);
}

// Brackets a stage with the on_stage callback.
class StageScope {
 public:
  StageScope(const Options& options, std::string_view stage) : options_(options), stage_(stage) {
    if (options_.on_stage) options_.on_stage(stage_, false);
  }
  ~StageScope() {
    if (options_.on_stage) options_.on_stage(stage_, true);
  }
  StageScope(const StageScope&) = delete;
  StageScope& operator=(const StageScope&) = delete;

 private:
  const Options& options_;
  std::string_view stage_;
};

}  // namespace

struct Engine::Impl {
  // What only alignment and detection use, built on a second thread while the documents
  // are read, segmented and extracted (neither throws on rules that loaded). The rules'
  // capturing regexes are not compiled ahead on it: each is compiled by the extractor
  // thread that first needs it, which left a check 2 ms faster at the median (101 runs)
  // and spared it the compiles of rules that match nowhere (docs/performance.md).
  struct Comparers {
    explicit Comparers(const rules::RuleSet& rules)
        : aligner(rules), detectors(detect::make_detectors(rules)) {}
    align::Aligner aligner;
    std::vector<std::unique_ptr<detect::Detector>> detectors;
  };

  explicit Impl(Options opts)
      : options(std::move(opts)),
        rules(checked_rules(options)),
        comparers([rules = rules.get()] { return std::make_unique<Comparers>(*rules); }),
        segmenter(abbreviations(*rules)),
        stopwords(pipeline::stopwords(*rules)),
        extractor(*rules) {
    // Every rule file is copied into the rule set by now: the built-in files' pages need
    // not stay resident (docs/performance.md, "7 December, seventeenth session").
    resources::release_builtin();
  }

  Options options;
  std::unique_ptr<rules::RuleSet> rules;
  Background<Comparers> comparers;  // after `rules`, which it reads until built
  segment::Segmenter segmenter;
  std::unordered_set<std::string> stopwords;
  extract::Extractor extractor;

  const align::Aligner& aligner() const { return comparers.get().aligner; }
  const std::vector<std::unique_ptr<detect::Detector>>& detectors() const {
    return comparers.get().detectors;
  }

  void segment_all(std::vector<Document>& documents) const {
    StageScope stage(options, "segment");
    // ICU iterators keep state: one copy per thread.
    std::vector<segment::Segmenter> segmenters(threads_for(documents.size(), options.jobs),
                                               segmenter);
    for_each_item(documents.size(), options.jobs,
                  [&](size_t item, unsigned thread) { segmenters[thread].split(documents[item]); });
  }

  std::vector<uint32_t> group(std::vector<Document>& documents) const {
    StageScope stage(options, "stories");
    return name_stories(documents,
                        group_stories(documents, stopwords, options.stories, options.jobs));
  }

  // Gives each document its story's id; returns `story`.
  static std::vector<uint32_t> name_stories(std::vector<Document>& documents,
                                            std::vector<uint32_t> story) {
    for (size_t i = 0; i < documents.size(); ++i) documents[i].story = story_id(story[i]);
    return story;
  }

  // Extracts every document, in parallel when jobs > 1, story after story: when the last
  // document of a story is extracted, that story's claims are gathered into its run, so
  // the run's claims are never held per document and per story at once. Results are kept
  // per document and joined in document order, so the output never depends on timing.
  // Each story's run receives its documents' entity mentions, only what normalize reads.
  // `finish`, when given, runs on each story as soon as it is gathered (on the thread that
  // extracted its last document, with the story's documents moved into it): a story is
  // then compared while later stories are still being extracted, and a story's claims are
  // held whole only until its findings are made.
  std::vector<StoryRun> extract_all(
      std::vector<Document>& documents, const std::vector<uint32_t>& story,
      const std::function<void(StoryRun&)>& finish = {},
      const std::function<void(uint32_t, unsigned)>& prepare = {}) const {
    StageScope stage(options, finish ? "extract+compare" : "extract");
    std::vector<StoryRun> runs = plan_stories(story);
    std::vector<uint32_t> order;  // documents, story by story
    order.reserve(documents.size());
    for (const StoryRun& run : runs)
      order.insert(order.end(), run.documents.begin(), run.documents.end());
    std::vector<std::atomic<size_t>> remaining(runs.size());
    for (size_t s = 0; s < runs.size(); ++s) remaining[s].store(runs[s].documents.size());
    ExtractedSlots found(documents.size());
    std::mutex progress_mutex;
    size_t done = 0;
    std::atomic<size_t> compared_bytes{0};  // article text compared since the last release
    for_each_item(order.size(), options.jobs, [&](size_t item, unsigned thread) {
      uint32_t document = order[item];
      if (prepare) prepare(document, thread);
      extract::DocumentClaims result = extractor.run(documents[document], document);
      auto extracted = std::make_unique<Extracted>();
      extracted->claims = std::move(result.claims);
      // A third of an extract::Mention's size; they wait for the story's normalize.
      std::vector<normalize::Mention>& kept = extracted->mentions;
      kept.reserve(result.mentions.size());
      for (extract::Mention& mention : result.mentions)
        kept.push_back({std::move(mention.key), std::move(mention.surface), mention.type});
      found[document] = std::move(extracted);
      if (remaining[story[document]].fetch_sub(1, std::memory_order_acq_rel) == 1) {
        StoryRun& run = runs[story[document]];
        gather_claims(run, found);
        if (finish) {
          take_documents(run, documents);
          size_t text_bytes = 0;
          for (const Document& taken : run.analysis.documents) text_bytes += taken.text.size();
          finish(run);
          give_back_documents(run, documents);
          release_after(text_bytes, compared_bytes);
        }
      }
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(++done, documents.size());
      }
    });
    finish_split(runs, documents, story);
    return runs;
  }

  // Hands freed memory back to the system after every kReleaseText bytes of article
  // text compared. A compared story leaves holes in the heaps (its claims, features and
  // graph freed between the findings that stay), which glibc keeps resident: on two
  // threads, releasing every half megabyte took 2.3 MB off a 50 MB pile's peak for 0.45 s
  // of system time (docs/performance.md, "tenth session"); every quarter megabyte since
  // the fourteenth session (99,044 -> 98,764 KiB on two threads, one run each, for about
  // 0.8 s more system time); every eighth of a megabyte since the sixteenth (98,921 ->
  // 98,694 KiB at the mean of four runs each, about 0.4 s more system time). A short run
  // releases nothing.
  static void release_after(size_t text_bytes, std::atomic<size_t>& compared_bytes) {
    constexpr size_t kReleaseText = size_t{1} << 17;
    if (compared_bytes.fetch_add(text_bytes, std::memory_order_relaxed) + text_bytes <
        kReleaseText) {
      return;
    }
    compared_bytes.store(0, std::memory_order_relaxed);
    release_free_memory();
  }

  // A pile read file by file (compare, when no report shows every text): each file is
  // read, segmented and its words taken for grouping, then the text of a file's only
  // document is freed; it is read again when its story is extracted. Only the documents
  // in flight hold their text, not the whole pile (docs/decisions.md).
  Analysis analyze_pile(std::vector<std::string> files) const {
    struct Freed {
      bool freed = false;  // the text was freed: read the file again
      size_t size = 0;     // the text's size and hash, to tell a file changed since
      size_t hash = 0;
    };
    std::vector<Document> documents;
    std::vector<Freed> freed;
    std::vector<std::vector<uint32_t>> words;
    documents.reserve(files.size());  // one document a file but in .jsonl files
    freed.reserve(files.size());
    words.reserve(files.size());
    const unsigned threads = threads_for(files.size(), options.jobs);
    std::vector<segment::Segmenter> segmenters(threads, segmenter);  // ICU keeps state
    {
      StageScope stage(options, "ingest+segment");
      std::vector<StoryWordReader> readers;
      for (unsigned t = 0; t < threads; ++t) readers.emplace_back(stopwords);
      // Files in batches, read on every thread; ids in file order. An error names the
      // first bad file, as reading them one by one would.
      constexpr size_t kBatch = 256;
      std::vector<std::vector<Document>> batch;
      std::vector<std::vector<std::vector<uint32_t>>> batch_words;
      std::vector<std::vector<Freed>> batch_freed;
      for (size_t begin = 0; begin < files.size(); begin += kBatch) {
        size_t count = std::min(kBatch, files.size() - begin);
        batch.assign(count, {});
        batch_words.assign(count, {});
        batch_freed.assign(count, {});
        for_each_item(count, options.jobs, [&](size_t item, unsigned thread) {
          std::vector<Document>& read = batch[item] =
              ingest::read(files[begin + item], options.ingest);
          for (Document& document : read) {
            segmenters[thread].split(document);
            batch_words[item].push_back(readers[thread].read(document));
            Freed& entry = batch_freed[item].emplace_back();
            if (read.size() != 1) continue;  // several documents: read once, kept
            entry = {true, document.text.size(), std::hash<std::string_view>{}(document.text)};
            free_text(document);
          }
        });
        for (size_t item = 0; item < count; ++item) {
          for (size_t d = 0; d < batch[item].size(); ++d) {
            batch[item][d].id = ingest::document_id(documents.size());
            documents.push_back(std::move(batch[item][d]));
            words.push_back(std::move(batch_words[item][d]));
            freed.push_back(batch_freed[item][d]);
          }
        }
      }
    }
    std::vector<std::string>().swap(files);  // each document has its path
    std::vector<uint32_t> story;
    {
      StageScope stage(options, "stories");
      story =
          name_stories(documents, group_stories(std::move(words), options.stories, options.jobs));
    }
    // Loading, reading and grouping are over (the comparers are built by now, or waited
    // for): their code and constants need not stay resident for the rest of the run.
    comparers.wait();
    release_loaded_pages();
    auto read_again = [&](uint32_t index, unsigned thread) {
      if (!freed[index].freed) return;
      Document& document = documents[index];
      std::vector<Document> again = ingest::read(document.path.str(), options.ingest);
      if (again.size() != 1 || again.front().text.size() != freed[index].size ||
          std::hash<std::string_view>{}(again.front().text) != freed[index].hash) {
        throw InputError(document.path.str(),
                         "changed while crosscheck was reading it; run it again");
      }
      document.text = std::move(again.front().text);
      document.origin = std::move(again.front().origin);
      segmenters[thread].split(document);
    };
    return extract_and_compare(documents, story, read_again);
  }

  // Every story normalised, aligned and detected as soon as its documents are extracted,
  // then joined into one analysis (`documents` is moved into it). `prepare`, when given,
  // runs before each document is extracted.
  Analysis extract_and_compare(std::vector<Document>& documents, const std::vector<uint32_t>& story,
                               const std::function<void(uint32_t, unsigned)>& prepare = {}) const {
    std::vector<StoryRun> runs = extract_all(
        documents, story,
        [&](StoryRun& run) {
          normalize(run);
          align(run);
          detect(run);
        },
        prepare);
    return join_stories(std::move(runs), std::move(documents));
  }

  // One entity table per story: every mention (people, organisations, places) clustered,
  // then each claim's keys rewritten to entity keys.
  // The story's mentions are freed once used.
  void normalize(StoryRun& run) const {
    std::vector<normalize::Mention> story_mentions = std::move(run.mentions);
    run.mentions = {};
    normalize::EntityTable entities = normalize::cluster_entities(story_mentions);
    for (Claim& claim : run.analysis.claims) normalize::resolve_claim(entities, claim);
    run.analysis.entities = std::move(entities.entities);
  }

  // Links and facts; the story's claim graph is freed once the compared pairs are kept.
  void align(StoryRun& run) const {
    graph::ClaimGraph claim_graph(static_cast<uint32_t>(run.analysis.claims.size()),
                                  static_cast<uint32_t>(run.analysis.entities.size()));
    align::Options align_options;
    align_options.within_source = options.within_source;
    aligner().run(run.analysis, claim_graph, align_options);
    run.compared = claim_graph.edges(graph::EdgeKind::SameEvent);
  }

  // Findings, and where each source stands on each fact.
  void detect(StoryRun& run) const {
    detect::Options detect_options{options.within_source};
    detect::Context context{run.analysis,      detect_options, aligner().lexicon(),
                            aligner().units(), &run.compared,  nullptr};
    run.analysis.findings = detect::run_all(detectors(), context);
    detect::place_sources(run.analysis);
    std::vector<graph::Edge>().swap(run.compared);  // served; free it story by story
    const std::vector<bool> cited = cited_claims(run.analysis);
    if (!options.claim_details || options.pack_claim_details) {
      drop_claim_details(run.analysis, cited, options.claim_details);
    }
    if (!options.entities) drop_uncited_entities(run.analysis, cited);
    if (!options.texts) drop_uncited_texts(run.analysis, cited);
    if (!options.links) std::vector<Link>().swap(run.analysis.links);
    if (!options.facts) {
      std::vector<Fact>().swap(run.analysis.facts);
    } else if (!options.single_facts) {
      std::erase_if(run.analysis.facts, [](const Fact& fact) { return fact.claims.size() < 2; });
      run.analysis.facts.shrink_to_fit();
    }
    // Stage by stage, claims were numbered run-wide before any story was compared: they
    // all stay (the reports that drop them show the same either way).
    if (!options.uncited_claims && !options.links && !options.facts &&
        !options.split_align_detect) {
      drop_uncited_claims(run.analysis, cited);
      if (!options.texts) keep_cited_sentences(run.analysis);
    }
    if (!options.cited_claim_details) {
      for (Claim& claim : run.analysis.claims) claim.detail.reset();
      if (!options.entities) std::vector<Entity>().swap(run.analysis.entities);
    }
    // Held until the report: no room to spare (lists grew by appending).
    for (auto* findings : {&run.analysis.findings, &run.analysis.suppressed}) {
      for (Finding& finding : *findings) {
        finding.evidence.shrink_to_fit();
        finding.diff.shrink_to_fit();
      }
      findings->shrink_to_fit();
    }
  }

  // Keeps only the cited claims, renumbered in order; the findings follow. Nothing else
  // may name a claim (links and facts are gone).
  static void drop_uncited_claims(Analysis& analysis, const std::vector<bool>& cited) {
    std::vector<Claim>& claims = analysis.claims;
    std::vector<uint32_t> renumbered(claims.size(), 0);
    uint32_t kept = 0;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (!cited[i]) continue;
      renumbered[i] = kept;
      if (kept != i) claims[kept] = std::move(claims[i]);
      claims[kept].index = kept;
      ++kept;
    }
    analysis.dropped_claims += claims.size() - kept;
    claims.erase(claims.begin() + kept, claims.end());
    claims.shrink_to_fit();
    for (auto* findings : {&analysis.findings, &analysis.suppressed}) {
      for (Finding& finding : *findings) {
        for (Evidence& evidence : finding.evidence) evidence.claim = renumbered[evidence.claim];
      }
    }
  }

  // Cuts each document's sentences down to those its claims' extents read (all claims are
  // cited by now), and renumbers the claims' sentences: a claim's extent is its first
  // sentence and the sentences after it that start inside the claim, so that run is kept
  // whole and `Analysis::sentence_extent` gives what it gave before the cut.
  static void keep_cited_sentences(Analysis& analysis) {
    std::vector<std::vector<uint32_t>> kept(analysis.documents.size());
    for (const Claim& claim : analysis.claims) {
      if (claim.source >= kept.size()) continue;
      const std::vector<Sentence>& sentences = analysis.documents[claim.source].sentences;
      std::vector<uint32_t>& indices = kept[claim.source];
      for (size_t i = claim.sentence;
           i < sentences.size() &&
           (i == claim.sentence || sentences[i].span.start < claim.span.end);
           ++i) {
        indices.push_back(static_cast<uint32_t>(i));
      }
    }
    for (size_t d = 0; d < kept.size(); ++d) {
      std::vector<uint32_t>& indices = kept[d];
      std::sort(indices.begin(), indices.end());
      indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
      std::vector<Sentence>& sentences = analysis.documents[d].sentences;
      if (indices.size() == sentences.size()) continue;
      std::vector<Sentence> cut;
      cut.reserve(indices.size());
      for (uint32_t i : indices) cut.push_back(sentences[i]);
      sentences = std::move(cut);
    }
    for (Claim& claim : analysis.claims) {
      if (claim.source >= kept.size()) continue;
      const std::vector<uint32_t>& indices = kept[claim.source];
      auto at = std::lower_bound(indices.begin(), indices.end(), claim.sentence);
      // A claim whose sentence is out of range stays out of range (its extent is its span).
      claim.sentence = at != indices.end() && *at == claim.sentence
                           ? static_cast<uint32_t>(at - indices.begin())
                           : static_cast<uint32_t>(indices.size());
    }
  }

  // Which claims a finding cites, by claim index.
  static std::vector<bool> cited_claims(const Analysis& analysis) {
    std::vector<bool> cited(analysis.claims.size(), false);
    for (const auto* findings : {&analysis.findings, &analysis.suppressed}) {
      for (const Finding& finding : *findings) {
        for (const Evidence& evidence : finding.evidence) {
          if (evidence.claim < cited.size()) cited[evidence.claim] = true;
        }
      }
    }
    return cited;
  }

  // Frees the text (and what indexes it) of the documents no finding cites, and cuts the
  // others' down to the sentences of their cited claims: the reports that do not show
  // whole texts read no more (the sentence, and where it is in the file).
  static void drop_uncited_texts(Analysis& analysis, const std::vector<bool>& cited) {
    std::vector<std::vector<Span>> keep(analysis.documents.size());
    for (const Claim& claim : analysis.claims) {
      if (!cited[claim.index] || claim.source >= keep.size()) continue;
      keep[claim.source].push_back(analysis.sentence_extent(claim));
    }
    for (size_t d = 0; d < analysis.documents.size(); ++d) {
      Document& document = analysis.documents[d];
      if (!keep[d].empty()) {
        document.keep_excerpts(std::move(keep[d]));
        continue;
      }
      free_text(document);
    }
  }

  // Keeps the entities that a cited claim names (a sorted list stays sorted).
  static void drop_uncited_entities(Analysis& analysis, const std::vector<bool>& cited) {
    StringSet named;
    for (const Claim& claim : analysis.claims) {
      if (!cited[claim.index]) continue;
      const ClaimDetail& detail = *claim.detail;
      named.insert(detail.speaker);
      named.insert(detail.subject);
      named.insert(detail.entities.begin(), detail.entities.end());
    }
    std::erase_if(analysis.entities,
                  [&named](const Entity& entity) { return !named.contains(entity.key); });
    analysis.entities.shrink_to_fit();
  }

  // Frees (or, `pack`, packs) what no report but the JSON one reads of the claims no
  // finding cites.
  static void drop_claim_details(Analysis& analysis, const std::vector<bool>& cited, bool pack) {
    for (Claim& claim : analysis.claims) {
      if (cited[claim.index]) continue;
      if (pack) {
        claim.detail.pack();
      } else {
        claim.detail.reset();
      }
    }
  }

  // Runs `step` on every story, stories in parallel when jobs > 1.
  void for_each_story(std::string_view name, std::vector<StoryRun>& runs,
                      const std::function<void(StoryRun&)>& step) const {
    StageScope stage(options, name);
    for_each_item(runs.size(), options.jobs, [&](size_t item, unsigned) { step(runs[item]); });
  }
};

Engine::Engine(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Engine::~Engine() = default;

void Engine::keep_until_exit(std::unique_ptr<Engine> engine) {
  if (!engine) return;
  // The rule set (its RE2 programs and tables) and the aligner's word tables are most of
  // the teardown: they stay, reachable from a static until the end, so neither valgrind
  // nor LeakSanitizer counts them as a leak. The rest of the engine is destroyed as usual
  // (the segmenter's ICU iterator among it: ICU holds its buffers by interior pointers,
  // which valgrind would report as possibly lost). Taking the background parts waits for
  // them: no thread may run while the process exits.
  struct Kept {
    std::unique_ptr<rules::RuleSet> rules;
    std::unique_ptr<Impl::Comparers> comparers;
  };
  static auto* kept = new std::vector<Kept>;
  kept->push_back(Kept{std::move(engine->impl_->rules), engine->impl_->comparers.take()});
}

const rules::RuleSet& Engine::rules() const {
  return *impl_->rules;
}
const Options& Engine::options() const {
  return impl_->options;
}

Analysis Engine::analyze(const std::vector<std::string>& paths, Stop stop) const {
  const Options& options = impl_->options;
  std::vector<Document> documents;
  if (stop == Stop::Findings && !options.texts && !options.split_align_detect) {
    // A pile whose texts no report shows whole is read file by file (analyze_pile); a
    // run of a few files is one story and is read at once: there is nothing to gain.
    std::vector<std::string> files = ingest::list_files(paths);
    if (files.size() > options.stories.group_above) return impl_->analyze_pile(std::move(files));
    StageScope stage(options, "ingest");
    documents = ingest::load(files, options.ingest);
  } else {
    StageScope stage(options, "ingest");
    documents = ingest::load(paths, options.ingest);
  }
  return analyze(std::move(documents), stop);
}

Analysis Engine::analyze(std::vector<Document> documents, Stop stop) const {
  impl_->segment_all(documents);
  std::vector<uint32_t> story = impl_->group(documents);
  if (stop == Stop::Findings && !impl_->options.split_align_detect) {
    return impl_->extract_and_compare(documents, story);
  }
  std::vector<StoryRun> runs = impl_->extract_all(documents, story);
  size_t document_count = release(documents);
  impl_->for_each_story("normalize", runs, [&](StoryRun& run) { impl_->normalize(run); });
  if (stop == Stop::Findings) {
    impl_->for_each_story("align", runs, [&](StoryRun& run) { impl_->align(run); });
    impl_->for_each_story("detect", runs, [&](StoryRun& run) { impl_->detect(run); });
  }
  return join_stories(std::move(runs), document_count);
}

}  // namespace cc::pipeline
