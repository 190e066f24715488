#include "review/store.hpp"

#include <sqlite3.h>

#include <filesystem>

#include "core/error.hpp"

namespace cc::review {

namespace {

// How long a writer waits for another process's transaction before giving up. Verdicts
// are tiny transactions, so only a stuck process could hold the lock this long.
constexpr int kBusyTimeoutMs = 15000;

// Schema migrations: step i brings a store from version i to version i + 1.
// Version 1 kept the verdict log alone; version 2 adds the evidence the verdict was given
// on (to tell stale verdicts) and a snapshot of the finding (to show and export verdicts
// whose finding a later run no longer produces).
constexpr const char* kMigrations[] = {
    R"sql(
      CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        finding TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed', 'needs-source')),
        note TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX verdicts_by_finding ON verdicts (finding, id);
    )sql",
    R"sql(
      ALTER TABLE verdicts ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
      ALTER TABLE verdicts ADD COLUMN snapshot TEXT NOT NULL DEFAULT '';
    )sql",
};
static_assert(std::size(kMigrations) == Store::kSchemaVersion);

// One prepared statement, finalized on scope exit.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) != SQLITE_OK) {
      throw UsageError(path + ": " + sqlite3_errmsg(db));
    }
  }
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(int index, std::string_view text) {
    sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
  }
  // True while there is a row; throws on errors.
  bool step(const std::string& path) {
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw UsageError(path + ": " + sqlite3_errmsg(db_));
  }
  std::string text(int column) const {
    const unsigned char* value = sqlite3_column_text(statement_, column);
    return value ? std::string(reinterpret_cast<const char*>(value),
                               static_cast<size_t>(sqlite3_column_bytes(statement_, column)))
                 : std::string();
  }
  int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

void exec(sqlite3* db, const char* sql, const std::string& path) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    throw UsageError(path + ": " + text);
  }
}

int64_t single_integer(sqlite3* db, const char* sql, const std::string& path) {
  Statement statement(db, sql, path);
  return statement.step(path) ? statement.integer(0) : 0;
}

// BEGIN IMMEDIATE takes the write lock up front, so a transaction never has to upgrade a
// read lock (which SQLite cannot wait for) and the busy timeout covers the whole wait.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path) : db_(db), path_(path) {
    exec(db_, "BEGIN IMMEDIATE", path_);
  }
  ~Transaction() {
    if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    exec(db_, "COMMIT", path_);
    done_ = true;
  }

 private:
  sqlite3* db_;
  const std::string& path_;
  bool done_ = false;
};

constexpr const char* kColumns =
    "id, finding, verdict, note, reviewer, at, evidence, snapshot FROM verdicts";

Record read_record(const Statement& statement) {
  Record record;
  record.row = statement.integer(0);
  record.finding = statement.text(1);
  // The CHECK constraint keeps other words out; a store edited by hand still reads.
  record.verdict = parse_verdict(statement.text(2)).value_or(Verdict::NeedsSource);
  record.note = statement.text(3);
  record.reviewer = statement.text(4);
  record.at = statement.text(5);
  record.evidence = statement.text(6);
  record.snapshot = statement.text(7);
  return record;
}

}  // namespace

Store::Store(const std::string& path, Open mode) : path_(path) {
  if (mode == Open::MustExist && !std::filesystem::exists(path)) {
    throw UsageError(path + ": no review store here (create one with `crosscheck review`)");
  }
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
              (mode == Open::CreateIfMissing ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw UsageError(path + ": cannot open the review store: " + message);
  }
  try {
    configure();
    migrate();
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Store::~Store() {
  sqlite3_close(db_);
}

void Store::configure() {
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db_, 1);
  // WAL lets readers and one writer work at once; FULL syncs the log on every commit, so a
  // recorded verdict survives a crash of the machine too, not only of the process.
  try {
    exec(db_, "PRAGMA journal_mode = WAL", path_);
  } catch (const UsageError& error) {
    std::string what = error.what();
    if (what.find("not a database") != std::string::npos) {
      throw UsageError(path_ + ": not a crosscheck review store (not an SQLite database)");
    }
    throw;
  }
  exec(db_, "PRAGMA synchronous = FULL", path_);
}

void Store::migrate() {
  if (single_integer(db_, "PRAGMA user_version", path_) == kSchemaVersion) return;
  Transaction transaction(db_, path_);
  // Read again under the write lock: another process may have migrated meanwhile.
  int64_t version = single_integer(db_, "PRAGMA user_version", path_);
  if (version > kSchemaVersion) {
    throw UsageError(path_ + ": review store schema version " + std::to_string(version) +
                     " was written by a newer crosscheck; this one reads up to version " +
                     std::to_string(kSchemaVersion));
  }
  if (version == 0 && single_integer(db_, "SELECT count(*) FROM sqlite_master", path_) != 0) {
    throw UsageError(path_ +
                     ": not a crosscheck review store (an SQLite database with other "
                     "tables)");
  }
  for (int64_t step = version; step < kSchemaVersion; ++step) exec(db_, kMigrations[step], path_);
  exec(db_, ("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str(), path_);
  transaction.commit();
}

int64_t Store::add(Record record) {
  if (record.at.empty()) record.at = utc_now();
  Transaction transaction(db_, path_);
  if (record.evidence.empty() && record.snapshot.empty()) {
    Statement last(db_,
                   "SELECT evidence, snapshot FROM verdicts WHERE finding = ?1 "
                   "ORDER BY id DESC LIMIT 1",
                   path_);
    last.bind(1, record.finding);
    if (last.step(path_)) {
      record.evidence = last.text(0);
      record.snapshot = last.text(1);
    }
  }
  Statement insert(db_,
                   "INSERT INTO verdicts (finding, verdict, note, reviewer, at, evidence, "
                   "snapshot) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                   path_);
  insert.bind(1, record.finding);
  insert.bind(2, to_string(record.verdict));
  insert.bind(3, record.note);
  insert.bind(4, record.reviewer);
  insert.bind(5, record.at);
  insert.bind(6, record.evidence);
  insert.bind(7, record.snapshot);
  insert.step(path_);
  int64_t row = sqlite3_last_insert_rowid(db_);
  transaction.commit();
  return row;
}

std::vector<Record> Store::query(const char* sql, std::string_view finding) const {
  Statement statement(db_, sql, path_);
  if (!finding.empty()) statement.bind(1, finding);
  std::vector<Record> out;
  while (statement.step(path_)) out.push_back(read_record(statement));
  return out;
}

std::optional<Record> Store::latest(std::string_view finding) const {
  static const std::string sql =
      std::string("SELECT ") + kColumns + " WHERE finding = ?1 ORDER BY id DESC LIMIT 1";
  auto rows = query(sql.c_str(), finding);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Record> Store::latest_all() const {
  static const std::string sql = std::string("SELECT ") + kColumns +
                                 " WHERE id IN (SELECT max(id) FROM verdicts GROUP BY finding) "
                                 "ORDER BY finding";
  return query(sql.c_str(), {});
}

std::vector<Record> Store::history(std::string_view finding) const {
  static const std::string sql =
      std::string("SELECT ") + kColumns + " WHERE finding = ?1 ORDER BY id";
  return query(sql.c_str(), finding);
}

}  // namespace cc::review
