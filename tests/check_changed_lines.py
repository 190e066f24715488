#!/usr/bin/env python3
"""End-to-end test of `crosscheck check --changed-lines-from GIT_REF` through the binary.

Uses the drafts of tests/cases/check-ci-flow: v1/story.md misquotes the mayor (line 10);
v2/story.md is the same file with a second misquote on line 12. In a scratch git repository:

1. story.md (v1) committed: with --changed-lines-from HEAD nothing changed, so the check
   reports nothing and passes, while the same check without the option fails on line 10.
2. story.md edited to v2 and not committed: with --changed-lines-from HEAD only the
   findings on line 12 (the edited line) remain and the check fails; without the option
   the findings on line 10 come back too.
3. A draft git does not track: every line counts as changed.
4. A ref git does not know: one clear error line, exit 2.

Usage: check_changed_lines.py CROSSCHECK_BIN
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "cases", "check-ci-flow")


def run(cmd, cwd, check=True):
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}: {result.stderr}")
    return result


def git(repo, *args):
    return run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "init.defaultBranch=main", *args], repo)


def check(binary, repo, draft, *extra):
    cmd = [binary, "check", draft, "--against", "wires", "--format", "json", *extra]
    result = run(cmd, repo, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"FAIL: {' '.join(cmd)} exited {result.returncode}: {result.stderr}")
    report = json.loads(result.stdout)
    draft_ids = {source["id"] for source in report["sources"] if source["path"] == draft}
    lines = sorted({evidence["line"]
                    for finding in report["findings"]
                    for evidence in finding["evidence"] if evidence["source"] in draft_ids})
    return result.returncode, lines, result.stderr


failures = []


def expect(what, actual, wanted):
    if actual != wanted:
        failures.append(f"{what}: got {actual!r}, wanted {wanted!r}")


def main():
    binary = os.path.abspath(sys.argv[1])
    if shutil.which("git") is None:
        print("SKIP: git is not installed")
        return 0
    with tempfile.TemporaryDirectory(prefix="crosscheck-changed-") as repo:
        shutil.copytree(os.path.join(CASE, "wires"), os.path.join(repo, "wires"))
        shutil.copy(os.path.join(CASE, "v1", "story.md"), os.path.join(repo, "story.md"))
        git(repo, "init", "-q")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "v1")

        code, lines, _ = check(binary, repo, "story.md")
        expect("v1 without the option: exit", code, 1)
        expect("v1 without the option: draft lines", lines, [10])
        code, lines, stderr = check(binary, repo, "story.md", "--changed-lines-from", "HEAD")
        expect("v1 unchanged since HEAD: exit", code, 0)
        expect("v1 unchanged since HEAD: draft lines", lines, [])
        expect("v1 unchanged since HEAD: stderr names what was left out",
               "outside the changed lines" in stderr, True)

        shutil.copy(os.path.join(CASE, "v2", "story.md"), os.path.join(repo, "story.md"))
        code, lines, _ = check(binary, repo, "story.md", "--changed-lines-from", "HEAD")
        expect("v2 edited line 12: exit", code, 1)
        expect("v2 edited line 12: draft lines", lines, [12])
        code, lines, _ = check(binary, repo, "story.md")
        expect("v2 without the option: draft lines", lines, [10, 12])

        shutil.copy(os.path.join(CASE, "v1", "story.md"), os.path.join(repo, "new.md"))
        code, lines, _ = check(binary, repo, "new.md", "--changed-lines-from", "HEAD")
        expect("untracked draft: exit", code, 1)
        expect("untracked draft: draft lines", lines, [10])

        result = run([binary, "check", "story.md", "--against", "wires",
                      "--changed-lines-from", "no-such-ref"], repo, check=False)
        expect("unknown ref: exit", result.returncode, 2)
        expect("unknown ref: one error line", len(result.stderr.strip().splitlines()), 1)

    if failures:
        for failure in failures:
            print("FAIL:", failure)
        return 1
    print("ok: --changed-lines-from keeps only findings on changed lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
