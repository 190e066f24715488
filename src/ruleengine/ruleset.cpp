#include "ruleengine/ruleset.hpp"

#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "core/error.hpp"
#include "core/string_map.hpp"
#include "core/text.hpp"
#include "resources/resources.hpp"

namespace cc::rules {

std::string Diagnostic::format() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out + ": " + message;
}

std::string_view Rule::attribute(std::string_view key) const {
  for (const auto& [name, value] : attributes) {
    if (name == key) return value;
  }
  return {};
}

std::optional<Span> Match::capture(std::string_view name) const {
  for (const auto& c : captures) {
    if (c.name == name) return c.span;
  }
  return std::nullopt;
}

struct Table::Index {
  std::once_flag built;
  // Views into the rows' first columns (the rows do not move once the index exists).
  std::unordered_map<std::string_view, size_t, StringHash, std::equal_to<>> rows;
};

Table::Table() : index_(std::make_unique<Index>()) {}
Table::~Table() = default;
Table::Table(Table&&) noexcept = default;
Table& Table::operator=(Table&&) noexcept = default;

std::optional<Table::Row> Table::find(std::string_view key) const {
  if (!index_) return std::nullopt;  // moved from
  Index& index = *index_;
  std::call_once(index.built, [&] {
    const size_t count = row_starts_.size() - 1;
    index.rows.reserve(count);
    for (size_t i = 0; i < count; ++i) index.rows.emplace(row(static_cast<uint32_t>(i)).front(), i);
  });
  auto it = index.rows.find(key);
  if (it == index.rows.end()) return std::nullopt;
  return row(static_cast<uint32_t>(it->second));
}

void Table::add_row(const std::vector<std::string_view>& row) {
  if (row.empty()) return;
  for (std::string_view cell : row) {
    text_.append(cell);
    cell_starts_.push_back(static_cast<uint32_t>(text_.size()));
  }
  row_starts_.push_back(static_cast<uint32_t>(cell_starts_.size() - 1));
}

void Table::shrink_to_fit() {
  text_.shrink_to_fit();
  cell_starts_.shrink_to_fit();
  row_starts_.shrink_to_fit();
}

// ---------------------------------------------------------------------------------------
// Compiled state of a pack: one RE2::Set (the prefilter, over each rule's trigger or else
// its pattern; rules with `prefilter: none` stay out of it) and, per rule, an RE2 for the captures,
// compiled the first time the set reports that rule. A short run (one draft against ten sources)
// then never pays to compile rules that match nowhere; loading only parses each pattern and
// compiles the set.

namespace {
RE2::Options regex_options();
}  // namespace

struct Pack::Compiled {
  struct Capturing {
    std::once_flag compiled;
    std::unique_ptr<RE2> regex;
    std::vector<std::pair<int, std::string_view>> groups;  // (index, name); names live in regex
  };
  std::unique_ptr<RE2::Set> set;  // the triggers or patterns of the rules in_set, unanchored
  std::vector<int> set_rules;     // set index -> rule index
  std::vector<int> unfiltered;    // rules kept out of the set (`prefilter: none`), ascending
  // Parallel to rules_ (once_flag cannot move). Rules of any pack whose expanded patterns
  // are the same share one entry, so that RE2 compiles the pattern once (share_patterns).
  std::vector<std::shared_ptr<Capturing>> rules;

  // The rule's RE2, compiled on first use; safe to call from several threads at once.
  // It compiles: the pattern parsed at load time and the set holding it compiled.
  const Capturing& capturing(const Rule& rule, size_t index) const {
    Capturing& entry = *rules[index];
    std::call_once(entry.compiled, [&] {
      entry.regex = std::make_unique<RE2>(rule.expanded, regex_options());
      for (const auto& [name, group] : entry.regex->NamedCapturingGroups()) {
        entry.groups.emplace_back(group, name);
      }
      std::sort(entry.groups.begin(), entry.groups.end());
    });
    return entry;
  }
};

Pack::Pack() = default;
Pack::~Pack() = default;
Pack::Pack(Pack&&) noexcept = default;
Pack& Pack::operator=(Pack&&) noexcept = default;

void Pack::which(std::string_view text, std::vector<int>& rule_indices) const {
  rule_indices.clear();
  if (!compiled_) return;
  if (compiled_->set) {
    compiled_->set->Match(re2::StringPiece(text.data(), text.size()), &rule_indices);
    for (int& index : rule_indices) index = compiled_->set_rules[static_cast<size_t>(index)];
  }
  rule_indices.insert(rule_indices.end(), compiled_->unfiltered.begin(),
                      compiled_->unfiltered.end());
  std::sort(rule_indices.begin(), rule_indices.end());
}

void Pack::match_rule(int rule_index, std::string_view text, std::vector<Match>& out) const {
  auto which_rule = static_cast<size_t>(rule_index);
  const auto& capturing = compiled_->capturing(rules_[which_rule], which_rule);
  const RE2& re = *capturing.regex;
  const auto& groups = capturing.groups;
  int group_count = re.NumberOfCapturingGroups() + 1;
  // No allocation for the usual handful of groups.
  std::array<re2::StringPiece, 16> stack_pieces;
  std::vector<re2::StringPiece> heap_pieces;
  re2::StringPiece* pieces = stack_pieces.data();
  if (group_count > static_cast<int>(stack_pieces.size())) {
    heap_pieces.resize(static_cast<size_t>(group_count));
    pieces = heap_pieces.data();
  }
  re2::StringPiece input(text.data(), text.size());
  size_t position = 0;
  while (position <= text.size()) {
    if (!re.Match(input, position, text.size(), RE2::UNANCHORED, pieces, group_count)) {
      break;
    }
    Match match;
    match.rule = &rules_[static_cast<size_t>(rule_index)];
    auto offset = [&](const re2::StringPiece& piece) {
      return static_cast<uint32_t>(piece.data() - text.data());
    };
    match.span =
        Span{offset(pieces[0]), offset(pieces[0]) + static_cast<uint32_t>(pieces[0].size())};
    for (const auto& [index, name] : groups) {
      const auto& piece = pieces[static_cast<size_t>(index)];
      if (piece.data() == nullptr) continue;
      match.captures.push_back(
          Capture{name, Span{offset(piece), offset(piece) + static_cast<uint32_t>(piece.size())}});
    }
    size_t end = match.span.end;
    out.push_back(std::move(match));
    position = end > position ? end : position + 1;
  }
}

void Pack::match(std::string_view text, std::vector<Match>& out) const {
  size_t first = out.size();
  std::vector<int> hits;
  which(text, hits);
  for (int index : hits) match_rule(index, text, out);
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                   [](const Match& a, const Match& b) { return a.span.start < b.span.start; });
}

// ---------------------------------------------------------------------------------------
// Loading.

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

const Pack* RuleSet::pack(std::string_view name) const {
  for (const auto& p : packs_) {
    if (p.name() == name) return &p;
  }
  return nullptr;
}

const Table* RuleSet::table(std::string_view name) const {
  auto it =
      std::lower_bound(tables_.begin(), tables_.end(), name,
                       [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it != tables_.end() && it->first == name ? &it->second : nullptr;
}

const Table& RuleSet::require_table(std::string_view name) const {
  const Table* found = table(name);
  if (!found) throw UsageError("rules: required table '" + std::string(name) + "' is missing");
  return *found;
}

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string strip_extension(const std::string& path) {
  auto dot = path.rfind('.');
  return dot == std::string::npos ? path : path.substr(0, dot);
}

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

Table parse_table(std::string_view content) {
  Table table;
  std::vector<std::string_view> row;
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (text::trim(line).empty() || text::trim(line).front() == '#') continue;
    row.clear();
    size_t field_start = 0;
    for (;;) {
      size_t tab = line.find('\t', field_start);
      row.push_back(text::trim(line.substr(field_start, tab - field_start)));
      if (tab == std::string_view::npos) break;
      field_start = tab + 1;
    }
    table.add_row(row);
  }
  table.shrink_to_fit();
  return table;
}

RE2::Options regex_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

// A named sub-pattern or list as declared in a pack, before expansion.
struct Symbol {
  std::string text;      // regex source (lists are already turned into alternations)
  bool is_list = false;  // lists are literal alternations and need no compile check
  int line = 0;
  int column = 0;
};

struct PackSource {
  std::string name;
  std::string file;  // display name
  std::string path;  // relative path in the tree
  std::map<std::string, Symbol> symbols;
  std::vector<Rule> rules;
  std::vector<std::pair<int, int>> rule_columns;       // (line, column) of each rule's pattern
  std::vector<std::pair<int, int>> trigger_positions;  // (line, column) of each trigger
};

// Problems found by one task of the loader (a pack read or compiled on some thread).
struct Sink {
  std::vector<Diagnostic> errors;
  void error(const std::string& file, int line, int column, std::string message) {
    errors.push_back(Diagnostic{file, line, column, std::move(message)});
  }
};

// Runs work(item) for every item of `order` on up to the machine's hardware threads, in
// that order of hand-out (most expensive first). Callers write results by item, so the
// outcome never depends on timing. The first exception is rethrown once all stopped.
void for_each_in_parallel(const std::vector<size_t>& order,
                          const std::function<void(size_t)>& work) {
  size_t threads =
      std::min<size_t>(std::max(1U, std::thread::hardware_concurrency()), order.size());
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&] {
    for (size_t k; (k = next.fetch_add(1)) < order.size();) {
      try {
        work(order[k]);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

// Indices 0 .. costs.size()-1, the highest cost first (ties in index order).
std::vector<size_t> most_costly_first(const std::vector<size_t>& costs) {
  std::vector<size_t> order(costs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return costs[a] > costs[b]; });
  return order;
}

}  // namespace

struct Loader {
  const resources::FileTree& tree;
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
  std::vector<std::pair<std::string, Table>> tables;
  std::vector<PackSource> sources;

  void error(const std::string& file, int line, int column, std::string message) {
    errors.push_back(Diagnostic{file, line, column, std::move(message)});
  }

  const Table* find_table(const std::string& name) const {
    for (const auto& [key, table] : tables) {
      if (key == name) return &table;
    }
    return nullptr;
  }

  // A list becomes an alternation of its quoted entries, longest first so that RE2's
  // leftmost-first choice prefers "according to" over "according". Spaces inside an
  // entry match any run of spaces.
  static std::string alternation(const Table& table, bool ignore_case) {
    std::vector<std::string> entries;
    for (const auto row : table.rows()) entries.emplace_back(row.front());
    std::sort(entries.begin(), entries.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    std::string out = ignore_case ? "(?i:" : "(?:";
    for (size_t i = 0; i < entries.size(); ++i) {
      if (i) out += '|';
      std::string quoted = RE2::QuoteMeta(entries[i]);
      std::string flexible;
      for (size_t k = 0; k < quoted.size(); ++k) {
        if (quoted[k] == '\\' && k + 1 < quoted.size() && quoted[k + 1] == ' ') {
          flexible += "\\s+";
          ++k;
        } else {
          flexible += quoted[k];
        }
      }
      out += flexible;
    }
    return out + ")";
  }

  // Reads one pack file; problems go to `out` (packs are read on several threads).
  std::optional<PackSource> load_pack(const std::string& path, const std::string& content,
                                      Sink& out) const {
    PackSource pack;
    pack.path = path;
    pack.file = tree.display(path);
    YAML::Node root;
    try {
      root = YAML::Load(content);
    } catch (const YAML::Exception& e) {
      out.error(pack.file, e.mark.line + 1, e.mark.column + 1, "invalid YAML: " + e.msg);
      return std::nullopt;
    }
    if (!root.IsMap()) {
      out.error(pack.file, 1, 0, "a rule pack must be a YAML mapping with 'pack' and 'rules'");
      return std::nullopt;
    }
    auto scalar = [&](const YAML::Node& node, const char* what) -> std::optional<std::string> {
      if (!node || !node.IsScalar()) {
        int line = node ? node.Mark().line + 1 : 0;
        out.error(pack.file, line, 0, std::string(what) + " must be a string");
        return std::nullopt;
      }
      return node.as<std::string>();
    };
    std::string file_stem = strip_extension(path.substr(directory_of(path).size()));
    pack.name = root["pack"] ? scalar(root["pack"], "'pack'").value_or(file_stem) : file_stem;

    static const std::set<std::string> kPackKeys = {"pack", "description", "lists", "patterns",
                                                    "rules"};
    for (const auto& entry : root) {
      auto key = entry.first.as<std::string>();
      if (!kPackKeys.count(key)) {
        out.error(pack.file, entry.first.Mark().line + 1, entry.first.Mark().column + 1,
                  "unknown key '" + key + "' (expected pack, description, lists, patterns, rules)");
      }
    }

    if (const auto& lists = root["lists"]) {
      if (!lists.IsMap()) {
        out.error(pack.file, lists.Mark().line + 1, 0, "'lists' must map names to tables");
      } else {
        for (const auto& entry : lists) {
          auto name = entry.first.as<std::string>();
          const YAML::Node& value = entry.second;
          std::string table_name;
          bool ignore_case = false;
          if (value.IsScalar()) {
            table_name = value.as<std::string>();
          } else if (value.IsMap() && value["table"] && value["table"].IsScalar()) {
            table_name = value["table"].as<std::string>();
            ignore_case = value["ignore_case"] && value["ignore_case"].as<std::string>() == "true";
          } else {
            out.error(
                pack.file, value.Mark().line + 1, value.Mark().column + 1,
                "list '" + name + "' must name a table, or be {table: NAME, ignore_case: BOOL}");
            continue;
          }
          std::string local = directory_of(path) + strip_extension(table_name);
          const Table* table = find_table(local);
          if (!table) table = find_table(strip_extension(table_name));
          if (!table) {
            out.error(pack.file, value.Mark().line + 1, value.Mark().column + 1,
                      "list '" + name + "': no table '" + table_name + "' (looked for " + local +
                          ".tsv/.txt and " + strip_extension(table_name) + ".tsv/.txt)");
            continue;
          }
          if (table->rows().empty()) {
            out.error(pack.file, value.Mark().line + 1, value.Mark().column + 1,
                      "list '" + name + "': table '" + table_name + "' is empty");
            continue;
          }
          pack.symbols[name] = Symbol{alternation(*table, ignore_case), true, value.Mark().line + 1,
                                      value.Mark().column + 1};
        }
      }
    }

    if (const auto& patterns = root["patterns"]) {
      if (!patterns.IsMap()) {
        out.error(pack.file, patterns.Mark().line + 1, 0, "'patterns' must map names to regexes");
      } else {
        for (const auto& entry : patterns) {
          auto name = entry.first.as<std::string>();
          if (pack.symbols.count(name)) {
            out.error(pack.file, entry.first.Mark().line + 1, entry.first.Mark().column + 1,
                      "'" + name + "' is defined twice (as a list and a pattern)");
            continue;
          }
          if (auto text = scalar(entry.second, ("pattern '" + name + "'").c_str())) {
            pack.symbols[name] =
                Symbol{*text, false, entry.second.Mark().line + 1, entry.second.Mark().column + 1};
          }
        }
      }
    }

    // A pack without rules only shares sub-patterns and lists (the `common` pack).
    const auto& rules = root["rules"];
    if (rules && !rules.IsSequence()) {
      out.error(pack.file, rules.Mark().line + 1, 0, "'rules' must be a list of rules");
    } else if (rules) {
      for (const auto& node : rules) {
        if (!node.IsMap()) {
          out.error(pack.file, node.Mark().line + 1, node.Mark().column + 1,
                    "a rule must be a mapping");
          continue;
        }
        Rule rule;
        rule.file = pack.file;
        rule.line = node.Mark().line + 1;
        int column = 0;
        std::pair<int, int> trigger_position{0, 0};
        for (const auto& entry : node) {
          auto key = entry.first.as<std::string>();
          if (!entry.second.IsScalar()) {
            out.error(pack.file, entry.second.Mark().line + 1, entry.second.Mark().column + 1,
                      "rule key '" + key + "' must be a string");
            continue;
          }
          auto value = entry.second.as<std::string>();
          if (key == "id") {
            rule.id = value;
          } else if (key == "pattern") {
            rule.pattern = value;
            rule.line = entry.second.Mark().line + 1;
            column = entry.second.Mark().column + 1;
          } else if (key == "trigger") {
            rule.trigger = value;
            trigger_position = {entry.second.Mark().line + 1, entry.second.Mark().column + 1};
            if (value.empty()) {
              out.error(pack.file, trigger_position.first, trigger_position.second,
                        "rule " + rule.id + ": empty 'trigger' (leave it out instead)");
            }
          } else if (key == "description") {
            rule.description = value;
          } else if (key == "prefilter") {
            rule.in_set = false;
            if (value != "none") {
              out.error(pack.file, entry.second.Mark().line + 1, entry.second.Mark().column + 1,
                        "rule " + rule.id + ": 'prefilter' can only be 'none'");
            }
          } else {
            rule.attributes.emplace_back(key, value);
          }
        }
        std::sort(rule.attributes.begin(), rule.attributes.end());
        if (rule.id.empty()) {
          out.error(pack.file, rule.line, 0, "rule without 'id'");
          continue;
        }
        if (rule.pattern.empty()) {
          out.error(pack.file, rule.line, 0, "rule " + rule.id + ": no 'pattern'");
          continue;
        }
        pack.rules.push_back(std::move(rule));
        pack.rule_columns.emplace_back(pack.rules.back().line, column);
        pack.trigger_positions.push_back(trigger_position);
      }
    }
    return pack;
  }

  const PackSource* find_pack(std::string_view name) const {
    for (const auto& p : sources) {
      if (p.name == name) return &p;
    }
    return nullptr;
  }

  // Finds the symbol a reference names, searching the pack itself, then `common`;
  // "other.name" reaches into another pack.
  const Symbol* resolve(const PackSource& pack, const std::string& reference,
                        const PackSource** owner) const {
    auto dot = reference.find('.');
    if (dot != std::string::npos) {
      const PackSource* other = find_pack(reference.substr(0, dot));
      if (!other) return nullptr;
      auto it = other->symbols.find(reference.substr(dot + 1));
      *owner = other;
      return it == other->symbols.end() ? nullptr : &it->second;
    }
    if (auto it = pack.symbols.find(reference); it != pack.symbols.end()) {
      *owner = &pack;
      return &it->second;
    }
    if (const PackSource* common = find_pack("common"); common && common != &pack) {
      if (auto it = common->symbols.find(reference); it != common->symbols.end()) {
        *owner = common;
        return &it->second;
      }
    }
    return nullptr;
  }

  // Successful expansions of named sub-patterns and lists, by symbol. Sound to reuse in any
  // context: a symbol that expands from a fresh stack reaches no cycle, so it expands to
  // the same text under any stack (a reference back into the stack would be a cycle
  // through the symbol itself). Failures are not kept: their message depends on the stack.
  std::unordered_map<const Symbol*, std::string> expansions;
  bool expansions_frozen = false;  // read-only while packs compile on several threads

  // Replaces every %{name}; returns nullopt with `problem` set on an unknown name or cycle.
  std::optional<std::string> expand(const PackSource& pack, const std::string& pattern,
                                    std::vector<std::string>& stack, std::string& problem) {
    std::string out;
    out.reserve(pattern.size());
    size_t i = 0;
    while (i < pattern.size()) {
      // Copy the run up to the next reference; a backslash escapes the byte after it.
      size_t run = i;
      while (run < pattern.size()) {
        if (pattern[run] == '\\' && run + 1 < pattern.size()) {
          run += 2;
        } else if (pattern.compare(run, 2, "%{") == 0) {
          break;
        } else {
          ++run;
        }
      }
      out.append(pattern, i, run - i);
      i = run;
      if (i >= pattern.size()) break;
      size_t close = pattern.find('}', i + 2);
      if (close == std::string::npos) {
        problem = "unterminated reference '" + pattern.substr(i) + "'";
        return std::nullopt;
      }
      std::string name = pattern.substr(i + 2, close - i - 2);
      const PackSource* owner = nullptr;
      const Symbol* symbol = resolve(pack, name, &owner);
      if (!symbol) {
        problem = "unknown reference '%{" + name + "}' (no pattern or list of that name)";
        return std::nullopt;
      }
      std::string qualified = owner->name + "." + name.substr(name.find('.') + 1);
      if (std::find(stack.begin(), stack.end(), qualified) != stack.end()) {
        problem = "reference cycle through '%{" + name + "}'";
        return std::nullopt;
      }
      out += "(?:";
      if (auto known = expansions.find(symbol); known != expansions.end()) {
        out += known->second;
      } else {
        stack.push_back(qualified);
        auto inner = expand(*owner, symbol->text, stack, problem);
        stack.pop_back();
        if (!inner) return std::nullopt;
        out += *inner;
        if (!expansions_frozen) expansions.emplace(symbol, std::move(*inner));
      }
      out += ')';
      i = close + 1;
    }
    return out;
  }

  // Column of the offending fragment inside the pattern as written, when it is there.
  static int fragment_column(const std::string& pattern, const std::string& fragment,
                             int pattern_column) {
    if (pattern_column <= 0 || fragment.empty()) return pattern_column;
    auto at = pattern.find(fragment);
    if (at == std::string::npos || pattern.find('\n') < at) return pattern_column;
    return pattern_column + 1 + static_cast<int>(at);  // +1 for the opening quote
  }

  // "missing )" with the offending part, at most 80 characters of it: RE2's own message
  // repeats the whole (expanded) pattern, which helps nobody.
  static std::string regex_problem(const RE2& re) {
    std::string message = re.error().substr(0, re.error().find(':'));
    if (!re.error_arg().empty()) message += " in `" + text::truncate(re.error_arg(), 80) + "`";
    return message;
  }

  // The pattern as written with every %{...} replaced by a neutral atom: its own syntax
  // errors then point at text the author wrote.
  static std::string skeleton(const std::string& pattern) {
    std::string out;
    for (size_t i = 0; i < pattern.size();) {
      if (pattern[i] == '\\' && i + 1 < pattern.size()) {
        out.append(pattern, i, 2);
        i += 2;
      } else if (pattern.compare(i, 2, "%{") == 0 && pattern.find('}', i) != std::string::npos) {
        out += "(?:x)";
        i = pattern.find('}', i) + 1;
      } else {
        out += pattern[i++];
      }
    }
    return out;
  }

  // Checks that `written` (expanded to `expanded`) parses; on failure reports the error
  // found in the author's own text when there is one, else the one of the expansion. Only
  // parsing: the pack's set compiles every rule, and each rule's own RE2 is compiled when
  // first needed (Pack::Compiled).
  bool checked_regex(const std::string& written, const std::string& expanded,
                     const std::string& file, int line, int column, const std::string& what,
                     Sink& out) const {
    RE2::Set probe(regex_options(), RE2::UNANCHORED);
    if (probe.Add(re2::StringPiece(expanded), nullptr) >= 0) return true;
    RE2 re(expanded, regex_options());
    RE2 own(skeleton(written), regex_options());
    if (own.ok()) {
      out.error(file, line, column, what + ": " + regex_problem(re));
      return false;
    }
    // Show references as written ("%{speaker}" became "(?:x)" in the skeleton).
    std::string message = regex_problem(own);
    for (size_t at = message.find("(?:x)"); at != std::string::npos;
         at = message.find("(?:x)", at)) {
      message.replace(at, 5, "%{…}");
    }
    std::string fragment = own.error_arg();
    int at_column = column;
    if (fragment.find("(?:x)") == std::string::npos)
      at_column = fragment_column(written, fragment, column);
    out.error(file, line, at_column, what + ": " + message);
    return false;
  }

  // Gives the rules whose expanded patterns are the same one compiled regex ("according
  // to X" is a rule of the quotes pack and of the speech pack, 3,300 instructions each).
  static void share_patterns(std::vector<Pack>& packs) {
    std::unordered_map<std::string_view, std::shared_ptr<Pack::Compiled::Capturing>> first;
    for (Pack& pack : packs) {
      if (!pack.compiled_) continue;
      for (size_t r = 0; r < pack.rules_.size(); ++r) {
        auto [it, fresh] = first.emplace(pack.rules_[r].expanded, pack.compiled_->rules[r]);
        if (!fresh) pack.compiled_->rules[r] = it->second;
      }
    }
  }

  // Checks and compiles one pack; problems go to `out` (packs compile on several threads).
  std::optional<Pack> compile(PackSource& source, Sink& out) {
    bool ok = true;
    // Check each named sub-pattern on its own, so an error points at its own line (not the
    // built-in ones: ctest lints them, see below).
    std::set<std::string> broken;
    for (const auto& [name, symbol] : source.symbols) {
      if (symbol.is_list) continue;
      std::vector<std::string> stack{source.name + "." + name};
      std::string problem;
      auto expanded = expand(source, symbol.text, stack, problem);
      if (!expanded) {
        out.error(source.file, symbol.line, symbol.column, "pattern '" + name + "': " + problem);
        broken.insert(name);
        ok = false;
        continue;
      }
      if (!tree.verified() && !checked_regex(symbol.text, *expanded, source.file, symbol.line,
                                             symbol.column, "pattern '" + name + "'", out)) {
        broken.insert(name);
        ok = false;
      }
    }
    Pack pack;
    pack.name_ = source.name;
    pack.file_ = source.file;
    pack.compiled_ = std::make_unique<Pack::Compiled>();
    pack.compiled_->set = std::make_unique<RE2::Set>(regex_options(), RE2::UNANCHORED);
    for (size_t r = 0; r < source.rules.size(); ++r) {
      Rule& rule = source.rules[r];
      int column = source.rule_columns[r].second;
      std::vector<std::string> stack;
      std::string problem;
      auto expanded = expand(source, rule.pattern, stack, problem);
      if (!expanded) {
        out.error(source.file, rule.line, column, "rule " + rule.id + ": " + problem);
        ok = false;
        continue;
      }
      bool uses_broken = false;
      for (const auto& name : broken) {
        if (rule.pattern.find("%{" + name + "}") != std::string::npos ||
            rule.trigger.find("%{" + name + "}") != std::string::npos) {
          out.error(source.file, rule.line, column,
                    "rule " + rule.id + ": uses the broken pattern '%{" + name + "}'");
          uses_broken = true;
        }
      }
      if (uses_broken) {
        ok = false;
        continue;
      }
      // The set holds the trigger when there is one; the pattern is then only parsed here
      // (its own RE2 is compiled on first use), and not even that for the built-in rules:
      // their patterns are the ones ctest lints, so the parse cannot fail (a third of a
      // short run's rule loading went to parsing them again).
      std::string set_pattern = *expanded;
      std::string set_written = rule.pattern;
      int set_line = rule.line;
      int set_column = column;
      std::string what = "rule " + rule.id;
      if (!rule.in_set && !rule.trigger.empty()) {
        out.error(source.file, rule.line, column,
                  what + ": a rule with a trigger cannot have 'prefilter: none'");
        ok = false;
        continue;
      }
      // A pattern that is not in the set (behind a trigger, or kept out) is only parsed here.
      if ((!rule.in_set || !rule.trigger.empty()) && !tree.verified() &&
          !checked_regex(rule.pattern, *expanded, source.file, rule.line, column, what, out)) {
        ok = false;
        continue;
      }
      auto keep = [&](std::vector<int>& list) {
        list.push_back(static_cast<int>(pack.rules_.size()));
        rule.expanded = std::move(*expanded);
        pack.rules_.push_back(std::move(rule));
        pack.compiled_->rules.push_back(std::make_shared<Pack::Compiled::Capturing>());
      };
      if (!rule.in_set) {
        keep(pack.compiled_->unfiltered);
        continue;
      }
      if (!rule.trigger.empty()) {
        auto [trigger_line, trigger_column] = source.trigger_positions[r];
        stack.clear();
        auto trigger = expand(source, rule.trigger, stack, problem);
        if (!trigger) {
          out.error(source.file, trigger_line, trigger_column, what + " trigger: " + problem);
          ok = false;
          continue;
        }
        rule.trigger_expanded = *trigger;
        set_pattern = std::move(*trigger);
        set_written = rule.trigger;
        set_line = trigger_line;
        set_column = trigger_column;
        what += " trigger";
      }
      // Adding to the set parses the pattern; only a failure needs a closer look.
      std::string set_error;
      if (pack.compiled_->set->Add(re2::StringPiece(set_pattern), &set_error) < 0) {
        if (checked_regex(set_written, set_pattern, source.file, set_line, set_column, what, out)) {
          out.error(source.file, set_line, set_column, what + ": " + set_error);
        }
        ok = false;
        continue;
      }
      keep(pack.compiled_->set_rules);
    }
    if (!ok) return std::nullopt;
    if (!pack.compiled_->set_rules.empty() && !pack.compiled_->set->Compile()) {
      out.error(source.file, 0, 0,
                "the pack's rules are too large to compile together (RE2 memory budget)");
      return std::nullopt;
    }
    if (pack.compiled_->set_rules.empty()) pack.compiled_->set.reset();
    return pack;
  }
};

LoadResult RuleSet::load(std::unique_ptr<resources::FileTree> tree) {
  LoadResult result;
  Loader loader{*tree, {}, {}, {}, {}, {}, false};
  std::vector<std::string> files = tree->list();
  // Tables first (lists in the packs are made from them), parsed on several threads: the
  // generated lexicon is most of the bytes.
  std::vector<std::string> table_contents;
  for (const auto& path : files) {
    if (ends_with(path, ".tsv") || ends_with(path, ".txt")) {
      auto content = tree->read(path);
      if (!content) {
        loader.error(tree->display(path), 0, 0, "cannot read");
        continue;
      }
      loader.tables.emplace_back(strip_extension(path), Table());
      table_contents.push_back(std::move(*content));
    }
  }
  std::vector<size_t> table_sizes;
  for (const auto& content : table_contents) table_sizes.push_back(content.size());
  for_each_in_parallel(most_costly_first(table_sizes),
                       [&](size_t i) { loader.tables[i].second = parse_table(table_contents[i]); });
  table_contents.clear();
  std::sort(loader.tables.begin(), loader.tables.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  // Packs are independent until references are resolved: each file is parsed on its own
  // thread, then (references resolved once, sequentially) each pack is checked and its
  // set compiled on its own thread. Results and problems are kept by file, in file order.
  std::vector<std::string> pack_paths;
  std::vector<std::string> contents;
  for (const auto& path : files) {
    if (ends_with(path, ".yaml") || ends_with(path, ".yml")) {
      auto content = tree->read(path);
      if (!content) {
        loader.error(tree->display(path), 0, 0, "cannot read");
        continue;
      }
      pack_paths.push_back(path);
      contents.push_back(std::move(*content));
    }
  }
  std::vector<size_t> sizes;
  for (const auto& content : contents) sizes.push_back(content.size());
  std::vector<std::optional<PackSource>> parsed(pack_paths.size());
  std::vector<Sink> parse_problems(pack_paths.size());
  for_each_in_parallel(most_costly_first(sizes), [&](size_t i) {
    const std::string& path = pack_paths[i];
    Sink& out = parse_problems[i];
    try {
      parsed[i] = loader.load_pack(path, contents[i], out);
    } catch (const YAML::BadConversion& e) {
      // A key or value that should be a plain string is a list or a mapping.
      out.error(tree->display(path), e.mark.line + 1, e.mark.column + 1,
                "expected a plain string here, found a list or a mapping");
    } catch (const YAML::Exception& e) {
      out.error(tree->display(path), e.mark.line + 1, e.mark.column + 1, "invalid YAML: " + e.msg);
    }
  });
  for (size_t i = 0; i < parsed.size(); ++i) {
    for (auto& problem : parse_problems[i].errors) loader.errors.push_back(std::move(problem));
    if (parsed[i]) loader.sources.push_back(std::move(*parsed[i]));
  }
  std::map<std::string, std::string> seen_ids;
  std::map<std::string, std::string> seen_packs;
  for (const auto& source : loader.sources) {
    if (auto [it, fresh] = seen_packs.emplace(source.name, source.file); !fresh) {
      loader.error(source.file, 0, 0,
                   "pack '" + source.name + "' is also defined in " + it->second);
    }
    for (const auto& rule : source.rules) {
      if (auto [it, fresh] = seen_ids.emplace(rule.id, source.file); !fresh) {
        loader.error(source.file, rule.line, 0,
                     "rule id '" + rule.id + "' is also used in " + it->second);
      }
    }
  }
  auto set = std::unique_ptr<RuleSet>(new RuleSet());
  // Expand every sub-pattern that is used once here (the rules' patterns and triggers
  // reach them all); the packs then only read the expansions.
  for (const auto& source : loader.sources) {
    std::vector<std::string> stack;
    std::string problem;
    for (const auto& [name, symbol] : source.symbols) {
      if (symbol.is_list) continue;
      stack.assign(1, source.name + "." + name);
      loader.expand(source, symbol.text, stack, problem);
    }
    for (const auto& rule : source.rules) {
      stack.clear();
      loader.expand(source, rule.pattern, stack, problem);
      stack.clear();
      loader.expand(source, rule.trigger, stack, problem);
    }
  }
  loader.expansions_frozen = true;
  std::vector<size_t> weights;
  for (const auto& source : loader.sources) {
    size_t weight = 0;
    for (const auto& rule : source.rules) {
      for (const std::string* pattern : {&rule.pattern, &rule.trigger}) {
        // A reference stands for its expansion, which is what RE2 parses and compiles.
        for (size_t at = pattern->find("%{"); at != std::string::npos;
             at = pattern->find("%{", at + 2)) {
          size_t close = pattern->find('}', at);
          if (close == std::string::npos) break;
          const PackSource* owner = nullptr;
          const Symbol* symbol =
              loader.resolve(source, pattern->substr(at + 2, close - at - 2), &owner);
          if (auto known = symbol ? loader.expansions.find(symbol) : loader.expansions.end();
              known != loader.expansions.end()) {
            weight += known->second.size();
          }
        }
        weight += pattern->size();
      }
    }
    weights.push_back(weight);
  }
  std::vector<std::optional<Pack>> compiled(loader.sources.size());
  std::vector<Sink> compile_problems(loader.sources.size());
  for_each_in_parallel(most_costly_first(weights), [&](size_t i) {
    compiled[i] = loader.compile(loader.sources[i], compile_problems[i]);
  });
  for (size_t i = 0; i < compiled.size(); ++i) {
    for (auto& problem : compile_problems[i].errors) loader.errors.push_back(std::move(problem));
    if (compiled[i]) set->packs_.push_back(std::move(*compiled[i]));
  }
  std::sort(loader.errors.begin(), loader.errors.end(),
            [](const Diagnostic& a, const Diagnostic& b) {
              return std::tie(a.file, a.line, a.column, a.message) <
                     std::tie(b.file, b.line, b.column, b.message);
            });
  result.errors = std::move(loader.errors);
  result.warnings = std::move(loader.warnings);
  if (result.errors.empty()) {
    std::sort(set->packs_.begin(), set->packs_.end(),
              [](const Pack& a, const Pack& b) { return a.name() < b.name(); });
    Loader::share_patterns(set->packs_);
    set->tables_ = std::move(loader.tables);
    set->tree_ = std::move(tree);
    result.rules = std::move(set);
  }
  return result;
}

}  // namespace cc::rules
