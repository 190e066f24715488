#include <doctest/doctest.h>
#include <sqlite3.h>

#include <fstream>
#include <regex>

#include "core/error.hpp"
#include "review/store.hpp"
#include "review_fixture.hpp"

using namespace cc;
using namespace cc::review;

namespace {

Record verdict(const std::string& finding, Verdict decision, const std::string& note = "") {
  Record record;
  record.finding = finding;
  record.verdict = decision;
  record.note = note;
  record.reviewer = "tester";
  return record;
}

void sql(const std::string& path, const std::string& statements) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &error);
  std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE_MESSAGE(rc == SQLITE_OK, message);
}

std::string pragma(const std::string& path, const std::string& name) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(db, ("PRAGMA " + name).c_str(), -1, &statement, nullptr);
  std::string out;
  if (sqlite3_step(statement) == SQLITE_ROW) {
    out = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return out;
}

}  // namespace

TEST_CASE("review::store keeps every verdict; the latest is current") {
  testing::TempDir dir;
  std::string path = dir.file("s.db");
  {
    Store store(path);
    store.add(verdict("aaaaaaaaaaaaaaaa", Verdict::NeedsSource, "ask the wire"));
    store.add(verdict("bbbbbbbbbbbbbbbb", Verdict::Dismissed));
    store.add(verdict("aaaaaaaaaaaaaaaa", Verdict::Confirmed, "wire agrees"));
  }
  Store store(path, Store::Open::MustExist);
  auto current = store.latest("aaaaaaaaaaaaaaaa");
  REQUIRE(current);
  CHECK(current->verdict == Verdict::Confirmed);
  CHECK(current->note == "wire agrees");
  CHECK(current->reviewer == "tester");
  CHECK(std::regex_match(current->at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
  auto all = store.latest_all();
  REQUIRE(all.size() == 2);
  CHECK(all[0].finding == "aaaaaaaaaaaaaaaa");
  CHECK(all[1].verdict == Verdict::Dismissed);
  auto history = store.history("aaaaaaaaaaaaaaaa");
  REQUIRE(history.size() == 2);
  CHECK(history[0].verdict == Verdict::NeedsSource);
  CHECK(history[0].row < history[1].row);
  CHECK_FALSE(store.latest("cccccccccccccccc"));
  CHECK(pragma(path, "journal_mode") == "wal");
  CHECK(pragma(path, "user_version") == std::to_string(Store::kSchemaVersion));
}

TEST_CASE("review::store carries the evidence over to a verdict given without it") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Record first = verdict("aaaaaaaaaaaaaaaa", Verdict::Confirmed);
  first.evidence = "the sentence";
  first.snapshot = R"({"summary":"s"})";
  store.add(first);
  store.add(verdict("aaaaaaaaaaaaaaaa", Verdict::Dismissed, "by script"));
  auto current = store.latest("aaaaaaaaaaaaaaaa");
  REQUIRE(current);
  CHECK(current->verdict == Verdict::Dismissed);
  CHECK(current->evidence == "the sentence");
  CHECK(current->snapshot == R"({"summary":"s"})");
}

TEST_CASE("review::store opens a version 1 store and migrates it") {
  testing::TempDir dir;
  std::string path = dir.file("old.db");
  // The schema version 1 wrote: the verdict log without evidence or snapshot.
  sql(path, R"(
    CREATE TABLE verdicts (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      finding TEXT NOT NULL,
      verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed', 'needs-source')),
      note TEXT NOT NULL DEFAULT '',
      reviewer TEXT NOT NULL,
      at TEXT NOT NULL);
    CREATE INDEX verdicts_by_finding ON verdicts (finding, id);
    INSERT INTO verdicts (finding, verdict, note, reviewer, at)
      VALUES ('0123456789abcdef', 'dismissed', 'old note', 'ann', '2025-01-02T03:04:05Z');
    PRAGMA user_version = 1;)");
  Store store(path, Store::Open::MustExist);
  CHECK(pragma(path, "user_version") == "2");
  auto old = store.latest("0123456789abcdef");
  REQUIRE(old);
  CHECK(old->verdict == Verdict::Dismissed);
  CHECK(old->note == "old note");
  CHECK(old->at == "2025-01-02T03:04:05Z");
  CHECK(old->evidence.empty());
  Record next = verdict("0123456789abcdef", Verdict::Confirmed);
  next.evidence = "text";
  store.add(next);
  CHECK(store.history("0123456789abcdef").size() == 2);
  CHECK(store.latest("0123456789abcdef")->evidence == "text");
}

TEST_CASE("review::store refuses what it cannot read") {
  testing::TempDir dir;
  CHECK_THROWS_AS(Store(dir.file("missing.db"), Store::Open::MustExist), UsageError);

  std::string text = dir.file("notes.txt");
  std::ofstream(text) << "this is not a database, it is a long enough text file to be read\n";
  CHECK_THROWS_WITH_AS(Store{text}, doctest::Contains("not a crosscheck review store"), UsageError);

  std::string other = dir.file("other.db");
  sql(other, "CREATE TABLE people (name TEXT);");
  CHECK_THROWS_WITH_AS(Store{other}, doctest::Contains("other tables"), UsageError);

  std::string newer = dir.file("newer.db");
  sql(newer, "CREATE TABLE verdicts (id INTEGER); PRAGMA user_version = 99;");
  CHECK_THROWS_WITH_AS(Store{newer}, doctest::Contains("newer crosscheck"), UsageError);
}

TEST_CASE("review::store shares one file between connections") {
  testing::TempDir dir;
  std::string path = dir.file("shared.db");
  Store first(path);
  Store second(path);
  for (int i = 0; i < 50; ++i) {
    (i % 2 ? first : second)
        .add(verdict("aaaaaaaaaaaaaaaa", Verdict::Confirmed, "note " + std::to_string(i)));
  }
  CHECK(first.history("aaaaaaaaaaaaaaaa").size() == 50);
  CHECK(second.latest("aaaaaaaaaaaaaaaa")->note == "note 49");
}

TEST_CASE("review::verdict names and finding ids") {
  for (Verdict v : {Verdict::Confirmed, Verdict::Dismissed, Verdict::NeedsSource}) {
    CHECK(parse_verdict(to_string(v)) == v);
  }
  CHECK(to_string(Verdict::NeedsSource) == "needs-source");
  CHECK_FALSE(parse_verdict("skip"));
  CHECK(is_finding_id("0123456789abcdef"));
  CHECK_FALSE(is_finding_id("0123456789ABCDEF"));
  CHECK_FALSE(is_finding_id("0123456789abcde"));
  CHECK_FALSE(is_finding_id("0123456789abcdeg"));
}
