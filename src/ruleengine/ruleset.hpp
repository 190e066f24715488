// The rule engine: packs of RE2 patterns loaded from YAML, word lists and tables from TSV.
//
// A pack (`rules/<pack>/<pack>.yaml`) has named sub-patterns, lists and rules; a rule's
// pattern may reference `%{name}` (a sub-pattern or a list of this pack, of the `common`
// pack, or `%{pack.name}` of another). The rules of a pack are compiled once into an
// RE2::Set that tells which rules can match a text; captures run only for those rules
// (and for every text for the rules kept out of the set, `prefilter: none`).
// Loading never stops at the first problem: every broken rule is reported with its file,
// line and the offending part of the pattern.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"

namespace cc::resources {
class FileTree;
}

namespace cc::rules {

// A problem in a rule file, printed as "file:line:column: message".
struct Diagnostic {
  std::string file;  // display name of the file
  int line = 0;      // 1-based; 0 when the whole file is meant
  int column = 0;    // 1-based; 0 when unknown
  std::string message;
  std::string format() const;
};

// One rule of a pack.
struct Rule {
  std::string id;           // unique across all packs, e.g. "quote.cue-after"
  std::string description;  // one line for people
  std::string pattern;      // as written in the YAML
  std::string expanded;     // after %{...} references were replaced
  // Optional necessary condition: found somewhere in every text `pattern` matches. Empty
  // when the rule has none (the pack's set then holds the pattern itself).
  std::string trigger;           // as written in the YAML
  std::string trigger_expanded;  // after %{...} references were replaced
  // False for `prefilter: none`: the rule stays out of its pack's set and its pattern runs
  // on every text (for rules that match a large share of sentences, where the set's pass
  // costs more than it saves).
  bool in_set = true;
  std::vector<std::pair<std::string, std::string>> attributes;  // other scalar keys, sorted
  std::string file;                                             // display name of the YAML file
  int line = 0;  // line of the rule's pattern in that file
  // Value of an attribute such as `claim: quote`; empty when absent.
  std::string_view attribute(std::string_view key) const;
};

// A named capture group of one match.
struct Capture {
  std::string_view name;  // group name from the pattern
  Span span;              // bytes of the matched text (relative to the text given to match())
};

// One occurrence of one rule in a text.
struct Match {
  const Rule* rule = nullptr;     // the rule that matched
  Span span;                      // whole match, relative to the matched text
  std::vector<Capture> captures;  // named groups that took part in the match
  // Span of the named group; nullopt when it did not take part.
  std::optional<Span> capture(std::string_view name) const;
};

// A TSV table or word list (`rules/**/*.tsv`, `rules/**/*.txt`); '#' starts a comment line.
class Table {
  // Cell i and row i (the accessors the views below read through).
  std::string_view cell(uint32_t i) const {
    return std::string_view(text_).substr(cell_starts_[i], cell_starts_[i + 1] - cell_starts_[i]);
  }

 public:
  class Row;

 private:
  Row row(uint32_t i) const;

 public:
  // A position in the table, read through one of its accessors (a cell, a row).
  template <typename V, V (Table::*At)(uint32_t) const>
  class Cursor {
   public:
    using value_type = V;
    using difference_type = std::ptrdiff_t;
    Cursor() = default;
    Cursor(const Table* table, uint32_t at) : table_(table), at_(at) {}
    V operator*() const { return (table_->*At)(at_); }
    Cursor& operator++() {
      ++at_;
      return *this;
    }
    Cursor operator++(int) {
      Cursor old = *this;
      ++at_;
      return old;
    }
    Cursor operator+(difference_type n) const { return {table_, static_cast<uint32_t>(at_ + n)}; }
    difference_type operator-(const Cursor& other) const {
      return static_cast<difference_type>(at_) - static_cast<difference_type>(other.at_);
    }
    bool operator==(const Cursor& other) const { return at_ == other.at_; }

   private:
    const Table* table_ = nullptr;
    uint32_t at_ = 0;
  };

  // One row: its columns are views into the table's text, valid as long as the table.
  class Row {
   public:
    Row() = default;
    Row(const Table* table, uint32_t first, uint32_t count)
        : table_(table), first_(first), count_(count) {}
    size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::string_view operator[](size_t i) const {
      return table_->cell(first_ + static_cast<uint32_t>(i));
    }
    std::string_view front() const { return (*this)[0]; }
    std::string_view back() const { return (*this)[count_ - 1]; }
    using iterator = Cursor<std::string_view, &Table::cell>;
    iterator begin() const { return {table_, first_}; }
    iterator end() const { return {table_, first_ + count_}; }

   private:
    const Table* table_ = nullptr;
    uint32_t first_ = 0;
    uint32_t count_ = 0;
  };
  // The rows in file order, as a range of Row; each row has at least one column.
  class Rows {
   public:
    explicit Rows(const Table* table) : table_(table) {}
    size_t size() const { return table_->row_starts_.size() - 1; }
    bool empty() const { return size() == 0; }
    Row operator[](size_t i) const { return table_->row(static_cast<uint32_t>(i)); }
    using iterator = Cursor<Row, &Table::row>;
    iterator begin() const { return {table_, 0}; }
    iterator end() const { return {table_, static_cast<uint32_t>(size())}; }

   private:
    const Table* table_;
  };

  Rows rows() const { return Rows(this); }
  // First row whose first column equals `key`; nullopt when none.
  std::optional<Row> find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key).has_value(); }
  // Appends a row (at least one column); the first row with a given key wins in find().
  // Not to be called once find() was (the index is built then).
  void add_row(const std::vector<std::string_view>& row);
  // Releases the room left over by the rows' appends (after the last add_row).
  void shrink_to_fit();

  Table();
  ~Table();
  Table(Table&&) noexcept;
  Table& operator=(Table&&) noexcept;

 private:
  // Every cell's text end to end (the tables of the rules are 1.2 MB of text: a string per
  // cell and a vector per row held three times that).
  std::string text_;
  std::vector<uint32_t> cell_starts_{0};  // cell i is text_[cell_starts_[i], cell_starts_[i+1])
  std::vector<uint32_t> row_starts_{0};   // row i is cells [row_starts_[i], row_starts_[i+1])
  // First column -> first row with it, built on the first find(): most rows of the big
  // tables (the WordNet lexicon) are read through other indexes or not at all, and hashing
  // 70k keys was a tenth of a short run's start.
  struct Index;
  std::unique_ptr<Index> index_;
};

inline Table::Row Table::row(uint32_t i) const {
  return Row(this, row_starts_[i], row_starts_[i + 1] - row_starts_[i]);
}

// A compiled pack of rules.
class Pack {
 public:
  Pack();
  ~Pack();
  Pack(Pack&&) noexcept;
  Pack& operator=(Pack&&) noexcept;

  const std::string& name() const { return name_; }
  const std::string& file() const { return file_; }
  const std::vector<Rule>& rules() const { return rules_; }
  // Indices of the rules that may match somewhere in `text` (one RE2::Set pass over each
  // rule's trigger, or its pattern when it has none, plus every rule kept out of the set
  // with `prefilter: none`), ascending: a superset of the rules that match.
  void which(std::string_view text, std::vector<int>& rule_indices) const;
  // Every non-overlapping occurrence of every matching rule, ordered by start then by
  // rule order. Captures are computed only for rules the set reported.
  void match(std::string_view text, std::vector<Match>& out) const;
  // Occurrences of one rule (by index) with captures.
  void match_rule(int rule_index, std::string_view text, std::vector<Match>& out) const;

 private:
  friend struct Loader;
  struct Compiled;
  std::string name_;
  std::string file_;
  std::vector<Rule> rules_;
  std::unique_ptr<Compiled> compiled_;
};

class RuleSet;
struct LoadResult {
  std::unique_ptr<RuleSet> rules;    // null when any error was found
  std::vector<Diagnostic> errors;    // every broken rule, sorted by file and line
  std::vector<Diagnostic> warnings;  // problems that do not stop a run (untested rules)
};

// Every pack and table of one rules folder.
class RuleSet {
 public:
  ~RuleSet();
  // Loads and compiles everything under `tree`. Never throws for bad rules: see errors.
  static LoadResult load(std::unique_ptr<resources::FileTree> tree);

  // The pack with that name; nullptr when absent.
  const Pack* pack(std::string_view name) const;
  const std::vector<Pack>& packs() const { return packs_; }
  // A table by its path without extension ("quotes/cue_verbs"); nullptr when absent.
  const Table* table(std::string_view name) const;
  // Like table() but throws UsageError naming the missing table (for required data).
  const Table& require_table(std::string_view name) const;
  // The tree the rules came from (rule tests read their .test files from it).
  const resources::FileTree& tree() const { return *tree_; }

 private:
  RuleSet();
  std::vector<Pack> packs_;
  std::vector<std::pair<std::string, Table>> tables_;  // sorted by name
  std::unique_ptr<resources::FileTree> tree_;
  friend struct Loader;
};

}  // namespace cc::rules
