#!/usr/bin/env python3
"""Runs `crosscheck compare seeds --format json` and checks the result with the shared
report contract (../shared/checks/report-contract.py). Exits 0 with a note when the
shared checks are not present (a clone outside the workspace).

usage: check_contract.py BINARY
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTRACT = os.path.join(ROOT, "..", "shared", "checks", "report-contract.py")


def main(binary):
    if not os.path.exists(CONTRACT):
        print(f"skipped: {CONTRACT} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "seeds.json")
        subprocess.run([binary, "compare", "seeds", "--format", "json", "-q", "-o", out], cwd=ROOT,
                       timeout=300)
        result = subprocess.run([sys.executable, CONTRACT, out], capture_output=True, text=True)
        print(result.stdout, end="")
        return result.returncode


if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1])))
