#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "check/process.hpp"
#include "core/error.hpp"
#include "file_fixture.hpp"
#include "ingest/ingest.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "report/sha256.hpp"
#include "report/text_pieces.hpp"

using namespace cc;

namespace {

using testing::parse_one;

Analysis analyze(std::vector<Document> documents) {
  for (size_t i = 0; i < documents.size(); ++i) documents[i].id = "s" + std::to_string(i + 1);
  pipeline::Engine engine(pipeline::Options{});
  return engine.analyze(std::move(documents));
}

// Two articles whose quote differs by a negation and carries markup, template tags and
// an @mention as text.
Analysis hostile_analysis() {
  const std::string quote_tail =
      " publish <script>window.pwned=1</script> the report <img src=x onerror=window.pwned=2> "
      "with {{title}} and @octocat soon,” Mayor Jane Alvarez said.\n";
  return analyze({parse_one("a.txt",
                            "Hostile </title><script>window.pwned=3</script> headline\n"
                            "“We will" +
                                quote_tail),
                  parse_one("b.txt", "Second </div> source\n“We will not" + quote_tail)});
}

Analysis council_analysis() {
  return analyze({parse_one("draft.md",
                            "---\ntitle: Budget passes\noutlet: Metro Desk\npublished: 2025-11-19\n"
                            "---\n# Budget passes\n\n"
                            "“We will raise property taxes this year,” Mayor Jane Alvarez said.\n\n"
                            "“This budget cuts the hours of every library,” Tom Reyes said.\n"),
                  parse_one("ap.txt",
                            "Council approves budget\n"
                            "“We will not raise property taxes this year,” Mayor Jane Alvarez "
                            "said.\n"
                            "“This budget cuts the hours of each library,” Tom Reyes said.\n")});
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

std::string between(const std::string& text, const std::string& open, const std::string& close) {
  size_t start = text.find(open);
  REQUIRE(start != std::string::npos);
  start += open.size();
  size_t end = text.find(close, start);
  REQUIRE(end != std::string::npos);
  return text.substr(start, end - start);
}

// Adds findings of other types and levels on the existing claims, as future detectors will.
void add_generic_findings(Analysis& analysis) {
  REQUIRE(analysis.claims.size() >= 2);
  Finding tone;
  tone.id = "00000000000000aa";
  tone.level = Level::Note;
  tone.type = "tone";
  tone.rule = "note.tone";
  tone.summary = "Tone differs: \"cuts\" vs \"trims\" 100% <b>";
  tone.explanation = "One source uses a loaded word, line\nbreak & more.";
  tone.evidence = {Evidence{0, {}}, Evidence{1, {}}};
  Finding odd = tone;
  odd.id = "00000000000000bb";
  odd.level = Level::Contradiction;
  odd.type = "frobnicate";
  odd.rule = "contradiction.frobnicate";
  odd.summary = "A type nobody has described yet";
  analysis.findings.push_back(odd);
  analysis.findings.push_back(tone);
}

}  // namespace

TEST_CASE("report::sha256 and base64") {
  auto hex = [](std::string_view data) {
    auto digest = report::sha256(data);
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (uint8_t byte : digest) {
      out += digits[byte >> 4];
      out += digits[byte & 15];
    }
    return out;
  };
  CHECK(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(hex(std::string(55, 'x')).size() == 64);  // padding edge: 55 and 56 bytes
  CHECK(hex(std::string(56, 'x')) != hex(std::string(55, 'x')));
  auto b64 = [](std::string_view s) {
    return report::base64(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  };
  CHECK(b64("") == "");
  CHECK(b64("f") == "Zg==");
  CHECK(b64("fo") == "Zm8=");
  CHECK(b64("foo") == "Zm9v");
  CHECK(b64("foobar") == "Zm9vYmFy");
  CHECK(report::csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
}

TEST_CASE("report::formats by name") {
  for (const std::string& name : report::format_names()) {
    auto format = report::parse_format(name);
    REQUIRE(format);
    CHECK(report::format_name(*format) == name);
  }
  CHECK_FALSE(report::parse_format("pdf"));
}

TEST_CASE("report::html escapes every piece of source text") {
  Analysis analysis = hostile_analysis();
  REQUIRE(!analysis.findings.empty());
  std::string html = report::to_html(analysis);
  CHECK(count(html, "<script") == 1);  // the report's own
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("</title><script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;window.pwned=1&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=window.pwned=2&gt;") != std::string::npos);
  CHECK(html.find("Second &lt;/div&gt; source") != std::string::npos);
  CHECK(html.find("{{title}}") != std::string::npos);  // template tags in text stay text
}

TEST_CASE("report::html is self-contained, deterministic and its links resolve") {
  Analysis analysis = council_analysis();
  add_generic_findings(analysis);
  std::string html = report::to_html(analysis);
  CHECK(html == report::to_html(analysis));
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  // Nothing is fetched: no src attributes, no stylesheet links, no absolute URLs in hrefs.
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  // The policy names the inline style and script by their hashes.
  std::string policy = between(html, "Content-Security-Policy\" content=\"", "\"");
  CHECK(policy.find("default-src 'none'") != std::string::npos);
  std::string style = between(html, "<style>", "</style>");
  std::string script = between(html, "<script>", "</script>");
  auto escaped_hash = [](const std::string& content) {
    std::string hash = report::csp_hash(content);
    return std::regex_replace(hash, std::regex("'"), "&apos;");
  };
  CHECK(policy.find("style-src " + escaped_hash(style)) != std::string::npos);
  CHECK(policy.find("script-src " + escaped_hash(script)) != std::string::npos);
  // Every in-page link has its target, and ids are unique.
  std::set<std::string> ids;
  std::regex id_attr(" id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id_attr);
       it != std::sregex_iterator(); ++it) {
    CHECK_MESSAGE(ids.insert((*it)[1]).second, "duplicate id " << (*it)[1]);
  }
  std::regex href(" href=\"#([^\"]+)\"");
  size_t links = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator();
       ++it, ++links) {
    CHECK_MESSAGE(ids.count((*it)[1]), "no target for #" << (*it)[1]);
  }
  CHECK(links > 10);
  // One card per finding, whatever its type and level.
  for (const Finding& finding : analysis.findings) {
    CHECK(count(html, "id=\"f-" + finding.id + "\"") == 1);
  }
  CHECK(html.find("data-type=\"frobnicate\"") != std::string::npos);
  CHECK(html.find("data-level=\"note\"") != std::string::npos);
  // Every claim has exactly one anchor in the full texts.
  for (const Claim& claim : analysis.claims) {
    CHECK(count(html, "id=\"claim-c" + std::to_string(claim.index + 1) + "\"") == 1);
  }
  // The lists the page streams item by item sit inside their own elements: the cards in
  // the findings list, every source row in the Sources table, every text in its section.
  std::string cards = between(html, "<ol class=\"findings\">", "</ol>");
  CHECK(count(cards, "<li>") == analysis.findings.size());
  CHECK(html.find("No contradictions or divergences found") == std::string::npos);
  std::string sources = between(html, "<table class=\"sources\">", "</table>");
  CHECK(count(sources, "<td class=\"source-cell\">") == analysis.documents.size());
  std::string texts = between(html, "<section id=\"texts\"", "</section>");
  CHECK(count(texts, "<article class=\"source-text\"") == analysis.documents.size());
  // Without findings: no list, no filters, the empty note.
  analysis.findings.clear();
  std::string quiet = report::to_html(analysis);
  CHECK(quiet.find("<ol class=\"findings\">") == std::string::npos);
  CHECK(quiet.find("id=\"filters\"") == std::string::npos);
  CHECK(count(quiet, "No contradictions or divergences found between these sources.") == 1);
}

TEST_CASE("report::html gives each story its own facts matrix, over the story's sources only") {
  // Two stories of two sources each (a council budget, an earthquake): a matrix over all
  // four sources would grow with the square of the documents of a large run.
  pipeline::Options options;
  options.stories.group_above = 0;  // group even a handful of documents
  std::vector<Document> documents = {
      parse_one("council-a.txt",
                "Council approves budget\n“We will raise property taxes this year,” Mayor Jane "
                "Alvarez said.\nThe council voted 7-2 on Tuesday.\n"),
      parse_one("quake-a.txt",
                "Earthquake shakes coast\nA magnitude 6.1 earthquake struck the northern coast "
                "on Monday, killing 12 people, officials said.\n"),
      parse_one("council-b.txt",
                "Budget passes\n“We will not raise property taxes this year,” Mayor Jane "
                "Alvarez said.\nThe council voted 7-2 on Tuesday.\n"),
      parse_one("quake-b.txt",
                "Coast hit by quake\nA magnitude 6.4 earthquake struck the northern coast on "
                "Monday, killing 12 people, officials said.\n")};
  for (size_t i = 0; i < documents.size(); ++i) documents[i].id = "s" + std::to_string(i + 1);
  Analysis analysis = pipeline::Engine(options).analyze(std::move(documents));
  std::set<std::string> stories;
  for (const Document& document : analysis.documents) stories.insert(document.story.str());
  REQUIRE(stories.size() == 2);
  std::set<std::string> stories_with_facts;
  for (const Fact& fact : analysis.facts) {
    stories_with_facts.insert(
        analysis.documents[analysis.claims[fact.claims.front()].source].story.str());
  }
  REQUIRE(stories_with_facts.size() == 2);
  std::string html = report::to_html(analysis);
  CHECK(count(html, "<h3 class=\"story-title\">") == 2);
  // Every row of every matrix has one cell per source of its story: two. A fact that one
  // source reports is a row of its own table: that source and its one cell, no "silent".
  std::string facts = between(html, "<section id=\"facts\"", "</section>");
  size_t rows = 0, single_rows = 0;
  for (size_t at = facts.find("<tr><th scope=\"row\""); at != std::string::npos;
       at = facts.find("<tr><th scope=\"row\"", at + 1)) {
    std::string row = facts.substr(at, facts.find("</tr>", at) - at);
    bool single = row.find("class=\"fact-source\"") != std::string::npos;
    CHECK(count(row, "<td class=\"cell ") == (single ? 1 : 2));
    if (single) {
      CHECK(row.find("cell-silent") == std::string::npos);
      ++single_rows;
    }
    ++rows;
  }
  CHECK(rows == analysis.facts.size());
  size_t single_facts = 0;
  for (const Fact& fact : analysis.facts) {
    std::set<uint32_t> sources;
    for (uint32_t claim : fact.claims) sources.insert(analysis.claims[claim].source);
    single_facts += sources.size() == 1;
  }
  CHECK(single_facts > 0);
  CHECK(single_rows == single_facts);
  // One story alone: no heading, the matrix over its own sources (as before stories).
  Analysis council = council_analysis();
  CHECK(report::to_html(council).find("story-title") == std::string::npos);
}

TEST_CASE("report::text_pieces") {
  Analysis analysis;
  Document document;
  document.id = "s1";
  document.text = "Alpha beta gamma delta.\nSecond line here.";
  document.paragraphs = {Paragraph{Span{0, 23}, 0, 1}, Paragraph{Span{24, 41}, 1, 1}};
  analysis.documents.push_back(document);
  auto claim = [&](uint32_t start, uint32_t end) {
    Claim c;
    c.index = static_cast<uint32_t>(analysis.claims.size());
    c.span = Span{start, end};
    analysis.claims.push_back(c);
  };
  claim(0, 10);   // "Alpha beta"
  claim(6, 16);   // "beta gamma": overlaps the first
  claim(23, 23);  // empty, between the paragraphs
  claim(30, 80);  // runs past the end of the text
  report::TextMarks marks;
  marks.highlights = {Span{6, 10}};
  marks.flagged = {Span{0, 23}};
  auto paragraphs = report::text_pieces(analysis, 0, marks);
  REQUIRE(paragraphs.size() == 2);
  const auto& first = paragraphs[0];
  REQUIRE(first.size() == 4);  // [0,6) [6,10) [10,16) [16,23)
  CHECK(first[0].span == Span{0, 6});
  CHECK(first[1].span == Span{6, 10});
  CHECK(first[1].claims == std::vector<uint32_t>{0, 1});
  CHECK(first[1].highlighted);
  CHECK_FALSE(first[0].highlighted);
  CHECK(first[3].claims.empty());
  CHECK(first[3].flagged);
  CHECK(first[0].anchors == std::vector<uint32_t>{0});
  CHECK(first[1].anchors == std::vector<uint32_t>{1});
  CHECK(first[1].closing == std::vector<uint32_t>{0});
  CHECK(first[2].closing == std::vector<uint32_t>{1});
  // The empty claim anchors at the next paragraph; the overlong one closes at the end.
  std::vector<uint32_t> anchored, closed;
  for (const auto& pieces : paragraphs) {
    for (const auto& piece : pieces) {
      anchored.insert(anchored.end(), piece.anchors.begin(), piece.anchors.end());
      closed.insert(closed.end(), piece.closing.begin(), piece.closing.end());
      std::string_view text = analysis.documents[0].slice(piece.span);
      CHECK(text.find('\n') == std::string_view::npos);
    }
  }
  std::sort(anchored.begin(), anchored.end());
  std::sort(closed.begin(), closed.end());
  CHECK(anchored == std::vector<uint32_t>{0, 1, 2, 3});
  CHECK(closed == std::vector<uint32_t>{0, 1, 2, 3});
  CHECK(paragraphs[1].front().anchors.front() == 2);
}

TEST_CASE("report::markdown escapes source text") {
  Analysis analysis = hostile_analysis();
  std::string md = report::to_markdown(analysis);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("&lt;script&gt;") != std::string::npos);
  CHECK(md.find("@octocat") == std::string::npos);  // would notify a GitHub user
  CHECK(md.find("@\u200boctocat") != std::string::npos);
  // The <summary> line is HTML: no Markdown backslash escapes there.
  std::string summary_line = between(md, "<summary>🔴", "</summary>");
  CHECK(summary_line.find('\\') == std::string::npos);
  CHECK(md.find("<details>") != std::string::npos);
  CHECK(md.find("~~") != std::string::npos);  // the quote diff
}

TEST_CASE("report::sarif meets what GitHub code scanning needs") {
  Analysis analysis = council_analysis();
  add_generic_findings(analysis);
  Finding silenced = analysis.findings.back();
  silenced.id = "00000000000000cc";
  silenced.suppressed_by = "inline: draft.md:7: checked";
  analysis.suppressed.push_back(silenced);
  std::string text = report::to_sarif(analysis);
  CHECK(text == report::to_sarif(analysis));
  auto sarif = nlohmann::json::parse(text);
  CHECK(sarif["version"] == "2.1.0");
  REQUIRE(sarif["runs"].size() == 1);
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "crosscheck");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  std::set<std::string> rule_ids;
  for (const auto& rule : run["tool"]["driver"]["rules"]) {
    rule_ids.insert(rule["id"].get<std::string>());
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["help"]["text"].get<std::string>().empty());
  }
  CHECK(rule_ids.count("contradiction.frobnicate"));
  size_t suppressed = 0;
  for (const auto& result : run["results"]) {
    CHECK(rule_ids.count(result["ruleId"].get<std::string>()));
    CHECK(run["tool"]["driver"]["rules"][result["ruleIndex"].get<size_t>()]["id"] ==
          result["ruleId"]);
    CHECK(!result["message"]["text"].get<std::string>().empty());
    CHECK(result["partialFingerprints"]["crosscheckFindingId/v1"].get<std::string>().size() == 16);
    const auto& location = result["locations"][0]["physicalLocation"];
    std::string uri = location["artifactLocation"]["uri"];
    CHECK(uri.find("://") == std::string::npos);  // relative to the repository
    CHECK(location["region"]["startLine"].get<int>() >= 1);
    CHECK(location["region"]["startColumn"].get<int>() >= 1);
    for (const auto& related : result.value("relatedLocations", nlohmann::json::array())) {
      CHECK(related["physicalLocation"]["region"]["startLine"].get<int>() >= 1);
      // GitHub shows related locations through links in the message.
      std::string link = "](" + std::to_string(related["id"].get<int>()) + ")";
      CHECK(result["message"]["text"].get<std::string>().find(link) != std::string::npos);
    }
    if (result.contains("suppressions")) {
      ++suppressed;
      CHECK(result["suppressions"][0]["kind"] == "inSource");
    }
  }
  CHECK(suppressed == 1);
}

TEST_CASE("report::sarif validates against the SARIF 2.1.0 schema") {
  std::string schema = CROSSCHECK_SOURCE_DIR "/../shared/schemas/sarif-schema-2.1.0.json";
  if (!std::filesystem::exists(schema) || !std::filesystem::exists("/usr/bin/python3")) {
    MESSAGE("SARIF schema or /usr/bin/python3 not present: skipped");
    return;
  }
  auto probe = check::run_process({"/usr/bin/python3", "-c", "import jsonschema"});
  if (probe.exit_code != 0) {
    MESSAGE("python3-jsonschema not installed: skipped");
    return;
  }
  Analysis analysis = council_analysis();
  add_generic_findings(analysis);
  char pattern[] = "/tmp/crosscheck-sarif-XXXXXX";
  int fd = ::mkstemp(pattern);
  REQUIRE(fd >= 0);
  ::close(fd);
  {
    std::ofstream out(pattern, std::ios::binary);
    out << report::to_sarif(analysis);
  }
  // The report made here, and the golden one of the check-sarif-seeds case.
  std::string golden = CROSSCHECK_SOURCE_DIR "/tests/cases/check-sarif-seeds/expected/report.sarif";
  for (const std::string& path : {std::string(pattern), golden}) {
    auto result = check::run_process(
        {"/usr/bin/python3", "-c",
         "import json,sys,jsonschema\n"
         "jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))\n",
         schema, path});
    CHECK_MESSAGE(result.exit_code == 0, path << ": " << result.err);
  }
  std::filesystem::remove(pattern);
}

TEST_CASE("report::github annotations escape as @actions/core does") {
  Analysis analysis = council_analysis();
  REQUIRE(!analysis.findings.empty());
  analysis.documents[0].path = "drafts/a:b,c.md";
  analysis.findings.front().summary = "100% sure: a, b\r\nnext";
  std::string out = report::to_github(analysis);
  std::string first = out.substr(0, out.find('\n'));
  CHECK(first.rfind("::error file=drafts/a%3Ab%2Cc.md,line=", 0) == 0);
  CHECK(first.find("::100%25 sure: a, b%0D%0Anext%0A") != std::string::npos);
  CHECK(count(out, "\n") == analysis.findings.size());  // one command per line
}

TEST_CASE("report::junit") {
  Analysis analysis = council_analysis();
  add_generic_findings(analysis);
  analysis.findings.back().summary = "control \x01 char & <tag>";
  report::Meta meta;
  meta.fail_on = Level::Contradiction;
  std::string xml = report::to_junit(analysis, meta);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find("control \xEF\xBF\xBD char &amp; &lt;tag&gt;") != std::string::npos);
  size_t contradictions = 0;
  for (const Finding& f : analysis.findings) contradictions += f.level == Level::Contradiction;
  CHECK(count(xml, "<failure ") == contradictions);
  meta.fail_on = std::nullopt;
  CHECK(count(report::to_junit(analysis, meta), "<failure ") == 0);
  meta.fail_on = Level::Note;
  CHECK(count(report::to_junit(analysis, meta), "<failure ") == analysis.findings.size());
}

TEST_CASE("report::every format handles any type and level") {
  Analysis analysis = council_analysis();
  add_generic_findings(analysis);
  for (const std::string& name : report::format_names()) {
    std::string out = report::write(*report::parse_format(name), analysis);
    CHECK_MESSAGE(out.find("frobnicate") != std::string::npos, name);
  }
  std::string text = report::to_text(analysis);
  CHECK(text.find(": error: A type nobody has described yet [contradiction.frobnicate") !=
        std::string::npos);
  CHECK(text.find(": note: Tone differs") != std::string::npos);
  auto sarif = nlohmann::json::parse(report::to_sarif(analysis));
  bool generic = false;
  for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
    if (rule["id"] == "contradiction.frobnicate") {
      generic = rule["name"] == "ContradictionFrobnicateDiscrepancy";
    }
    if (rule["id"] == "note.tone") CHECK(rule["name"] == "NoteToneMismatch");
  }
  CHECK(generic);
}

TEST_CASE("report::a streamed report has the same bytes as the whole one") {
  Analysis analysis = hostile_analysis();
  REQUIRE_FALSE(analysis.claims.empty());
  for (report::Format format :
       {report::Format::JSON, report::Format::Markdown, report::Format::HTML}) {
    std::string streamed;
    size_t pieces = 0;
    report::write(format, analysis, {}, [&](std::string_view piece) {
      streamed.append(piece);
      ++pieces;
    });
    CHECK(pieces >= 1);
    CHECK(streamed == report::write(format, analysis));
  }
  std::string claims;
  report::claims_to_json(analysis, {}, [&](std::string_view piece) { claims.append(piece); });
  CHECK(claims == report::claims_to_json(analysis));
}

TEST_CASE("report::the human and CI formats are streamed in pieces, none of them whole") {
  Analysis analysis = council_analysis();
  REQUIRE_FALSE(analysis.findings.empty());
  std::vector<Finding> many;  // enough findings for several 64 KiB pieces
  while (many.size() < 3000)
    many.insert(many.end(), analysis.findings.begin(), analysis.findings.end());
  analysis.findings = std::move(many);
  for (report::Format format :
       {report::Format::Markdown, report::Format::SARIF, report::Format::Text,
        report::Format::GitHub, report::Format::JUnit, report::Format::HTML}) {
    std::string whole;
    size_t pieces = 0, largest = 0;
    report::write(format, analysis, {}, [&](std::string_view piece) {
      whole += piece;
      ++pieces;
      largest = std::max(largest, piece.size());
    });
    CAPTURE(report::format_name(format));
    CHECK(pieces > 2);
    CHECK(largest < whole.size() / 2);
  }
  // SARIF is dumped result by result into its log: the same bytes as one dump of the log.
  std::string sarif = report::write(report::Format::SARIF, analysis);
  CHECK(nlohmann::ordered_json::parse(sarif).dump(2) + "\n" == sarif);
}

TEST_CASE("report::verdicts from a review store appear in every human format and JSON") {
  Analysis analysis = hostile_analysis();
  REQUIRE_FALSE(analysis.findings.empty());
  std::string before = report::to_json(analysis);
  CHECK(before.find("\"review\"") == std::string::npos);  // no store: reports unchanged
  Finding& finding = analysis.findings.front();
  finding.verdict = "dismissed";
  finding.verdict_reviewer = "alice";
  finding.verdict_note = "<b>same</b> words";
  finding.verdict_stale = true;
  std::string json = report::to_json(analysis);
  auto parsed = nlohmann::json::parse(json);
  CHECK(parsed["findings"][0]["review"]["verdict"] == "dismissed");
  CHECK(parsed["findings"][0]["review"]["stale"] == true);
  std::string markdown = report::to_markdown(analysis);
  CHECK(markdown.find("Verdict: **dismissed** by alice — &lt;b&gt;same&lt;/b&gt; words (stale") !=
        std::string::npos);
  std::string html = report::write(report::Format::HTML, analysis, {});
  CHECK(html.find("verdict-dismissed") != std::string::npos);
  CHECK(html.find("<b>same</b>") == std::string::npos);
  std::string text = report::write(report::Format::Text, analysis, {});
  CHECK(text.find("    verdict: dismissed by alice — <b>same</b> words (stale") !=
        std::string::npos);
}

TEST_CASE(
    "report::a dismissed finding stops failing in the CI formats until its evidence changes") {
  Analysis analysis = hostile_analysis();
  REQUIRE_FALSE(analysis.findings.empty());
  Finding& finding = analysis.findings.front();
  finding.level = Level::Contradiction;
  finding.verdict = "dismissed";
  finding.verdict_reviewer = "alice";
  finding.verdict_note = "same words";
  report::Meta meta;
  meta.fail_on = Level::Contradiction;

  std::string github = report::write(report::Format::GitHub, analysis, meta);
  CHECK(github.rfind("::notice ", 0) == 0);
  CHECK(github.find("Verdict: dismissed by alice — same words") != std::string::npos);
  std::string junit = report::write(report::Format::JUnit, analysis, meta);
  CHECK(junit.find("<skipped message=\"dismissed by alice — same words\"/>") != std::string::npos);
  auto sarif = nlohmann::json::parse(report::write(report::Format::SARIF, analysis, meta));
  const auto& result = sarif["runs"][0]["results"][0];
  CHECK(result["suppressions"][0]["kind"] == "external");
  CHECK(result["suppressions"][0]["status"] == "accepted");
  CHECK(result["properties"]["verdict"] == "dismissed");

  finding.verdict_stale = true;  // the evidence changed: it fails again
  github = report::write(report::Format::GitHub, analysis, meta);
  CHECK(github.rfind("::error ", 0) == 0);
  junit = report::write(report::Format::JUnit, analysis, meta);
  CHECK(junit.find("<failure ") != std::string::npos);
  sarif = nlohmann::json::parse(report::write(report::Format::SARIF, analysis, meta));
  CHECK_FALSE(sarif["runs"][0]["results"][0].contains("suppressions"));
}
