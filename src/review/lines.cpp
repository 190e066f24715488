// The line session: one command a line, for pipes, scripts and terminals without cursor
// control. Output is plain text (no colours, diff marked [-old-] {+new+}).
#include <istream>
#include <ostream>
#include <string>

#include "core/text.hpp"
#include "review/finding_view.hpp"
#include "review/terminal.hpp"

namespace cc::review {

namespace {

constexpr size_t kWidth = 100;

constexpr const char* kCommandHelp =
    "Commands (one a line; NOTE is optional free text):\n"
    "  c, confirmed [NOTE]      mark the finding shown confirmed\n"
    "  d, dismissed [NOTE]      mark it dismissed\n"
    "  n, needs-source [NOTE]   mark it needs-source\n"
    "  s, skip                  show the next finding\n"
    "  b, back                  show the finding shown before\n"
    "  e, note TEXT             set the note (saved at once when the finding has a verdict)\n"
    "  u, filter                only findings that need review, or all again\n"
    "  g, goto ID               show the finding with this id\n"
    "  show                     show the current finding again\n"
    "  list                     every finding with its verdict\n"
    "  resolved                 verdicts whose finding is gone (resolved by source change)\n"
    "  help                     this list\n"
    "  q, quit                  stop (every verdict is already saved)\n";

class LineSession {
 public:
  LineSession(Session& session, std::ostream& out) : session_(session), out_(out) {}

  void show() {
    Review& review = session_.review();
    review.refresh();
    auto index = session_.current();
    out_ << "== " << review.progress();
    if (index) out_ << " · finding " << *index + 1 << " of " << review.findings().size();
    if (session_.unreviewed_only()) out_ << " · unreviewed only";
    out_ << " ==\n";
    if (!index) {
      out_ << (review.findings().empty() ? "This run has no findings to review.\n"
                                         : "Nothing left to review.\n");
      return;
    }
    for (const std::string& line : render_finding(review, *index, {kWidth, false})) {
      out_ << line << "\n";
    }
    if (!session_.pending_note().empty()) {
      out_ << "Note (saved with the next verdict): " << session_.pending_note() << "\n";
    }
  }

  // False when the session ends.
  bool run(const std::string& line) {
    std::string_view text = cc::text::trim(line);
    if (text.empty()) return true;
    size_t space = text.find(' ');
    std::string command(text.substr(0, space));
    std::string argument(space == std::string_view::npos ? std::string_view()
                                                         : text::trim(text.substr(space + 1)));
    if (command == "q" || command == "quit") return false;
    if (auto verdict = verdict_command(command)) {
      mark(*verdict, argument);
    } else if (command == "s" || command == "skip" || command == "next") {
      session_.next();
      show();
    } else if (command == "b" || command == "back") {
      if (!session_.back()) out_ << "nothing to go back to\n";
      show();
    } else if (command == "e" || command == "note") {
      note(argument);
    } else if (command == "u" || command == "filter") {
      session_.toggle_filter();
      show();
    } else if (command == "g" || command == "goto") {
      if (!session_.go_to(argument)) out_ << "no finding " << argument << " in this run\n";
      show();
    } else if (command == "show") {
      show();
    } else if (command == "list") {
      list();
    } else if (command == "resolved") {
      resolved();
    } else if (command == "help" || command == "?") {
      out_ << kCommandHelp;
    } else {
      out_ << "unknown command '" << command << "' (help lists them)\n";
    }
    return true;
  }

 private:
  static std::optional<Verdict> verdict_command(const std::string& command) {
    if (command == "c" || command == "confirm") return Verdict::Confirmed;
    if (command == "d" || command == "dismiss") return Verdict::Dismissed;
    if (command == "n") return Verdict::NeedsSource;
    return parse_verdict(command);
  }

  void mark(Verdict verdict, const std::string& note) {
    auto index = session_.current();
    if (!index) {
      out_ << "no finding shown\n";
      return;
    }
    std::string id = session_.review().finding(*index).id.str();
    session_.mark(verdict, note.empty() ? std::nullopt : std::optional<std::string>(note));
    out_ << "saved: " << id << " " << to_string(verdict) << "\n";
    show();
  }

  void note(const std::string& text) {
    if (!session_.current()) {
      out_ << "no finding shown\n";
      return;
    }
    out_ << (session_.note(text) ? "note saved\n"
                                 : "note kept: it is saved with the verdict you give\n");
  }

  void list() {
    Review& review = session_.review();
    review.refresh();
    for (size_t i = 0; i < review.findings().size(); ++i) {
      const Finding& finding = review.finding(i);
      out_ << (session_.current() == i ? "> " : "  ") << finding.id << "  "
           << (finding.verdict.empty() ? "-" : finding.verdict)
           << (finding.verdict_stale ? " (stale)" : "") << "  " << to_string(finding.level) << " "
           << finding.type << ": " << text::truncate(finding.summary, 80) << "\n";
    }
    out_ << review.progress() << "\n";
  }

  void resolved() {
    const auto& records = session_.review().annotation().resolved;
    if (records.empty()) out_ << "No verdict was resolved by a source change.\n";
    for (const Record& record : records) {
      for (const std::string& line : render_resolved(record, {kWidth, false})) {
        out_ << line << "\n";
      }
    }
  }

  Session& session_;
  std::ostream& out_;
};

}  // namespace

void run_lines(Session& session, std::istream& in, std::ostream& out, std::ostream* prompt) {
  LineSession lines(session, out);
  lines.show();
  std::string line;
  while (true) {
    if (prompt) *prompt << "review> " << std::flush;
    if (!std::getline(in, line)) break;
    if (!lines.run(line)) break;
    out.flush();
  }
  out << session.review().progress() << "\n";
  out.flush();
}

}  // namespace cc::review
