#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "check/process.hpp"
#include "core/error.hpp"
#include "core/output.hpp"
#include "file_fixture.hpp"
#include "ingest/ingest.hpp"
#include "pipeline/pipeline.hpp"

using namespace cc;

namespace {

using testing::parse_one;

// A draft and two wires from a council story (the CI case uses the same shapes).
Analysis council_analysis(const std::string& draft_body) {
  std::vector<Document> documents;
  documents.push_back(parse_one("story.md", draft_body));
  documents.push_back(parse_one(
      "ap.txt",
      "Council approves budget\n"
      "“We will not raise property taxes this year,” Mayor Jane Alvarez said after the vote.\n"
      "“This budget cuts the hours of every library in the city,” Tom Reyes said.\n"));
  documents.push_back(
      parse_one("reuters.txt",
                "Council passes budget\n"
                "“We will not raise property taxes this year,” Alvarez told reporters.\n"));
  for (size_t i = 0; i < documents.size(); ++i) documents[i].id = "s" + std::to_string(i + 1);
  pipeline::Engine engine(pipeline::Options{});
  return engine.analyze(std::move(documents));
}

const std::string kDraft =
    "# Budget passes\n"
    "\n"
    "“We will raise property taxes this year,” Mayor Jane Alvarez said.\n"
    "\n"
    "“This budget does not cut the hours of every library in the city,” Tom Reyes said.\n";

size_t count_in(const Analysis& analysis, uint32_t source) {
  size_t n = 0;
  for (const Finding& f : analysis.findings) {
    for (const Evidence& e : f.evidence) {
      if (analysis.claims[e.claim].source == source) {
        ++n;
        break;
      }
    }
  }
  return n;
}

using testing::TempDir;

bool git_available() {
  try {
    return check::run_process({"git", "--version"}).exit_code == 0;
  } catch (const UsageError&) {
    return false;
  }
}

void git(const TempDir& dir, std::vector<std::string> args) {
  args.insert(args.begin(), {"git", "-C", dir.path().string(), "-c", "user.name=t", "-c",
                             "user.email=t@example.org", "-c", "commit.gpgsign=false"});
  auto result = check::run_process(args);
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
}

}  // namespace

TEST_CASE("check::parse_unified_diff") {
  const char* diff =
      "diff --git a/story.md b/story.md\n"
      "index 1111111..2222222 100644\n"
      "--- a/story.md\n"
      "+++ b/story.md\n"
      "@@ -3 +3 @@ heading\n"
      "-old\n"
      "+new\n"
      "@@ -10,0 +11,2 @@\n"
      "+added one\n"
      "+added two\n"
      "@@ -20,3 +21,0 @@\n"
      "-gone\n"
      "@@ -0,0 +1 @@\n";
  check::LineSet lines = check::parse_unified_diff(diff);
  CHECK(lines.intersects(3, 3));
  CHECK(lines.intersects(11, 12));
  CHECK(lines.intersects(21, 21));  // a pure deletion marks the line it follows
  CHECK(lines.intersects(1, 1));
  CHECK_FALSE(lines.intersects(4, 10));
  CHECK_FALSE(lines.intersects(13, 20));
  CHECK_FALSE(lines.intersects(22, 100));
  CHECK(lines.intersects(5, 30));  // a range that spans a changed line
  CHECK(check::parse_unified_diff("").empty());
  CHECK(check::parse_unified_diff("@@ garbage @@\n@@ -1 +x @@\n").empty());
}

TEST_CASE("check::line sets merge ranges") {
  check::LineSet lines;
  lines.add(10, 12);
  lines.add(1, 2);
  lines.add(13, 15);  // touches 10-12
  lines.add(4, 4);
  lines.add(3, 3);  // joins 1-2 and 4
  REQUIRE(lines.ranges().size() == 2);
  CHECK(lines.ranges()[0] == std::make_pair(1u, 4u));
  CHECK(lines.ranges()[1] == std::make_pair(10u, 15u));
  CHECK(check::LineSet::all().intersects(1000, 1000));
  CHECK_FALSE(check::LineSet::all().empty());
}

TEST_CASE("check::run_process") {
  auto result = check::run_process({"sh", "-c", "printf out; printf err >&2; exit 3"});
  CHECK(result.exit_code == 3);
  CHECK(result.out == "out");
  CHECK(result.err == "err");
  // Arguments reach the program as they are: no shell reads them.
  auto echo = check::run_process({"printf", "%s", "$(touch /tmp/never); `x` *"});
  CHECK(echo.out == "$(touch /tmp/never); `x` *");
  CHECK_THROWS_AS(check::run_process({"crosscheck-no-such-program"}), UsageError);
  // Large output on both pipes does not deadlock.
  auto big = check::run_process(
      {"sh", "-c", "head -c 300000 /dev/zero | tr '\\0' a; head -c 300000 /dev/zero >&2"});
  CHECK(big.out.size() == 300000);
  CHECK(big.err.size() == 300000);
}

TEST_CASE("check::keep_draft_findings") {
  Analysis analysis = council_analysis(kDraft);
  REQUIRE(count_in(analysis, 0) >= 2);
  check::keep_draft_findings(analysis, 0);
  for (const Finding& finding : analysis.findings) {
    CHECK(analysis.claims[finding.evidence.front().claim].source == 0);
  }
  // The Reyes quote lost its "not" in the wire: in the draft-first diff, "not" is deleted.
  bool saw_not = false;
  for (const Finding& finding : analysis.findings) {
    for (const DiffToken& token : finding.diff) {
      if (token.text == "not" && token.op == DiffToken::Op::Delete) saw_not = true;
    }
  }
  CHECK(saw_not);

  // A finding whose draft evidence comes second is turned round, and its diff inverted.
  Analysis swapped = council_analysis(kDraft);
  check::keep_draft_findings(swapped, 0);
  REQUIRE(!swapped.findings.empty());
  Finding& finding = swapped.findings.front();
  std::swap(finding.evidence[0], finding.evidence[1]);
  std::vector<DiffToken> original = finding.diff;
  for (DiffToken& token : finding.diff) {
    if (token.op != DiffToken::Op::Equal)
      token.op = token.op == DiffToken::Op::Delete ? DiffToken::Op::Insert : DiffToken::Op::Delete;
  }
  check::keep_draft_findings(swapped, 0);
  CHECK(swapped.claims[swapped.findings.front().evidence[0].claim].source == 0);
  REQUIRE(swapped.findings.front().diff.size() == original.size());
  for (size_t i = 0; i < original.size(); ++i) {
    CHECK(swapped.findings.front().diff[i].op == original[i].op);
  }

  // Findings between the wires alone are dropped.
  Analysis none = council_analysis("# Unrelated\n\nNothing was quoted here.\n");
  check::keep_draft_findings(none, 0);
  CHECK(none.findings.empty());
}

TEST_CASE("check::inline suppressions") {
  const std::string draft =
      "# Budget passes\n"
      "\n"
      "<!-- crosscheck-disable-next-line quote: checked against the recording -->\n"
      "“We will raise property taxes this year,” Mayor Jane Alvarez said.\n"
      "\n"
      "<!-- crosscheck-disable-next-line numeric: not this type -->\n"
      "“This budget does not cut the hours of every library in the city,” Tom Reyes said.\n"
      "\n"
      "<!-- crosscheck-disable-next-line -->\n"
      "Nothing is quoted on this line.\n";
  Analysis analysis = council_analysis(draft);
  check::keep_draft_findings(analysis, 0);
  size_t before = analysis.findings.size();
  check::SuppressionResult result = check::apply_suppressions(analysis);
  CHECK(result.silenced >= 1);
  CHECK(analysis.findings.size() + result.silenced == before);
  REQUIRE(analysis.suppressed.size() == result.silenced);
  for (const Finding& finding : analysis.suppressed) {
    CHECK(finding.suppressed_by == "inline: story.md:3: checked against the recording");
  }
  for (const Finding& finding : analysis.findings) {
    CHECK(finding.summary.find("Reyes") != std::string::npos);  // wrong type: not silenced
  }
  // The numeric directive and the one above a line without findings silenced nothing.
  REQUIRE(result.unused.size() == 2);
  CHECK(result.unused[0].second.type == "numeric");
  CHECK(result.unused[1].second.type == "*");
  CHECK(result.unused[1].second.directive_line == 9);
}

TEST_CASE("check::baseline") {
  Analysis analysis = council_analysis(kDraft);
  check::keep_draft_findings(analysis, 0);
  size_t total = analysis.findings.size();
  REQUIRE(total >= 2);
  std::string text = check::baseline_json(analysis);
  CHECK(text.find("\"schema\": \"crosscheck.baseline/1\"") != std::string::npos);
  check::Baseline baseline = check::parse_baseline("b.json", text);
  CHECK(baseline.ids.size() == total);
  CHECK(check::baseline_json(analysis) == text);  // deterministic

  // Accept only the first finding: the others stay.
  check::Baseline partial;
  partial.ids.insert(analysis.findings.front().id.str());
  std::string accepted = analysis.findings.front().id.str();
  CHECK(check::apply_baseline(analysis, partial) == 1);
  CHECK(analysis.findings.size() == total - 1);
  REQUIRE(analysis.suppressed.size() == 1);
  CHECK(analysis.suppressed.front().id == accepted);
  CHECK(analysis.suppressed.front().suppressed_by == "baseline");

  CHECK_THROWS_AS(check::parse_baseline("b.json", "not json"), InputError);
  CHECK_THROWS_AS(check::parse_baseline("b.json", "{\"schema\": \"other\", \"findings\": []}"),
                  InputError);
  CHECK_THROWS_AS(
      check::parse_baseline("b.json", "{\"schema\": \"crosscheck.baseline/1\", \"findings\": [1]}"),
      InputError);
  CHECK(check::parse_baseline("b.json", "{\"schema\": \"crosscheck.baseline/1\", \"findings\": []}")
            .ids.empty());
  CHECK_THROWS_AS(check::read_baseline("/nonexistent/baseline.json"), InputError);
}

TEST_CASE("check::keep_changed and finding lines") {
  Analysis analysis = council_analysis(kDraft);
  check::keep_draft_findings(analysis, 0);
  std::vector<uint32_t> lines;
  for (const Finding& finding : analysis.findings) {
    auto range = check::finding_lines(analysis, finding, 0);
    REQUIRE(range);
    CHECK(range->first == range->second);
    lines.push_back(range->first);
  }
  CHECK(std::count(lines.begin(), lines.end(), 3u) >= 1);  // Alvarez
  CHECK(std::count(lines.begin(), lines.end(), 5u) >= 1);  // Reyes
  check::LineSet changed;
  changed.add(5, 5);
  size_t total = analysis.findings.size();
  size_t dropped = check::keep_changed(analysis, 0, changed);
  CHECK(dropped + analysis.findings.size() == total);
  for (const Finding& finding : analysis.findings) {
    CHECK(check::finding_lines(analysis, finding, 0)->first == 5);
  }
}

TEST_CASE("check::changed_lines in a git repository") {
  if (!git_available()) {
    MESSAGE("git not installed: skipped");
    return;
  }
  TempDir dir;
  git(dir, {"init", "-q"});
  dir.write("story.md", "line one\nline two\nline three\nline four\n");
  git(dir, {"add", "story.md"});
  git(dir, {"commit", "-q", "-m", "first"});
  dir.write("story.md", "line one\nline 2\nline three\nline four\nline five\n");
  std::string path = (dir.path() / "story.md").string();
  check::LineSet lines = check::changed_lines("HEAD", path);
  REQUIRE(lines.ranges().size() == 2);
  CHECK(lines.ranges()[0] == std::make_pair(2u, 2u));
  CHECK(lines.ranges()[1] == std::make_pair(5u, 5u));

  // A file git does not track is new everywhere.
  dir.write("new.md", "all new\n");
  CHECK(check::changed_lines("HEAD", (dir.path() / "new.md").string()).intersects(1, 1));
  // Bad revisions are usage errors, and a revision cannot smuggle in an option.
  CHECK_THROWS_AS(check::changed_lines("no-such-revision", path), UsageError);
  CHECK_THROWS_AS(check::changed_lines("--output=/tmp/x", path), UsageError);
  // The whole narrowing on a draft: only the finding on the edited line is left.
  const std::string committed =
      "# Budget passes\n\n"
      "“We will raise property taxes this year,” Mayor Jane Alvarez said.\n\n"
      "“This budget cuts the hours of every library in the city,” Tom Reyes said.\n";
  dir.write("draft.md", committed);
  git(dir, {"add", "draft.md"});
  git(dir, {"commit", "-q", "-m", "draft"});
  dir.write("draft.md", kDraft);  // line 5 now says "does not cut"
  std::string draft_path = (dir.path() / "draft.md").string();
  Analysis analysis = council_analysis(read_file(draft_path, 1 << 20));
  check::keep_draft_findings(analysis, 0);
  REQUIRE(analysis.findings.size() >= 2);
  check::keep_changed(analysis, 0, check::changed_lines("HEAD", draft_path));
  REQUIRE(!analysis.findings.empty());
  for (const Finding& finding : analysis.findings) {
    CHECK(finding.summary.find("Tom Reyes") != std::string::npos);
  }

  // Outside any repository.
  TempDir outside;
  outside.write("story.md", "text\n");
  CHECK_THROWS_AS(check::changed_lines("HEAD", (outside.path() / "story.md").string()), UsageError);
}
