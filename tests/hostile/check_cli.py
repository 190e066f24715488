#!/usr/bin/env python3
"""Runs the real binary on every hostile input; checks the command-line contract.

usage: check_cli.py BINARY

Inputs: every file in tests/hostile/ with a supported extension (CMakeLists.txt aside),
plus what is made at test time: a 1 GiB sparse file (refused above --max-input-size without
being read), a named pipe, a file above a small --max-input-size, a folder holding a bad
file, a 1 MB article of one word run with the catastrophic rules of tests/hostile/rules/,
and the rules RE2 rejects. Each runs as `crosscheck compare INPUT SEED -f json -o report.json` in a fresh
folder, and must:
  - finish (no signal; a run over 120 s counts as a hang),
  - exit 2 with exactly one stderr line "crosscheck: error: PATH: ..." and no report
    file, or exit 0/1 with a complete JSON report,
  - never print "internal error", never leave a temporary file behind.
The expected outcome of each input is listed below; a new hostile file must be added here.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOSTILE = os.path.join(ROOT, "tests", "hostile")
SEED = os.path.join(ROOT, "seeds", "000_c24d20368129ad2a.txt")
SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")

# What each committed hostile file must give: "report" or a piece of the error line.
EXPECTED = {
    "bad-front-matter.md": "front matter",
    "big-number.json": "malformed JSON: a number too large to read",
    "bom-crlf.txt": "report",
    "deep.json": "JSON nested deeper than 256 levels",
    "empty.txt": "empty article",
    "invalid-utf8.txt": "invalid UTF-8 at line 2",
    "long-sentence.txt": "report",
    "mixed-line-ends.txt": "report",
    "never-closed-quote.txt": "report",
    "nul.txt": "binary file, not text",
    "overlong-utf8.txt": "invalid UTF-8 at line 2",
    "scripts.html": "report",
    "unclosed-tags.html": "report",
    "whitespace.txt": "empty article",
}


def run(binary, args, work, expected, blame):
    """Runs one command in `work`; returns a list of problems."""
    report = os.path.join(work, "report.json")
    if os.path.exists(report):
        os.remove(report)
    before = set(os.listdir(work))
    try:
        result = subprocess.run([binary] + args + ["-f", "json", "-o", report], cwd=work,
                                capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return [f"{blame}: still running after 120 s (a hang)"]
    problems = []
    stderr = result.stderr.decode(errors="replace")
    if result.returncode < 0:
        problems.append(f"{blame}: killed by signal {-result.returncode}")
    if "internal error" in stderr:
        problems.append(f"{blame}: internal error: {stderr.strip()}")
    leftovers = [n for n in set(os.listdir(work)) - before if n.startswith(".")]
    if leftovers:
        problems.append(f"{blame}: temporary files left: {leftovers}")
    if expected == "report":
        if result.returncode not in (0, 1):
            problems.append(f"{blame}: exit {result.returncode}, expected a report: {stderr}")
        elif not os.path.exists(report):
            problems.append(f"{blame}: exit {result.returncode} but no report written")
        else:
            with open(report, encoding="utf-8") as f:
                if json.load(f).get("schema") != "crosscheck.report/1":
                    problems.append(f"{blame}: the report is not a crosscheck.report/1")
    else:
        lines = stderr.splitlines()
        if result.returncode != 2:
            problems.append(f"{blame}: exit {result.returncode}, expected 2 ({expected})")
        if os.path.exists(report):
            problems.append(f"{blame}: failed but wrote a report")
        if len(lines) != 1 or not lines[0].startswith("crosscheck: error: ") \
                or expected not in lines[0]:
            problems.append(f"{blame}: expected one error line with '{expected}', got {lines}")
    return problems


def main(argv):
    if len(argv) != 1:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[0])
    problems = []
    checked = 0
    with tempfile.TemporaryDirectory(prefix="crosscheck-hostile-") as work:
        shutil.copy(SEED, os.path.join(work, "seed.txt"))
        # The committed corpus.
        names = sorted(n for n in os.listdir(HOSTILE)
                       if n.lower().endswith(SUPPORTED) and n != "CMakeLists.txt")
        for name in names:
            if name not in EXPECTED:
                problems.append(f"{name}: no expected outcome listed in check_cli.py")
                continue
            path = os.path.join(HOSTILE, name)
            problems += run(binary, ["compare", path, "seed.txt"], work, EXPECTED[name], name)
            checked += 1

        # A 1 GiB file, sparse so it costs no disk; refused from its size alone.
        big = os.path.join(work, "big.txt")
        with open(big, "wb") as f:
            f.truncate(1 << 30)
        problems += run(binary, ["compare", "big.txt", "seed.txt"], work,
                        "big.txt: larger than --max-input-size", "1 GiB file")
        os.remove(big)
        # A small limit, and a folder with one bad file among good ones.
        problems += run(binary, ["compare", "seed.txt", "--max-input-size", "1000"], work,
                        "seed.txt: larger than --max-input-size (1000 bytes)", "small limit")
        folder = os.path.join(work, "folder")
        os.makedirs(folder)
        shutil.copy(SEED, os.path.join(folder, "a.txt"))
        shutil.copy(os.path.join(HOSTILE, "nul.txt"), os.path.join(folder, "b.txt"))
        problems += run(binary, ["compare", "folder"], work, "folder/b.txt: binary file",
                        "folder with a bad file")
        # A named pipe: refused at once, not waited on.
        os.mkfifo(os.path.join(work, "pipe.txt"))
        problems += run(binary, ["compare", "pipe.txt", "seed.txt"], work,
                        "pipe.txt: not a regular file", "named pipe")
        os.remove(os.path.join(work, "pipe.txt"))
        checked += 4

        # Rules: copy the built-in rules and add a hostile pack.
        for pack, expected, blame in (
                ("catastrophic.yaml", "report", "catastrophic rules on 1 MB"),
                ("rejected.yaml", "rules/hostile/hostile.yaml:9:23: rule hostile.backreference",
                 "rules RE2 rejects")):
            rules = os.path.join(work, "rules")
            shutil.rmtree(rules, ignore_errors=True)
            shutil.copytree(os.path.join(ROOT, "rules"), rules)
            os.makedirs(os.path.join(rules, "hostile"))
            shutil.copy(os.path.join(HOSTILE, "rules", pack),
                        os.path.join(rules, "hostile", "hostile.yaml"))
            with open(os.path.join(work, "aaaa.txt"), "w") as f:
                f.write("Title\n\n" + "a" * (1 << 20) + "\n")
            problems += run(binary, ["compare", "aaaa.txt", "seed.txt", "--rules", "rules"], work,
                            expected, blame)
            checked += 1
    for problem in problems:
        print("FAIL " + problem)
    print(f"{checked} hostile inputs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
