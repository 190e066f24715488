// Changed lines: unified-diff hunks from git, and the line sets they make.
#include <algorithm>
#include <charconv>
#include <filesystem>

#include "check/check.hpp"
#include "check/process.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

namespace cc::check {

LineSet LineSet::all() {
  LineSet out;
  out.all_ = true;
  return out;
}

void LineSet::add(uint32_t first, uint32_t last) {
  if (last < first) std::swap(first, last);
  auto at = std::lower_bound(ranges_.begin(), ranges_.end(), std::make_pair(first, last));
  at = ranges_.insert(at, {first, last});
  // Merge with neighbours that overlap or touch.
  if (at != ranges_.begin() && std::prev(at)->second + 1 >= at->first) {
    --at;
    at->second = std::max(at->second, std::next(at)->second);
    ranges_.erase(std::next(at));
  }
  while (std::next(at) != ranges_.end() && at->second + 1 >= std::next(at)->first) {
    at->second = std::max(at->second, std::next(at)->second);
    ranges_.erase(std::next(at));
  }
}

bool LineSet::intersects(uint32_t first, uint32_t last) const {
  if (all_) return true;
  if (last < first) std::swap(first, last);
  // The first range that ends at or after `first` is the only candidate.
  auto at = std::lower_bound(ranges_.begin(), ranges_.end(), first,
                             [](const std::pair<uint32_t, uint32_t>& range, uint32_t line) {
                               return range.second < line;
                             });
  return at != ranges_.end() && at->first <= last;
}

namespace {

// Reads "N" or "N,M" at the start of `text`; false when there is no number.
bool parse_range(std::string_view text, uint32_t& start, uint32_t& count) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  auto first = std::from_chars(begin, end, start);
  if (first.ec != std::errc() || first.ptr == begin) return false;
  count = 1;
  if (first.ptr < end && *first.ptr == ',') {
    auto second = std::from_chars(first.ptr + 1, end, count);
    if (second.ec != std::errc()) return false;
  }
  return true;
}

}  // namespace

LineSet parse_unified_diff(std::string_view diff) {
  LineSet out;
  size_t at = 0;
  while (at < diff.size()) {
    size_t end = diff.find('\n', at);
    if (end == std::string_view::npos) end = diff.size();
    std::string_view line = diff.substr(at, end - at);
    at = end + 1;
    if (line.substr(0, 3) != "@@ ") continue;
    size_t plus = line.find(" +");
    if (plus == std::string_view::npos) continue;
    uint32_t start = 0, count = 0;
    if (!parse_range(line.substr(plus + 2), start, count)) continue;
    if (count == 0) {
      // Pure deletion after line `start` (0: at the top of the file).
      out.add(std::max<uint32_t>(start, 1), std::max<uint32_t>(start, 1));
    } else {
      out.add(start, start + count - 1);
    }
  }
  return out;
}

namespace {

std::string first_line(std::string_view text) {
  text = text::trim(text);
  return std::string(text.substr(0, text.find('\n')));
}

}  // namespace

LineSet changed_lines(const std::string& ref, const std::string& path) {
  if (ref.empty() || ref.front() == '-') {
    throw UsageError("--changed-lines-from: '" + ref + "' is not a git revision");
  }
  // git runs in the file's folder, so the draft may sit in any repository, wherever
  // crosscheck was started.
  std::filesystem::path file(path);
  std::string folder = file.has_parent_path() ? file.parent_path().string() : ".";
  std::string name = file.filename().string();
  ProcessResult tracked =
      run_process({"git", "-C", folder, "ls-files", "--error-unmatch", "--", name});
  if (tracked.exit_code != 0) {
    // Outside a repository this fails as well; tell that apart from an untracked file.
    ProcessResult inside = run_process({"git", "-C", folder, "rev-parse", "--is-inside-work-tree"});
    if (inside.exit_code != 0) {
      throw UsageError("--changed-lines-from: " + path + " is not in a git work tree (" +
                       first_line(inside.err) + ")");
    }
    return LineSet::all();
  }
  ProcessResult diff = run_process({"git", "-C", folder, "diff", "-U0", "--no-color",
                                    "--no-ext-diff", "--no-textconv", ref, "--", name});
  if (diff.exit_code != 0) {
    throw UsageError("--changed-lines-from " + ref + ": git diff failed: " + first_line(diff.err));
  }
  return parse_unified_diff(diff.out);
}

}  // namespace cc::check
