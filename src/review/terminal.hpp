// The interactive review sessions: full-screen in a terminal, or one command a line when
// input or output is not a terminal (pipes, scripts, dumb terminals).
#pragma once

#include <iosfwd>

#include "review/session.hpp"

namespace cc::review {

// True when stdin and stdout are both terminals (and TERM is not "dumb"): the full-screen
// session can run.
bool can_run_full_screen();

// Runs the full-screen session until the reviewer quits. The terminal is put in raw mode
// (termios) and restored on every way out: a return, an exception, and the signals that
// end or suspend a process (INT, TERM, HUP, QUIT, TSTP). Each verdict is committed when
// its key is pressed.
void run_full_screen(Session& session);

// Reads commands from `in`, one a line, and answers on `out` until `quit` or end of input;
// `help` lists the commands. With a `prompt` stream (a person typing), a prompt is written
// there before each command, so that `out` stays clean when it is redirected.
void run_lines(Session& session, std::istream& in, std::ostream& out, std::ostream* prompt);

}  // namespace cc::review
