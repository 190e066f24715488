// The full-screen session. Everything that touches the terminal's mode lives here, with
// the signal handlers that put it back.
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/error.hpp"
#include "review/finding_view.hpp"
#include "review/terminal.hpp"
#include "review/text_layout.hpp"

namespace cc::review {

namespace {

// --- Terminal mode, shared with the signal handlers -----------------------------------

// Alternate screen, cursor hidden; and back.
constexpr char kEnterScreen[] = "\x1b[?1049h\x1b[?25l";
constexpr char kLeaveScreen[] = "\x1b[0m\x1b[?25h\x1b[?1049l";

termios g_saved;                      // the mode to restore
volatile sig_atomic_t g_raw = 0;      // 1 while the terminal is in raw mode
volatile sig_atomic_t g_resized = 0;  // SIGWINCH seen
volatile sig_atomic_t g_resumed = 0;  // continued after a suspend

constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void write_all(const char* data, size_t size) {
  while (size > 0) {
    ssize_t written = ::write(STDOUT_FILENO, data, size);
    if (written <= 0) return;  // nothing sensible to do if the terminal is gone
    data += written;
    size -= static_cast<size_t>(written);
  }
}

// Async-signal-safe: only tcsetattr and write.
void leave_raw() {
  if (!g_raw) return;
  write_all(kLeaveScreen, sizeof kLeaveScreen - 1);
  tcsetattr(STDIN_FILENO, TCSADRAIN, &g_saved);
  g_raw = 0;
}

void enter_raw() {
  termios raw = g_saved;
  // Keys arrive one by one, unechoed; Ctrl-C and Ctrl-Z still raise their signals.
  raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | IEXTEN);
  raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  tcsetattr(STDIN_FILENO, TCSADRAIN, &raw);
  write_all(kEnterScreen, sizeof kEnterScreen - 1);
  g_raw = 1;
}

void on_ending_signal(int signal) {
  leave_raw();
  // Die of the same signal, so the parent sees how the session ended.
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void on_suspend(int) {
  int saved_errno = errno;
  leave_raw();
  std::signal(SIGTSTP, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
  std::raise(SIGTSTP);  // stops here until SIGCONT
  std::signal(SIGTSTP, on_suspend);
  enter_raw();
  g_resumed = 1;
  errno = saved_errno;
}

void on_resize(int) {
  g_resized = 1;
}

// Raw mode and the handlers for as long as it lives.
class RawMode {
 public:
  RawMode() {
    if (tcgetattr(STDIN_FILENO, &g_saved) != 0) {
      throw UsageError("review: cannot read the terminal mode: " + std::string(strerror(errno)));
    }
    struct sigaction action {};
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_ending_signal;
    for (size_t i = 0; i < std::size(kEndingSignals); ++i) {
      sigaction(kEndingSignals[i], &action, &previous_[i]);
    }
    action.sa_handler = on_suspend;
    sigaction(SIGTSTP, &action, &previous_tstp_);
    action.sa_handler = on_resize;  // no SA_RESTART: poll() returns EINTR and we redraw
    sigaction(SIGWINCH, &action, &previous_winch_);
    enter_raw();
  }
  ~RawMode() {
    leave_raw();
    for (size_t i = 0; i < std::size(kEndingSignals); ++i) {
      sigaction(kEndingSignals[i], &previous_[i], nullptr);
    }
    sigaction(SIGTSTP, &previous_tstp_, nullptr);
    sigaction(SIGWINCH, &previous_winch_, nullptr);
  }
  RawMode(const RawMode&) = delete;
  RawMode& operator=(const RawMode&) = delete;

 private:
  struct sigaction previous_[std::size(kEndingSignals)]{};
  struct sigaction previous_tstp_ {};
  struct sigaction previous_winch_ {};
};

// --- Keys -------------------------------------------------------------------------------

enum class KeyKind {
  None,
  Byte,
  Up,
  Down,
  Left,
  Right,
  PageUp,
  PageDown,
  Enter,
  Escape,
  Backspace,
  End
};
struct Key {
  KeyKind kind = KeyKind::None;
  unsigned char byte = 0;  // KeyKind::Byte
};

bool wait_readable(int timeout_ms) {
  pollfd fd{STDIN_FILENO, POLLIN, 0};
  return ::poll(&fd, 1, timeout_ms) > 0;
}

// Bytes read from the terminal but not yet turned into keys: a paste or a fast typist
// delivers several keys in one read.
std::string g_input;

// Reads what is available into g_input; false at end of input or on a signal.
bool fill(int timeout_ms, bool& closed) {
  if (!wait_readable(timeout_ms)) return false;
  char buffer[256];
  ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
  if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) closed = true;
  if (got <= 0) return false;
  g_input.append(buffer, static_cast<size_t>(got));
  return true;
}

Key take(size_t bytes, Key key) {
  g_input.erase(0, bytes);
  return key;
}

// One key; KeyKind::None when a signal interrupted the wait, End when input is closed.
Key read_key() {
  bool closed = false;
  if (g_input.empty() && !fill(-1, closed)) return closed ? Key{KeyKind::End} : Key{};
  auto byte = static_cast<unsigned char>(g_input[0]);
  if (byte == '\r' || byte == '\n') return take(1, {KeyKind::Enter});
  if (byte == 0x7F || byte == 0x08) return take(1, {KeyKind::Backspace});
  if (byte != 0x1B) return take(1, {KeyKind::Byte, byte});
  // An escape sequence arrives in one burst; a lone Escape is not followed within 40 ms.
  if (g_input.size() == 1) fill(40, closed);
  if (g_input.size() < 2 || (g_input[1] != '[' && g_input[1] != 'O')) {
    return take(1, {KeyKind::Escape});
  }
  // CSI or SS3: parameters, then a final byte in @..~.
  size_t end = 2;
  while (end < g_input.size() && !(g_input[end] >= '@' && g_input[end] <= '~')) ++end;
  if (end >= g_input.size()) return take(g_input.size(), {});  // cut short: drop it
  char final_byte = g_input[end];
  std::string_view parameters(g_input.data() + 2, end - 2);
  Key key;
  if (final_byte == 'A') key.kind = KeyKind::Up;
  if (final_byte == 'B') key.kind = KeyKind::Down;
  if (final_byte == 'C') key.kind = KeyKind::Right;
  if (final_byte == 'D') key.kind = KeyKind::Left;
  if (final_byte == '~' && parameters == "5") key.kind = KeyKind::PageUp;
  if (final_byte == '~' && parameters == "6") key.kind = KeyKind::PageDown;
  return take(end + 1, key);
}

void pop_code_point(std::string& text) {
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
    text.pop_back();
  }
  if (!text.empty()) text.pop_back();
}

// --- The screen -------------------------------------------------------------------------

constexpr const char* kKeys =
    "c confirmed · d dismissed · n needs-source · → skip · ← back · e note · "
    "u unreviewed/all · r resolved · ? help · q quit";
constexpr const char* kShortKeys =
    "c/d/n verdict · → skip · ← back · e note · u filter · ? help · q quit";

constexpr const char* kKeyHelp[] = {
    "Keys",
    "",
    "  c          mark the finding confirmed (the discrepancy is real)",
    "  d          mark it dismissed (not a real discrepancy)",
    "  n          mark it needs-source (cannot decide without another source)",
    "  space, →   skip: show the next finding without a verdict",
    "  b, ←       go back to the finding shown before",
    "  e          write a note; saved at once when the finding has a verdict,",
    "             else saved with the verdict you give next",
    "  u          show only findings that need review (no verdict, or a stale one), or all",
    "  r          list verdicts whose finding is gone (resolved by source change)",
    "  ↑ ↓ PgUp PgDn  scroll a long finding",
    "  q          quit (every verdict is already saved)",
    "",
    "Press any key to go back.",
};

enum class Mode { Finding, Note, Help, Resolved };

class Screen {
 public:
  explicit Screen(Session& session) : session_(session) {
    const char* no_color = std::getenv("NO_COLOR");
    color_ = !(no_color && *no_color);
  }

  void run() {
    RawMode raw;
    draw();
    while (true) {
      Key key = read_key();
      if (key.kind == KeyKind::End) return;
      if (g_resized || g_resumed || key.kind == KeyKind::None) {
        g_resized = 0;
        g_resumed = 0;
        draw();
        if (key.kind == KeyKind::None) continue;
      }
      if (!handle(key)) return;
      draw();
    }
  }

 private:
  // False when the reviewer quits.
  bool handle(const Key& key) {
    status_.clear();
    switch (mode_) {
      case Mode::Note:
        edit_note(key);
        return true;
      case Mode::Help:
      case Mode::Resolved:
        if (scroll(key)) return true;
        mode_ = Mode::Finding;  // any other key goes back to the finding
        scroll_ = 0;
        return !(key.kind == KeyKind::Byte && key.byte == 'q');
      case Mode::Finding:
        break;
    }
    if (scroll(key)) return true;
    switch (key.kind) {
      case KeyKind::Right:
        next();
        return true;
      case KeyKind::Left:
        back();
        return true;
      case KeyKind::Byte:
        return handle_letter(key.byte);
      default:
        return true;
    }
  }

  // True when `key` scrolls the page.
  bool scroll(const Key& key) {
    switch (key.kind) {
      case KeyKind::Up:
        if (scroll_ > 0) --scroll_;
        return true;
      case KeyKind::Down:
        ++scroll_;
        return true;
      case KeyKind::PageUp:
        scroll_ = scroll_ > page() ? scroll_ - page() : 0;
        return true;
      case KeyKind::PageDown:
        scroll_ += page();
        return true;
      default:
        return false;
    }
  }

  bool handle_letter(unsigned char letter) {
    switch (letter) {
      case 'q':
        return false;
      case 'c':
        mark(Verdict::Confirmed);
        break;
      case 'd':
        mark(Verdict::Dismissed);
        break;
      case 'n':
        mark(Verdict::NeedsSource);
        break;
      case ' ':
      case 's':
        next();
        break;
      case 'b':
        back();
        break;
      case 'e':
        if (session_.current()) {
          mode_ = Mode::Note;
          const Finding& finding = session_.review().finding(*session_.current());
          note_ = session_.pending_note().empty() ? finding.verdict_note : session_.pending_note();
        }
        break;
      case 'u':
        session_.toggle_filter();
        scroll_ = 0;
        status_ = session_.unreviewed_only() ? "showing findings that need review"
                                             : "showing all findings";
        break;
      case 'r':
        mode_ = Mode::Resolved;
        scroll_ = 0;
        break;
      case '?':
      case 'h':
        mode_ = Mode::Help;
        scroll_ = 0;
        break;
      default:
        break;
    }
    return true;
  }

  void next() {
    session_.next();
    scroll_ = 0;
  }

  void back() {
    if (!session_.back()) status_ = "nothing to go back to";
    scroll_ = 0;
  }

  void mark(Verdict verdict) {
    auto index = session_.current();
    if (!index) return;
    std::string id = session_.review().finding(*index).id.str();
    try {
      session_.mark(verdict);
      status_ = "saved: " + id + " " + std::string(to_string(verdict));
    } catch (const std::exception& error) {
      status_ = std::string("NOT SAVED: ") + error.what();
    }
    scroll_ = 0;
  }

  void edit_note(const Key& key) {
    switch (key.kind) {
      case KeyKind::Enter: {
        mode_ = Mode::Finding;
        try {
          status_ = session_.note(note_) ? "note saved"
                                         : "note kept: it is saved with the verdict you give";
        } catch (const std::exception& error) {
          status_ = std::string("NOT SAVED: ") + error.what();
        }
        break;
      }
      case KeyKind::Escape:
        mode_ = Mode::Finding;
        status_ = "note not changed";
        break;
      case KeyKind::Backspace:
        pop_code_point(note_);
        break;
      case KeyKind::Byte:
        if (key.byte == 0x15) {  // Ctrl-U clears the line, as in a shell
          note_.clear();
        } else if (key.byte >= 0x20 || key.byte == '\t') {
          note_ += static_cast<char>(key.byte == '\t' ? ' ' : key.byte);
        }
        break;
      default:
        break;
    }
  }

  // The end of the note being typed, with the cursor, as much as fits on the line.
  std::string note_tail() const {
    std::string shown = sanitize(note_) + "_";
    size_t room = width_ > 10 ? width_ - 10 : 1;
    if (display_width(shown) <= room) return shown;
    size_t start = 0;
    while (start < shown.size() && display_width(std::string_view(shown).substr(start)) >= room) {
      ++start;
      while (start < shown.size() && (static_cast<unsigned char>(shown[start]) & 0xC0) == 0x80) {
        ++start;
      }
    }
    return "…" + shown.substr(start);
  }

  size_t page() const { return height_ > 6 ? height_ - 5 : 1; }

  void measure() {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 && size.ws_row > 0) {
      width_ = size.ws_col;
      height_ = size.ws_row;
    }
  }

  std::vector<std::string> body() const {
    ViewOptions view{width_, color_};
    const Review& review = session_.review();
    std::vector<std::string> lines;
    if (mode_ == Mode::Help) {
      for (const char* line : kKeyHelp) lines.emplace_back(line);
      return lines;
    }
    if (mode_ == Mode::Resolved) {
      const auto& resolved = review.annotation().resolved;
      if (resolved.empty()) lines.emplace_back("No verdict was resolved by a source change.");
      for (const Record& record : resolved) {
        for (auto& line : render_resolved(record, view)) lines.push_back(std::move(line));
        lines.emplace_back();
      }
      return lines;
    }
    auto index = session_.current();
    if (!index) {
      lines.emplace_back(review.findings().empty()
                             ? "This run has no findings to review."
                             : "Nothing left to review: every finding has a verdict. Press u "
                               "to see all findings, q to quit.");
      return lines;
    }
    lines = render_finding(review, *index, view);
    if (!session_.pending_note().empty()) {
      for (const Line& line : wrap({{"Note (saved with the next verdict): ", Style::Strong},
                                    {session_.pending_note(), Style::Plain}},
                                   width_)) {
        lines.push_back(render(line, color_));
      }
    }
    return lines;
  }

  std::string header() const {
    const Review& review = session_.review();
    std::string text = "crosscheck review · " + review.progress();
    if (auto index = session_.current()) {
      text += " · finding " + std::to_string(*index + 1) + " of " +
              std::to_string(review.findings().size());
    }
    if (session_.unreviewed_only()) text += " · unreviewed only";
    size_t resolved = review.annotation().resolved.size();
    if (resolved) text += " · " + std::to_string(resolved) + " resolved by source change";
    return text;
  }

  std::string fit(const std::vector<Piece>& pieces) const {
    auto lines = wrap(pieces, width_);
    return lines.empty() ? std::string() : render(lines.front(), color_);
  }

  void draw() {
    measure();
    try {
      session_.review().refresh();  // show what another reviewer decided meanwhile
    } catch (const std::exception& error) {
      status_ = std::string("cannot read the store: ") + error.what();
    }
    std::vector<std::string> lines = body();
    size_t room = height_ > 4 ? height_ - 4 : 1;
    size_t last_start = lines.size() > room ? lines.size() - room : 0;
    if (scroll_ > last_start) scroll_ = last_start;
    std::string frame = "\x1b[H";
    auto row = [&frame](const std::string& text) { frame += text + "\x1b[K\r\n"; };
    row(fit({{header(), Style::Strong}}));
    row("");
    for (size_t i = 0; i < room; ++i) {
      size_t at = scroll_ + i;
      row(at < lines.size() ? lines[at] : "");
    }
    if (mode_ == Mode::Note) {
      row(fit({{"Note: ", Style::Strong}, {note_tail(), Style::Plain}}));
      frame += fit({{"Enter save · Esc cancel · Ctrl-U clear", Style::Dim}}) + "\x1b[K";
    } else {
      std::string more = lines.size() > room + scroll_ ? " (↓ more)" : "";
      row(fit(
          {{status_ + more, status_.rfind("NOT SAVED", 0) == 0 ? Style::Warning : Style::Plain}}));
      frame += fit({{width_ >= 110 ? kKeys : kShortKeys, Style::Dim}}) + "\x1b[K";
    }
    frame += "\x1b[J";
    write_all(frame.data(), frame.size());
  }

  Session& session_;
  Mode mode_ = Mode::Finding;
  std::string note_;
  std::string status_;
  size_t scroll_ = 0;
  size_t width_ = 80;
  size_t height_ = 24;
  bool color_ = true;
};

}  // namespace

bool can_run_full_screen() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO) &&
         !(term && std::strcmp(term, "dumb") == 0);
}

void run_full_screen(Session& session) {
  Screen(session).run();
}

}  // namespace cc::review
