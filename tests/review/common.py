"""Helpers shared by the review session tests (tmux, browser, concurrency, kill).

Each test is a script run by ctest as `python3 TEST.py CROSSCHECK_BINARY`; it exits 0 on
success, 1 on failure and 77 (ctest SKIP_RETURN_CODE) when a tool it needs is missing.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def binary():
    if len(sys.argv) < 2:
        fail("usage: TEST.py CROSSCHECK_BINARY")
    return os.path.abspath(sys.argv[1])


def workspace():
    """A temporary folder holding a copy of the seeds as story/."""
    tmp = tempfile.mkdtemp(prefix="crosscheck-review-")
    shutil.copytree(os.path.join(ROOT, "seeds"), os.path.join(tmp, "story"))
    return tmp


def run(args, cwd, stdin=None, check_exit=True):
    result = subprocess.run([binary()] + args, cwd=cwd, input=stdin, capture_output=True,
                            text=True, timeout=120)
    if check_exit and result.returncode != 0:
        fail(f"crosscheck {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result


def findings(cwd, story="story"):
    """The findings of `compare` on the story, from its JSON report."""
    report = run(["compare", story, "-f", "json", "--fail-on", "never", "-q"], cwd)
    return json.loads(report.stdout)["findings"]


def rows(store):
    """Every verdict row of a review store, oldest first."""
    with sqlite3.connect(store) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM verdicts ORDER BY id")]


def current(store):
    """The current verdict per finding id."""
    out = {}
    for row in rows(store):
        out[row["finding"]] = row
    return out
