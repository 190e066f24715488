#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/model.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/stories.hpp"
#include "pipeline/story_runs.hpp"
#include "report/report.hpp"
#include "review_fixture.hpp"
#include "segment/segment.hpp"

using namespace cc;

namespace {

// Three unrelated events, each told by eight "outlets" that pick different sentences and
// word them a little differently; every article also carries boilerplate shared by all.
const std::vector<std::vector<std::string>> kEvents = {
    {
        "The Drava bridge in Velmora collapsed on Tuesday morning during rush hour.",
        "Mayor Ana Kovac said rescue teams pulled nine people from the river.",
        "“The bridge will not reopen this year,” Mayor Ana Kovac said.",
        "Engineers had warned in March that the Velmora span showed deep cracks.",
        "Divers searched the Drava for two missing drivers until nightfall.",
        "Kovac ordered an inspection of every bridge across the Drava.",
        "Witnesses said the central span of the bridge folded into the water.",
        "The collapse cut the only road link between Velmora and the eastern villages.",
    },
    {
        "Striker Tomas Brevik joined Halden United on a four-year contract.",
        "Halden United paid a club record fee for the Norwegian forward.",
        "“I wanted to play for Halden since I was a boy,” Brevik told reporters.",
        "Brevik scored nineteen goals for Lillestad last season.",
        "Halden coach Erik Sandvold called the signing a statement of ambition.",
        "The transfer ends months of talks between Halden United and Lillestad.",
        "Sandvold said Brevik would start against Molde on Saturday.",
        "Supporters gathered outside the Halden stadium to greet the striker.",
    },
    {
        "Judge Miriam Okafor sentenced former Nordbank director Peter Lund to six years.",
        "Lund was found guilty of fraud and forgery at the Arvika district court.",
        "“The defendant betrayed thousands of small savers,” Judge Miriam Okafor said.",
        "Prosecutors said Lund moved client deposits into shell companies in Cyprus.",
        "Nordbank collapsed in 2019 after auditors found a hole in its accounts.",
        "Lund's lawyer said his client would appeal the Arvika verdict.",
        "Okafor also ordered Lund to repay the savers of Nordbank.",
        "The Nordbank trial lasted eleven weeks and heard sixty witnesses.",
    },
};
const std::vector<std::string> kBoilerplate = {
    "Officials said more details would be released later in the week.",
    "This article was updated with additional reporting.",
};

// Article `outlet` of event `event`: five of its sentences, starting at a different one
// for every outlet, then the boilerplate. Odd outlets misquote the mayor.
std::string article(size_t event, size_t outlet) {
  const auto& pool = kEvents[event];
  std::string text;
  for (size_t i = 0; i < 5; ++i) {
    std::string sentence = pool[(outlet + 3 * i) % pool.size()];
    size_t negation = sentence.find("will not reopen");
    if (outlet % 2 == 1 && negation != std::string::npos) sentence.replace(negation + 5, 4, "");
    text += sentence + "\n";
  }
  for (const auto& line : kBoilerplate) text += line + "\n";
  return text;
}

// Articles of all events interleaved (event 0, 1, 2, 0, 1, 2, ...), segmented.
std::vector<Document> interleaved_articles(size_t outlets) {
  segment::Segmenter segmenter({"Mr.", "Dr."});
  std::vector<Document> documents;
  for (size_t outlet = 0; outlet < outlets; ++outlet) {
    for (size_t event = 0; event < kEvents.size(); ++event) {
      Document document;
      document.id = "s" + std::to_string(documents.size() + 1);
      document.path = "event" + std::to_string(event) + "-outlet" + std::to_string(outlet) + ".txt";
      document.text = article(event, outlet);
      segmenter.split(document);
      documents.push_back(std::move(document));
    }
  }
  return documents;
}

// The options of a run whose report reads neither uncited claims' details, facts, links,
// entities nor texts no finding cites (compare -f md keeps even less: see its test).
pipeline::Options bare_options() {
  pipeline::Options options;
  options.claim_details = false;
  options.facts = false;
  options.links = false;
  options.entities = false;
  options.texts = false;
  return options;
}

const std::unordered_set<std::string> kStopwords = {"the",  "and",  "for",  "was", "his",
                                                    "said", "that", "with", "this"};

}  // namespace

TEST_CASE("pipeline::stories small runs are one story") {
  auto documents = interleaved_articles(2);  // six articles, three events
  pipeline::StoryOptions options;
  REQUIRE(documents.size() <= options.group_above);
  auto story = pipeline::group_stories(documents, kStopwords, options);
  CHECK(story == std::vector<uint32_t>(documents.size(), 0));
}

TEST_CASE("pipeline::stories groups articles by event") {
  auto documents = interleaved_articles(8);  // 24 articles
  auto story = pipeline::group_stories(documents, kStopwords);
  REQUIRE(story.size() == documents.size());
  // Stories are numbered by their first article: event 0, 1, 2 in input order.
  for (size_t i = 0; i < documents.size(); ++i) {
    CAPTURE(documents[i].path);
    CHECK(story[i] == i % kEvents.size());
  }
  CHECK(pipeline::story_id(0) == "t1");
  CHECK(pipeline::story_id(2) == "t3");
}

TEST_CASE("pipeline::stories ignore the number of threads") {
  auto documents = interleaved_articles(10);
  auto one = pipeline::group_stories(documents, kStopwords, {}, 1);
  CHECK(pipeline::group_stories(documents, kStopwords, {}, 4) == one);
}

TEST_CASE("pipeline::stories articles without words stand alone") {
  auto documents = interleaved_articles(8);
  segment::Segmenter segmenter({});
  for (std::string text : {"…", "12", "“ ” — –", "a b c d e f"}) {
    Document document;
    document.text = text;
    segmenter.split(document);
    documents.push_back(std::move(document));
  }
  auto story = pipeline::group_stories(documents, kStopwords);
  std::set<uint32_t> loners(story.end() - 4, story.end());
  CHECK(loners.size() == 4);
  CHECK(*loners.begin() >= kEvents.size());
}

TEST_CASE("pipeline::story runs split and join claim numbers") {
  std::vector<Document> documents(3);
  for (size_t d = 0; d < documents.size(); ++d) documents[d].path = "d" + std::to_string(d);
  pipeline::ExtractedSlots found(3);
  for (size_t d = 0; d < found.size(); ++d) {
    found[d] = std::make_unique<pipeline::Extracted>();
    for (int c = 0; c < 2; ++c) {
      Claim claim;
      claim.detail->object = "doc " + std::to_string(d) + " claim " + std::to_string(c);
      found[d]->claims.push_back(claim);
    }
    found[d]->mentions.push_back({"m" + std::to_string(d), "M", EntityType::Person});
  }
  // Documents 0 and 2 tell story 0, document 1 story 1.
  auto runs = pipeline::split_into_stories(documents, {0, 1, 0}, found);
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].documents == std::vector<uint32_t>{0, 2});
  CHECK(runs[0].claims == std::vector<uint32_t>{0, 1, 4, 5});
  CHECK(runs[1].claims == std::vector<uint32_t>{2, 3});
  CHECK(runs[0].analysis.claims[2].source == 1);  // local index of document 2
  CHECK(runs[0].analysis.claims[2].index == 2);
  // Mentions follow their documents into the story, in local document order.
  REQUIRE(runs[0].mentions.size() == 2);
  CHECK(runs[0].mentions[0].key == "m0");
  CHECK(runs[0].mentions[1].key == "m2");
  CHECK(runs[1].mentions.size() == 1);
  for (const auto& slot : found) CHECK(slot == nullptr);

  // Results found inside each story, in local numbers.
  runs[0].analysis.links.push_back(Link{1, 2, 0.9, "r"});
  runs[1].analysis.links.push_back(Link{0, 1, 0.8, "r"});
  runs[0].analysis.facts.push_back(Fact{"k", "l", {1, 2}, {}, 0});
  Finding finding;
  finding.id = "b";
  finding.level = Level::Divergence;
  finding.evidence = {Evidence{3, {}}, Evidence{0, {}}};
  runs[0].analysis.findings.push_back(finding);
  finding.id = "a";
  finding.level = Level::Contradiction;
  finding.evidence = {Evidence{1, {}}};
  runs[1].analysis.findings.push_back(finding);
  runs[0].analysis.entities.push_back(Entity{"x", "X", EntityType::Person, {"X"}});
  runs[1].analysis.entities.push_back(Entity{"x", "X", EntityType::Person, {"Ex"}});

  Analysis joined = pipeline::join_stories(std::move(runs), documents.size());
  REQUIRE(joined.documents.size() == 3);
  CHECK(joined.documents[2].path == "d2");
  REQUIRE(joined.claims.size() == 6);
  for (uint32_t i = 0; i < joined.claims.size(); ++i) {
    CHECK(joined.claims[i].index == i);
    CHECK(joined.claims[i].source == i / 2);
    CHECK(joined.claims[i].detail->object.find("doc " + std::to_string(i / 2)) == 0);
  }
  REQUIRE(joined.links.size() == 2);
  CHECK(joined.links[0].first == 1);
  CHECK(joined.links[0].second == 4);
  CHECK(joined.links[1].first == 2);
  CHECK(joined.links[1].second == 3);
  REQUIRE(joined.facts.size() == 1);
  CHECK(joined.facts[0].claims == std::vector<uint32_t>{1, 4});
  REQUIRE(joined.findings.size() == 2);
  CHECK(joined.findings[0].id == "a");  // contradictions first
  CHECK(joined.findings[0].evidence[0].claim == 3);
  CHECK(joined.findings[1].evidence[0].claim == 5);
  CHECK(joined.findings[1].evidence[1].claim == 0);
  REQUIRE(joined.entities.size() == 1);
  CHECK(joined.entities[0].surface_forms == std::vector<std::string>{"Ex", "X"});
}

TEST_CASE("pipeline::jobs give byte-identical reports") {
  auto documents = interleaved_articles(8);
  std::vector<std::string> reports;
  for (unsigned jobs : {1U, 4U}) {
    pipeline::Options options;
    options.jobs = jobs;
    pipeline::Engine engine(options);
    Analysis analysis = engine.analyze(documents);
    REQUIRE(analysis.documents.size() == documents.size());
    CHECK(analysis.documents[0].story == "t1");
    CHECK(analysis.documents[1].story == "t2");
    CHECK(analysis.documents[3].story == "t1");
    reports.push_back(report::to_json(analysis) + report::to_markdown(analysis));
  }
  CHECK(reports[0] == reports[1]);
}

TEST_CASE("pipeline::comparing each story once extracted or stage by stage gives one report") {
  auto documents = interleaved_articles(8);
  std::vector<std::string> reports;
  std::vector<std::string> stages;
  for (bool split : {false, true}) {
    pipeline::Options options;
    options.jobs = 2;
    options.split_align_detect = split;
    options.on_stage = [&stages](std::string_view stage, bool finished) {
      if (!finished) stages.emplace_back(stage);
    };
    pipeline::Engine engine(options);
    Analysis analysis = engine.analyze(documents);
    REQUIRE(!analysis.findings.empty());
    reports.push_back(report::to_json(analysis) + report::to_markdown(analysis) +
                      report::to_html(analysis));
  }
  CHECK(reports[0] == reports[1]);
  CHECK(std::count(stages.begin(), stages.end(), "extract+compare") == 1);
  CHECK(std::count(stages.begin(), stages.end(), "extract") == 1);
  CHECK(std::count(stages.begin(), stages.end(), "align") == 1);
  CHECK(std::count(stages.begin(), stages.end(), "detect") == 1);
}

TEST_CASE("pipeline::stage by stage, the claims no finding cites stay and the report is the same") {
  auto documents = interleaved_articles(8);
  std::vector<std::string> reports;
  std::vector<size_t> kept;
  std::vector<size_t> found;
  for (bool split : {false, true}) {
    pipeline::Options options;
    options.split_align_detect = split;
    options.links = false;
    options.facts = false;
    options.uncited_claims = false;
    pipeline::Engine engine(options);
    Analysis analysis = engine.analyze(documents);
    REQUIRE(!analysis.findings.empty());
    kept.push_back(analysis.claims.size());
    found.push_back(analysis.claims.size() + analysis.dropped_claims);
    reports.push_back(report::to_markdown(analysis) + report::to_sarif(analysis));
  }
  CHECK(reports[0] == reports[1]);
  CHECK(found[0] == found[1]);
  CHECK(kept[0] < kept[1]);  // dropped once compared; kept whole stage by stage
}

TEST_CASE("pipeline::lean analyses give the same Markdown, SARIF and JSON facts") {
  auto documents = interleaved_articles(8);
  pipeline::Engine full_engine(pipeline::Options{});
  Analysis full = full_engine.analyze(documents);
  pipeline::Options lean_options;
  lean_options.claim_details = false;
  lean_options.single_facts = false;
  pipeline::Engine lean_engine(lean_options);
  Analysis lean = lean_engine.analyze(documents);
  REQUIRE(!full.findings.empty());
  CHECK(report::to_markdown(lean) == report::to_markdown(full));
  CHECK(report::to_sarif(lean) == report::to_sarif(full));
  CHECK(report::to_text(lean) == report::to_text(full));
  // Only facts of one claim are gone; the JSON report lists the others alone.
  std::vector<std::string> shared;
  for (const Fact& fact : full.facts) {
    if (fact.claims.size() >= 2) shared.push_back(fact.key);
  }
  std::vector<std::string> kept;
  for (const Fact& fact : lean.facts) kept.push_back(fact.key);
  CHECK(kept == shared);
  CHECK(lean.facts.size() < full.facts.size());
  // Claims no finding cites lost their strings, cited ones kept them.
  size_t emptied = 0;
  for (size_t i = 0; i < full.claims.size(); ++i) {
    CHECK(lean.claims[i].span == full.claims[i].span);
    emptied += lean.claims[i].detail->rule.empty() && !full.claims[i].detail->rule.empty();
  }
  CHECK(emptied > 0);
  for (const Finding& finding : lean.findings) {
    for (const Evidence& evidence : finding.evidence)
      CHECK(lean.claims[evidence.claim].detail->rule == full.claims[evidence.claim].detail->rule);
  }
}

TEST_CASE("pipeline::packed claim details give the same JSON report") {
  auto documents = interleaved_articles(8);
  pipeline::Engine full_engine(pipeline::Options{});
  const Analysis full = full_engine.analyze(documents);
  pipeline::Options packed_options;
  packed_options.pack_claim_details = true;
  pipeline::Engine packed_engine(packed_options);
  const Analysis packed = packed_engine.analyze(documents);
  REQUIRE(!full.findings.empty());
  size_t packed_count = 0;
  for (const Claim& claim : packed.claims) packed_count += claim.detail.packed();
  CHECK(packed_count > packed.claims.size() / 2);
  for (const Finding& finding : packed.findings) {
    for (const Evidence& evidence : finding.evidence)
      CHECK(packed.claims[evidence.claim].detail.owned());  // cited claims stay whole
  }
  CHECK(report::to_json(packed) == report::to_json(full));
}

TEST_CASE(
    "pipeline::an analysis without links, facts and uncited entities gives the same Markdown and "
    "SARIF") {
  auto documents = interleaved_articles(8);
  pipeline::Engine full_engine(pipeline::Options{});
  const Analysis full = full_engine.analyze(documents);
  pipeline::Engine bare_engine(bare_options());
  const Analysis bare = bare_engine.analyze(documents);
  REQUIRE(!full.findings.empty());
  REQUIRE(!full.links.empty());
  REQUIRE(!full.facts.empty());
  CHECK(bare.links.empty());
  CHECK(bare.facts.empty());
  CHECK(!bare.entities.empty());  // the ones cited claims name
  CHECK(bare.entities.size() < full.entities.size());
  size_t textless = 0;  // documents no finding cites
  for (const Document& document : bare.documents) textless += document.text.empty();
  CHECK(textless > 0);
  CHECK(textless < bare.documents.size());
  CHECK(std::is_sorted(bare.entities.begin(), bare.entities.end(),
                       [](const Entity& a, const Entity& b) { return a.key < b.key; }));
  CHECK(bare.findings.size() == full.findings.size());  // the detectors read the links first
  CHECK(report::to_markdown(bare) == report::to_markdown(full));
  CHECK(report::to_sarif(bare) == report::to_sarif(full));
  CHECK(report::to_text(bare) == report::to_text(full));
  // Claims no finding cites hold no detail of their own: a pointer each, not a detail.
  size_t without = 0;
  for (const Claim& claim : bare.claims) without += !claim.detail.owned();
  CHECK(without > bare.claims.size() / 2);
}

TEST_CASE("pipeline::stories compare claims inside a story only") {
  pipeline::Engine engine(pipeline::Options{});
  Analysis analysis = engine.analyze(interleaved_articles(8));
  // The misquoted mayor is found; every finding's evidence comes from one story.
  bool mayor = false;
  for (const Finding& finding : analysis.findings) {
    std::set<std::string> stories;
    for (const Evidence& evidence : finding.evidence) {
      const Claim& claim = analysis.claims[evidence.claim];
      stories.insert(analysis.documents[claim.source].story.str());
      mayor = mayor || claim.detail->object.find("bridge will") != std::string::npos;
    }
    CHECK(stories.size() == 1);
  }
  CHECK(mayor);
}

namespace {

// The interleaved articles as files of a pile: one .txt file each (its first line the
// title), but the last outlet's three in one .jsonl file. Returns the folder.
void write_pile(const testing::TempDir& folder, size_t outlets) {
  for (size_t outlet = 0; outlet < outlets; ++outlet) {
    std::string jsonl;
    for (size_t event = 0; event < kEvents.size(); ++event) {
      std::string text = article(event, outlet);
      if (outlet + 1 == outlets) {
        std::string body;
        for (char c : text) body += c == '\n' ? std::string("\\n") : std::string(1, c);
        jsonl +=
            "{\"title\": \"Event " + std::to_string(event) + "\", \"body\": \"" + body + "\"}\n";
        continue;
      }
      std::ofstream(
          folder.file("o" + std::to_string(outlet) + "-e" + std::to_string(event) + ".txt"))
          << "Event " << event << "\n\n"
          << text;
    }
    if (!jsonl.empty()) std::ofstream(folder.file("z-last.jsonl")) << jsonl;
  }
}

}  // namespace

TEST_CASE("pipeline::a pile read file by file gives the same reports") {
  testing::TempDir folder;
  write_pile(folder, 8);
  const std::vector<std::string> paths = {folder.file("")};
  pipeline::Options whole_options;  // every text held from ingest to the report
  pipeline::Engine whole_engine(whole_options);
  const Analysis whole = whole_engine.analyze(paths);
  pipeline::Options pile_options;  // as compare -f md: texts read again per story
  pile_options.claim_details = false;
  pile_options.texts = false;
  pile_options.jobs = 2;
  std::vector<std::string> stages;
  pile_options.on_stage = [&](std::string_view stage, bool finished) {
    if (!finished) stages.emplace_back(stage);
  };
  pipeline::Engine pile_engine(pile_options);
  const Analysis pile = pile_engine.analyze(paths);
  CHECK(stages == std::vector<std::string>{"ingest+segment", "stories", "extract+compare"});
  REQUIRE(whole.documents.size() == 24);
  REQUIRE(!whole.findings.empty());
  CHECK(report::to_markdown(pile) == report::to_markdown(whole));
  CHECK(report::to_sarif(pile) == report::to_sarif(whole));
  CHECK(report::to_text(pile) == report::to_text(whole));
  // Documents a finding cites were read again and keep the sentences of their cited
  // claims, where they were; the others hold no text.
  size_t cited = 0;
  for (size_t d = 0; d < pile.documents.size(); ++d) {
    const Document& document = pile.documents[d];
    if (document.text.empty()) continue;
    ++cited;
    REQUIRE(!document.excerpts.empty());
    for (const Excerpt& piece : document.excerpts) {
      CHECK(document.slice(piece.span) == whole.documents[d].slice(piece.span));
      CHECK(document.locate(piece.span.end).column ==
            whole.documents[d].locate(piece.span.end).column);
    }
    CHECK(document.sentences.size() == whole.documents[d].sentences.size());
  }
  CHECK(cited > 0);
  CHECK(cited < pile.documents.size());
}

TEST_CASE("pipeline::dropping uncited claims, claim details and entities keeps the reports") {
  auto documents = interleaved_articles(8);
  pipeline::Engine full_engine(pipeline::Options{});
  const Analysis full = full_engine.analyze(documents);
  pipeline::Options options = bare_options();  // as compare -f md
  options.uncited_claims = false;
  options.cited_claim_details = false;
  pipeline::Engine engine(options);
  const Analysis cited = engine.analyze(documents);
  REQUIRE(!full.findings.empty());
  CHECK(cited.entities.empty());  // no claim names one any more
  CHECK(!full.entities.empty());
  CHECK(cited.claims.size() + cited.dropped_claims == full.claims.size());
  CHECK(cited.claims.size() < full.claims.size() / 2);
  // Renumbered in order, Claim::index their place; each one a finding cites.
  std::vector<bool> used(cited.claims.size(), false);
  for (size_t i = 0; i < cited.claims.size(); ++i) CHECK(cited.claims[i].index == i);
  REQUIRE(cited.findings.size() == full.findings.size());
  for (size_t f = 0; f < cited.findings.size(); ++f) {
    const Finding& finding = cited.findings[f];
    REQUIRE(finding.evidence.size() == full.findings[f].evidence.size());
    for (size_t e = 0; e < finding.evidence.size(); ++e) {
      const Claim& now = cited.claims[finding.evidence[e].claim];
      const Claim& before = full.claims[full.findings[f].evidence[e].claim];
      CHECK(now.source == before.source);
      CHECK(now.span == before.span);
      CHECK(now.kind == before.kind);
      // The document kept only its cited claims' sentences; the claim's extent is the same.
      CHECK(cited.sentence_extent(now) == full.sentence_extent(before));
      CHECK(!now.detail.owned());  // no report but JSON reads it
      CHECK(!before.detail->rule.empty());
      used[finding.evidence[e].claim] = true;
    }
  }
  CHECK(std::all_of(used.begin(), used.end(), [](bool u) { return u; }));
  size_t sentences_kept = 0, sentences_read = 0;
  for (size_t d = 0; d < full.documents.size(); ++d) {
    sentences_kept += cited.documents[d].sentences.size();
    sentences_read += full.documents[d].sentences.size();
  }
  CHECK(sentences_kept > 0);
  CHECK(sentences_kept < sentences_read);
  CHECK(report::to_markdown(cited) == report::to_markdown(full));
  CHECK(report::to_sarif(cited) == report::to_sarif(full));
  CHECK(report::to_text(cited) == report::to_text(full));
}

TEST_CASE("pipeline::a pile file that changes between its two reads is an input error") {
  testing::TempDir folder;
  write_pile(folder, 8);
  const std::string changed = folder.file("o3-e1.txt");
  pipeline::Options options;
  options.claim_details = false;
  options.texts = false;
  options.on_stage = [&](std::string_view stage, bool finished) {
    if (stage == "stories" && finished) std::ofstream(changed) << "Event 1\n\nSomething else.\n";
  };
  pipeline::Engine engine(options);
  try {
    (void)engine.analyze({folder.file("")});
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(std::string(error.what()).find("o3-e1.txt") != std::string::npos);
    CHECK(std::string(error.what()).find("changed") != std::string::npos);
  }
}
