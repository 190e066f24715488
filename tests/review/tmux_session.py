#!/usr/bin/env python3
"""End-to-end terminal session under tmux, on a copy of the seeds.

A reviewer marks three findings with keys (one with a note typed in the session) and
quits; the terminal must be as it was. `compare --store` then counts the verdicts and
`review export` lists them. A source is edited twice — a quote's capitalisation (same
finding, changed evidence: stale) and a sentence made identical to the other source's
(finding gone: resolved by source change) — and both show in `compare --store`, the export
and a new session, which also redraws for a narrower terminal. The findings are chosen by
type (two quotes whose sentences no other finding shares, and any third), so the test
does not depend on the order the detectors give them.

usage: tmux_session.py CROSSCHECK_BINARY   (exit 77 when tmux is missing)
"""
import json
import os
import re
import shutil
import subprocess
import time

import common

SESSION = f"crosscheck-review-test-{os.getpid()}"


def tmux(*args):
    # A server of our own (-L): tests running at once never share one, nor touch the user's.
    result = subprocess.run(["tmux", "-L", SESSION] + list(args), capture_output=True, text=True)
    if result.returncode != 0:
        common.fail(f"tmux {' '.join(args[:2])}: {result.stderr.strip()}")
    return result.stdout


def screen():
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for(pattern, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        text = screen()
        if re.search(pattern, text):
            return text
        time.sleep(0.1)
    common.fail(f"the screen never showed {pattern!r}; it shows:\n{screen()}")


def wait_file(path, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(path) and os.path.getsize(path) > 0:
            return
        time.sleep(0.1)
    common.fail(f"{path} was never written; screen:\n{screen()}")


def start(tmp, store, tag):
    """Runs a session in a fresh tmux window; the shell records the terminal mode around it."""
    command = (f"stty -a > {tag}-before.txt; {common.binary()} review story --store {store} "
               f"--reviewer alice; echo $? > {tag}-exit.txt; stty -a > {tag}-after.txt; "
               "sleep 600")
    tmux("new-session", "-d", "-s", SESSION, "-x", "160", "-y", "50", "-c", tmp, command)


def stop(tmp, tag):
    wait_file(os.path.join(tmp, f"{tag}-after.txt"))
    with open(os.path.join(tmp, f"{tag}-exit.txt")) as f:
        code = f.read().strip()
    with open(os.path.join(tmp, f"{tag}-before.txt")) as f:
        before = f.read()
    with open(os.path.join(tmp, f"{tag}-after.txt")) as f:
        after = f.read()
    tmux("kill-session", "-t", SESSION)
    common.check(code == "0", f"the session exited with {code}")
    # The window size may have changed on purpose; every mode flag must be as it was.
    size = re.compile(r"rows \d+; columns \d+;")
    before, after = size.sub("", before), size.sub("", after)
    common.check(before == after, f"terminal mode not restored:\n{before}\nvs\n{after}")


def edit(tmp, sources, finding, index, change):
    """Applies `change` to the sentence of evidence `index` in its source file."""
    evidence = finding["evidence"][index]
    path = os.path.join(tmp, sources[evidence["source"]])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    sentence = evidence["text"]
    common.check(sentence in text, f"sentence not found verbatim in {path}: {sentence}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(sentence, change(sentence), 1))


def main():
    if not shutil.which("tmux"):
        common.skip("tmux is not installed")
    # Keeps the test's tmux server up between sessions (it exits with its last session).
    tmux("new-session", "-d", "-s", "keeper", "sleep 3600")
    tmp = common.workspace()
    store = os.path.join(tmp, "verdicts.db")
    report = json.loads(common.run(["compare", "story", "-f", "json", "--fail-on", "never", "-q"],
                                   tmp).stdout)
    findings = report["findings"]
    sources = {s["id"]: s["path"] for s in report["sources"]}
    total = len(findings)
    common.check(total >= 3, f"the seeds give {total} findings; the test needs three")

    # Which findings to mark: two quotes whose sentences no other finding uses (one gets a
    # capital letter: stale; one is made identical to the other source: resolved) and any
    # third finding, wherever the detectors put them in the list.
    def sentences(finding):
        return {(e["source"], e["text"]) for e in finding["evidence"]}

    def alone(index):
        own = sentences(findings[index])
        return all(not (own & sentences(f)) for i, f in enumerate(findings) if i != index)

    quotes = [i for i, f in enumerate(findings) if f["type"] == "quote" and alone(i)]
    common.check(len(quotes) >= 2, "the seeds give fewer than two quote findings to edit")
    stale_at, resolved_at = quotes[0], quotes[1]
    other_at = next(i for i in range(total) if i not in (stale_at, resolved_at))
    stale, other, resolved = findings[stale_at], findings[other_at], findings[resolved_at]

    # --- A session: confirm, note + dismiss, needs-source, quit ---------------------------
    start(tmp, store, "first")
    wait_for(rf"0 of {total} reviewed · finding 1 of {total}")
    common.check(findings[0]["id"] in screen(), "the first finding is not shown")
    position, reviewed = 0, 0

    def go_to(index):
        nonlocal position
        while position < index:
            tmux("send-keys", "-t", SESSION, "Right")
            position += 1
            wait_for(rf"{reviewed} of {total} reviewed · finding {position + 1} of {total}")

    for index in sorted((stale_at, other_at, resolved_at)):
        go_to(index)
        if index == other_at:
            tmux("send-keys", "-t", SESSION, "e")
            wait_for(r"Note:")
            tmux("send-keys", "-t", SESSION, "-l", "same words in the wire copy")
            tmux("send-keys", "-t", SESSION, "Enter")
            wait_for(r"note kept")
        tmux("send-keys", "-t", SESSION,
             {stale_at: "c", other_at: "d", resolved_at: "n"}[index])
        reviewed += 1
        wait_for(rf"{reviewed} of {total} reviewed")
        position += 1
    tmux("send-keys", "-t", SESSION, "Left")  # back to the one just marked
    last = max(stale_at, other_at, resolved_at)
    marked = {stale_at: "confirmed", other_at: "dismissed", resolved_at: "needs-source"}[last]
    wait_for(rf"Verdict: {marked} by alice")
    tmux("send-keys", "-t", SESSION, "q")
    stop(tmp, "first")

    verdicts = common.current(store)
    expected = {stale["id"]: ("confirmed", ""),
                other["id"]: ("dismissed", "same words in the wire copy"),
                resolved["id"]: ("needs-source", "")}
    common.check(set(verdicts) == set(expected), f"stored verdicts {sorted(verdicts)}")
    for finding_id, (verdict, note) in expected.items():
        row = verdicts[finding_id]
        common.check((row["verdict"], row["note"], row["reviewer"]) == (verdict, note, "alice"),
                     f"{finding_id}: stored {row['verdict']!r} {row['note']!r} {row['reviewer']!r}")

    # --- compare --store and the export see them ------------------------------------------
    result = common.run(["compare", "story", "--store", store, "--fail-on", "never"], tmp)
    common.check(f"3 of {total} findings reviewed" in result.stderr,
                 f"compare --store says: {result.stderr}")
    exported = json.loads(common.run(["review", "export", "story", "--store", store], tmp).stdout)
    states = {e["finding"]: (e["verdict"], e["state"]) for e in exported["reviewed"]}
    common.check(states == {k: (v[0], "current") for k, v in expected.items()},
                 f"export before the edit: {states}")

    # --- Edit the sources: a stale verdict and a resolved one -----------------------------
    def capitalise_quote_word(sentence):
        # Finding ids hash case-folded claim text, so a capital keeps the id while the
        # evidence text changes. Prefer a word inside the quote marks, which stays a quote word.
        quoted = re.findall(r"“([^”]*)”", sentence)
        candidates = (" ".join(quoted) + " " + sentence).split()
        word = next(w for w in candidates if len(w) > 3 and w.isalpha() and w.islower())
        return sentence.replace(word, word.capitalize(), 1)

    edit(tmp, sources, stale, 0, capitalise_quote_word)
    second = resolved["evidence"][0]["text"]
    edit(tmp, sources, resolved, 1, lambda sentence: second)

    result = common.run(["compare", "story", "--store", store, "--fail-on", "never"], tmp)
    common.check(f"1 of {total - 1} findings reviewed, 1 stale, 1 verdict resolved by source change"
                 in result.stderr, f"compare --store after the edit says: {result.stderr}")
    exported = json.loads(common.run(["review", "export", "story", "--store", store], tmp).stdout)
    states = {e["finding"]: e["state"] for e in exported["reviewed"]}
    common.check(states == {stale["id"]: "stale", other["id"]: "current",
                            resolved["id"]: "resolved"}, f"export after the edit: {states}")

    # --- A new session shows both -----------------------------------------------------------
    start(tmp, store, "second")
    text = wait_for(rf"1 of {total - 1} reviewed, 1 stale")
    common.check("1 resolved by source change" in text, f"header:\n{text}")
    # The session opens at the first finding that needs review; walk to the stale one.
    for _ in range(total):
        if stale["id"] in screen():
            break
        tmux("send-keys", "-t", SESSION, "Right")
        time.sleep(0.1)
    text = wait_for(r"STALE")
    common.check(stale["id"] in text, f"the stale verdict is not flagged:\n{text}")
    tmux("send-keys", "-t", SESSION, "r")
    text = wait_for(r"resolved by source change\]")
    common.check(resolved["id"] in text, f"the resolved verdict is not listed:\n{text}")
    tmux("send-keys", "-t", SESSION, "Escape")
    wait_for(r"STALE")
    tmux("send-keys", "-t", SESSION, "u")
    wait_for(r"unreviewed only")
    # A narrower terminal (SIGWINCH): redrawn with the sentences stacked, short key help.
    tmux("resize-window", "-t", SESSION, "-x", "70", "-y", "40")
    text = wait_for(r"c/d/n verdict")
    common.check(all(len(line) <= 70 for line in text.splitlines()), f"wider than 70:\n{text}")
    tmux("send-keys", "-t", SESSION, "q")
    stop(tmp, "second")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"ok: 3 verdicts from a tmux session; stale and resolved after editing the sources")


if __name__ == "__main__":
    try:
        main()
    finally:
        subprocess.run(["tmux", "-L", SESSION, "kill-server"], capture_output=True)
