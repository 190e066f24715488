// The review store: every verdict ever given, in an embedded SQLite database file.
//
// Several processes may use one store at once (two reviewers, a script marking findings):
// the database runs in WAL mode with a busy timeout, and each verdict is one transaction
// committed before the call returns, so a killed process loses nothing already recorded.
// Schema and migrations: docs/review.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "review/verdict.hpp"

struct sqlite3;

namespace cc::review {

class Store {
 public:
  // The schema version this build writes (PRAGMA user_version).
  static constexpr int kSchemaVersion = 2;

  enum class Open { CreateIfMissing, MustExist };

  // Opens the store at `path`, creating it or migrating an older schema as needed. Throws
  // UsageError naming `path` when the file is missing (MustExist), is not a review store,
  // was written by a newer crosscheck, or cannot be opened or written.
  explicit Store(const std::string& path, Open mode = Open::CreateIfMissing);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }

  // Appends a verdict in its own transaction and returns its row. An empty `at` is set to
  // utc_now(). When `evidence` and `snapshot` are both empty, the last ones recorded for
  // the finding are kept (a verdict given without running the comparison). Throws
  // UsageError when the write fails (after the busy timeout).
  int64_t add(Record record);

  // The current verdict on a finding: its latest row.
  std::optional<Record> latest(std::string_view finding) const;
  // The current verdict on every finding that has one, ordered by finding id.
  std::vector<Record> latest_all() const;
  // Every verdict given on a finding, oldest first.
  std::vector<Record> history(std::string_view finding) const;

 private:
  void configure();
  void migrate();
  std::vector<Record> query(const char* sql, std::string_view finding) const;

  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace cc::review
