#!/usr/bin/env python3
"""Killing a session loses at most the verdict being typed.

Under tmux, a reviewer marks two findings and starts typing a note; the process is then
killed with SIGKILL (no chance to clean up). Both verdicts must be in the store and the
half-typed note must not. A second session is ended with SIGTERM mid-note: its verdict is
kept and the terminal mode is restored by the signal handler.

usage: kill_session.py CROSSCHECK_BINARY   (exit 77 when tmux is missing)
"""
import os
import re
import shutil
import signal
import subprocess
import time

import common

SESSION = f"crosscheck-kill-test-{os.getpid()}"


def tmux(*args):
    # A server of our own (-L): tests running at once never share one, nor touch the user's.
    result = subprocess.run(["tmux", "-L", SESSION] + list(args), capture_output=True, text=True)
    if result.returncode != 0:
        common.fail(f"tmux {' '.join(args[:2])}: {result.stderr.strip()}")
    return result.stdout


def wait_for(pattern, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        text = tmux("capture-pane", "-p", "-t", SESSION)
        if re.search(pattern, text):
            return text
        time.sleep(0.1)
    common.fail(f"the screen never showed {pattern!r}:\n" + tmux("capture-pane", "-p", "-t", SESSION))


def session_pid(shell_pid):
    """The crosscheck process started by the pane's shell.

    Only a child that has become crosscheck counts: a child the shell has forked but not
    yet exec'd (the `stty` before it) still shows the shell's command line, "review story"
    included, and is gone a moment later (CI once killed such a pid: "No such process").
    """
    name = os.path.basename(common.binary())[:15]  # /proc/PID/comm keeps 15 characters
    deadline = time.time() + 30
    while time.time() < deadline:
        result = subprocess.run(["pgrep", "-P", str(shell_pid), "-f", "review story"],
                                capture_output=True, text=True)
        for pid in result.stdout.split():
            try:
                with open(f"/proc/{pid}/comm") as f:
                    if f.read().strip() == name:
                        return int(pid)
            except OSError:
                continue  # gone already
        time.sleep(0.1)
    common.fail("no crosscheck process under the tmux pane")


def run_until_killed(tmp, store, sig, marks):
    command = (f"stty -a > before.txt; {common.binary()} review story --store {store}; "
               "stty -a > after.txt; sleep 600")
    for name in ("before.txt", "after.txt"):
        if os.path.exists(os.path.join(tmp, name)):
            os.remove(os.path.join(tmp, name))
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", "-c", tmp, command)
    shell = int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip())
    pid = session_pid(shell)
    wait_for(r"reviewed · finding")
    for key in marks:
        before = tmux("capture-pane", "-p", "-t", SESSION)
        count = int(re.search(r"(\d+) of \d+ reviewed", before).group(1))
        tmux("send-keys", "-t", SESSION, key)
        wait_for(rf"{count + 1} of \d+ reviewed")
    tmux("send-keys", "-t", SESSION, "e")
    wait_for(r"Note:")
    tmux("send-keys", "-t", SESSION, "-l", "half typed")
    wait_for(r"half typed")
    os.kill(pid, sig)
    deadline = time.time() + 20
    while time.time() < deadline and os.path.exists(os.path.join(tmp, "after.txt")) is False:
        time.sleep(0.1)
    common.check(os.path.exists(os.path.join(tmp, "after.txt")), "the session did not end")
    time.sleep(0.2)
    with open(os.path.join(tmp, "before.txt")) as f:
        before = f.read()
    with open(os.path.join(tmp, "after.txt")) as f:
        after = f.read()
    tmux("kill-session", "-t", SESSION)
    return before, after


def main():
    if not shutil.which("tmux") or not shutil.which("pgrep"):
        common.skip("tmux and pgrep are needed")
    # Keeps the test's tmux server up between sessions (it exits with its last session).
    tmux("new-session", "-d", "-s", "keeper", "sleep 3600")
    tmp = common.workspace()
    store = os.path.join(tmp, "verdicts.db")

    run_until_killed(tmp, store, signal.SIGKILL, ["c", "d"])
    rows = common.rows(store)
    common.check([r["verdict"] for r in rows] == ["confirmed", "dismissed"],
                 f"after SIGKILL the store holds {[(r['verdict'], r['note']) for r in rows]}")
    common.check(all("half typed" not in r["note"] for r in rows), "the unfinished note was saved")

    before, after = run_until_killed(tmp, store, signal.SIGTERM, ["n"])
    rows = common.rows(store)
    common.check(len(rows) == 3 and rows[-1]["verdict"] == "needs-source",
                 f"after SIGTERM the store holds {[(r['verdict'], r['note']) for r in rows]}")
    common.check(before == after, f"SIGTERM left the terminal changed:\n{before}\nvs\n{after}")
    shutil.rmtree(tmp, ignore_errors=True)
    print("ok: SIGKILL and SIGTERM mid-note lose only the note being typed")


if __name__ == "__main__":
    try:
        main()
    finally:
        subprocess.run(["tmux", "-L", SESSION, "kill-server"], capture_output=True)
