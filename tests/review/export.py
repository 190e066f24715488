#!/usr/bin/env python3
"""`review export`: the reviewed findings as JSON, the confirmed ones as schema.org
ClaimReview, from a store filled by a line session and by `review mark`. Also: findings
dismissed in a store do not fail `compare --store --fail-on`.

usage: export.py CROSSCHECK_BINARY
"""
import json
import os
import re
import shutil

import common

DATE = re.compile(r"\d{4}-\d\d-\d\d")
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def check_claim_review(review, finding, note):
    common.check(review["@context"] == "https://schema.org", "@context")
    common.check(review["@type"] == "ClaimReview", "@type")
    common.check(review["identifier"] == finding["id"], "identifier")
    common.check(review["url"] == f"https://example.org/checks#{finding['id']}", "url")
    claimed = review["claimReviewed"]
    common.check(isinstance(claimed, str) and claimed.strip(), "claimReviewed is empty")
    rating = review["reviewRating"]
    common.check(rating["@type"] == "Rating" and rating["alternateName"].strip(),
                 f"reviewRating {rating}")
    common.check(review["author"] == {"@type": "Person", "name": "checker"}, "author")
    common.check(DATE.fullmatch(review["datePublished"]), "datePublished is not a date")
    common.check(note in review["reviewBody"], "the note is not in reviewBody")
    item = review["itemReviewed"]
    common.check(item["@type"] == "Claim", "itemReviewed is not a Claim")
    appearances = item["appearance"]
    common.check(len(appearances) == len(finding["evidence"]), "one appearance per evidence")
    for appearance, evidence in zip(appearances, finding["evidence"]):
        common.check(appearance["@type"] == "CreativeWork", "appearance type")
        common.check(appearance["text"] == evidence["text"], "appearance text is the sentence")
        common.check("headline" in appearance, "appearance headline (the seeds have titles)")
    if finding["type"] == "quote":
        common.check(item["author"]["@type"] == "Person" and item["author"]["name"] in claimed,
                     f"the quote's speaker: {item.get('author')} / {claimed}")


def main():
    tmp = common.workspace()
    store = os.path.join(tmp, "verdicts.db")
    findings = common.findings(tmp)
    common.check(len(findings) >= 3, "the test needs three findings")
    script = (f"goto {findings[0]['id']}\nconfirmed wording differs from the transcript\n"
              f"goto {findings[1]['id']}\ndismissed\n"
              f"goto {findings[2]['id']}\nneeds-source\ngoto {findings[2]['id']}\n"
              "confirmed second look: real\nquit\n")
    common.run(["review", "story", "--store", store, "--reviewer", "checker"], tmp, stdin=script)
    # A verdict given by a script, on a finding the store has never seen: no text to export.
    common.run(["review", "mark", "00000000000000aa", "confirmed", "--store", store], tmp)

    exported = json.loads(common.run(["review", "export", "--store", store], tmp).stdout)
    common.check(exported["schema"] == "crosscheck.review/1", "schema")
    entries = {e["finding"]: e for e in exported["reviewed"]}
    common.check(len(entries) == 4, f"{len(entries)} reviewed findings exported")
    common.check(list(entries) == sorted(entries), "entries are not ordered by id")
    first = entries[findings[0]["id"]]
    common.check(first["verdict"] == "confirmed" and first["reviewer"] == "checker", "verdict")
    common.check(TIME.fullmatch(first["at"]), f"at: {first['at']}")
    common.check("state" not in first, "state without the story's paths")
    common.check(first["as_reviewed"]["summary"] == findings[0]["summary"], "summary kept")
    third = entries[findings[2]["id"]]
    common.check([h["verdict"] for h in third["history"]] == ["needs-source", "confirmed"],
                 f"history {third['history']}")
    common.check(entries["00000000000000aa"]["as_reviewed"] is None, "unknown finding text")

    with_paths = json.loads(common.run(["review", "export", "story", "--store", store], tmp).stdout)
    states = {e["finding"]: e["state"] for e in with_paths["reviewed"]}
    common.check(states[findings[0]["id"]] == "current", f"states {states}")
    common.check(states["00000000000000aa"] == "resolved", f"states {states}")

    result = common.run(["review", "export", "--format", "claimreview", "--store", store,
                         "--url", "https://example.org/checks", "-o", "reviews.jsonld"], tmp)
    common.check("left out 1" in result.stderr, f"stderr: {result.stderr}")
    with open(os.path.join(tmp, "reviews.jsonld"), encoding="utf-8") as f:
        reviews = json.load(f)
    common.check([r["identifier"] for r in reviews] == sorted([findings[0]["id"],
                                                               findings[2]["id"]]),
                 f"ClaimReviews for {[r['identifier'] for r in reviews]}")
    by_id = {f["id"]: f for f in findings}
    notes = {findings[0]["id"]: "wording differs from the transcript",
             findings[2]["id"]: "second look: real"}
    for review in reviews:
        check_claim_review(review, by_id[review["identifier"]], notes[review["identifier"]])

    # Dismissed findings do not fail a comparison run against the store.
    gate = os.path.join(tmp, "gate.db")
    for finding in findings:
        common.run(["review", "mark", finding["id"], "dismissed", "story", "--store", gate], tmp)
    plain = common.run(["compare", "story", "--fail-on", "divergence", "-q"], tmp, check_exit=False)
    common.check(plain.returncode == 1, f"compare without the store exits {plain.returncode}")
    common.run(["compare", "story", "--fail-on", "divergence", "--store", gate], tmp)

    missing = common.run(["review", "export", "--store", "nowhere.db"], tmp, check_exit=False)
    common.check(missing.returncode == 2 and "no review store" in missing.stderr,
                 f"a missing store: exit {missing.returncode} {missing.stderr}")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"ok: JSON export of 4 verdicts, {len(reviews)} ClaimReviews well-formed")


if __name__ == "__main__":
    main()
