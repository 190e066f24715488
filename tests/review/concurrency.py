#!/usr/bin/env python3
"""Two reviewers at once on one store lose no verdict.

Three processes write to one store at the same time, starting before it exists (so they
also race to create and migrate it): two line sessions on a copy of the seeds, each giving
a few hundred verdicts with distinct notes, and a loop of `review mark` processes. Every
verdict must be in the store afterwards, and the store must be in WAL mode.

usage: concurrency.py CROSSCHECK_BINARY
"""
import os
import shutil
import sqlite3
import subprocess
import threading

import common

ROUNDS = 500  # verdicts per line session
MARKS = 150    # `review mark` processes


def session_script(name, findings):
    """Commands for a line session: a verdict with a unique note on each finding in turn."""
    verbs = ["confirmed", "dismissed", "needs-source"]
    lines = []
    for i in range(ROUNDS):
        lines.append(f"goto {findings[i % len(findings)]}")
        lines.append(f"{verbs[i % 3]} {name}-{i}")
    lines.append("quit")
    return "\n".join(lines) + "\n"


def main():
    tmp = common.workspace()
    store = os.path.join(tmp, "shared.db")
    findings = [f["id"] for f in common.findings(tmp)]
    common.check(findings, "the seeds give no findings")
    results = {}

    def session(name):
        results[name] = subprocess.run(
            [common.binary(), "review", "story", "--store", store, "--reviewer", name],
            cwd=tmp, input=session_script(name, findings), capture_output=True, text=True,
            timeout=600)

    def marks():
        failures = []
        for i in range(MARKS):
            result = subprocess.run(
                [common.binary(), "review", "mark", f"{i:016x}", "confirmed", "--note",
                 f"script-{i}", "--store", store, "--reviewer", "script"],
                cwd=tmp, capture_output=True, text=True, timeout=120)
            if result.returncode != 0:
                failures.append(result.stderr)
        results["marks"] = failures

    threads = [threading.Thread(target=session, args=("alice",)),
               threading.Thread(target=session, args=("bob",)),
               threading.Thread(target=marks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    for name in ("alice", "bob"):
        result = results[name]
        common.check(result.returncode == 0, f"{name}'s session failed: {result.stderr}")
    common.check(results["marks"] == [], f"review mark failed: {results['marks'][:3]}")

    rows = common.rows(store)
    notes = {r["note"] for r in rows}
    expected = ({f"alice-{i}" for i in range(ROUNDS)} | {f"bob-{i}" for i in range(ROUNDS)} |
                {f"script-{i}" for i in range(MARKS)})
    missing = expected - notes
    common.check(not missing, f"{len(missing)} verdicts lost, e.g. {sorted(missing)[:5]}")
    common.check(len(rows) == len(expected), f"{len(rows)} rows for {len(expected)} verdicts")
    # The writers really ran at once: their rows interleave.
    switches = sum(1 for a, b in zip(rows, rows[1:]) if a["reviewer"] != b["reviewer"])
    common.check(switches >= 10, f"the writers hardly overlapped ({switches} switches)")
    with sqlite3.connect(store) as db:
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    common.check(mode == "wal", f"journal mode {mode}")
    common.check(version == 2, f"schema version {version}")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"ok: {len(rows)} verdicts from 3 concurrent writers ({switches} interleavings), "
          "none lost")


if __name__ == "__main__":
    main()
