#!/usr/bin/env python3
"""Runs end-to-end cases: the real crosscheck binary on files under tests/cases/<name>/.

usage: run_case.py [--update] BINARY CASE_DIR...

Each case directory holds its inputs and a `case.json`:
  {"description": "...",
   "steps": [{"args": ["compare", "a.txt", "--format", "json"],
              "exit": 1,
              "stdout": "expected.json",          # compared byte for byte (optional)
              "stderr": "expected.err",           # compared byte for byte (optional)
              "files": {"out.json": "expected-out.json"},  # files the step writes (optional)
              "absent": ["out.json"]}]}           # files that must not exist afterwards
A case with a single step may put the step's keys at the top level instead of "steps".
The case runs in a temporary copy of its directory, so outputs never touch the source
tree. In args, "{root}" is the repository root. `--update` rewrites the expected files
from what the binary produced (review the diff before committing).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_case(binary, case_dir, update):
    with open(os.path.join(case_dir, "case.json"), encoding="utf-8") as f:
        spec = json.load(f)
    steps = spec.get("steps") or [spec]
    problems = []
    with tempfile.TemporaryDirectory(prefix="crosscheck-case-") as tmp:
        work = os.path.join(tmp, "case")
        shutil.copytree(case_dir, work)
        original = set(os.listdir(work))
        for number, step in enumerate(steps, 1):
            args = [a.replace("{root}", ROOT) for a in step["args"]]
            result = subprocess.run([binary] + args, cwd=work, capture_output=True, timeout=300)
            where = f"step {number} ({' '.join(step['args'])})"
            expected_exit = step.get("exit", 0)
            if result.returncode != expected_exit:
                problems.append(f"{where}: exit {result.returncode}, expected {expected_exit}\n"
                                f"stderr: {result.stderr.decode(errors='replace')[:2000]}")
            outputs = []
            if "stdout" in step:
                outputs.append((step["stdout"], result.stdout))
            if "stderr" in step:
                outputs.append((step["stderr"], result.stderr))
            for produced, expected in step.get("files", {}).items():
                path = os.path.join(work, produced)
                if not os.path.exists(path):
                    problems.append(f"{where}: did not write {produced}")
                    continue
                with open(path, "rb") as f:
                    outputs.append((expected, f.read()))
            for expected_name, actual in outputs:
                actual = actual.replace(work.encode(), b"{case}")
                expected_path = os.path.join(case_dir, expected_name)
                if update:
                    with open(expected_path, "wb") as f:
                        f.write(actual)
                    continue
                try:
                    with open(expected_path, "rb") as f:
                        expected = f.read()
                except FileNotFoundError:
                    problems.append(f"{where}: no expected file {expected_name} (run scripts/regen)")
                    continue
                if actual != expected:
                    problems.append(f"{where}: output differs from {expected_name}\n"
                                    + first_difference(expected, actual))
            for name in step.get("absent", []):
                if os.path.exists(os.path.join(work, name)):
                    problems.append(f"{where}: {name} exists but must not")
            leftovers = [n for n in os.listdir(work) if n.startswith(".") and n not in original]
            if leftovers:
                problems.append(f"{where}: temporary files left behind: {leftovers}")
    return problems


def first_difference(expected, actual):
    e = expected.decode(errors="replace").splitlines()
    a = actual.decode(errors="replace").splitlines()
    for i, (x, y) in enumerate(zip(e, a)):
        if x != y:
            return f"  line {i + 1}:\n  expected: {x[:300]}\n  actual:   {y[:300]}"
    return f"  expected {len(e)} lines, got {len(a)}"


def main(argv):
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[0])
    failed = 0
    for case_dir in argv[1:]:
        case_dir = os.path.abspath(case_dir.rstrip("/"))
        problems = run_case(binary, case_dir, update)
        name = os.path.basename(case_dir)
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            print(f"{'updated' if update else 'ok'} {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
