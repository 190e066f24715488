#!/usr/bin/env python3
"""Builds a benchmark corpus of .txt articles from the ECB+ news clusters.

usage: make_corpus.py --source ECBPLUS_JSONL --rules RULES_DIR --out DIR
                      (--documents N | --megabytes M)

Copy 0 is the 982 real ECB+ articles. Every further copy is a synthetic replica of the
whole corpus, made distinct the way two different events of the same kind differ: every
rare word (in at most 5% of the articles: names, places, topic words) that no rule file
mentions is replaced, consistently across the copy, by an invented word unique to that copy
and word (capitalisation and length kept). Common words, quote marks, cue verbs, titles,
stopwords, numbers and sentence shapes stay, so extraction finds the same kinds of claims
at the same rate and copies still share the everyday vocabulary of news. Documents are
shuffled (fixed seed) and written as DIR/docs/NNNNNN.txt; DIR/truth.tsv names each file's
event cluster and copy. The same arguments always give the same bytes.
"""
import argparse
import json
import os
import random
import re
import sys

WORD = re.compile(r"[A-Za-z]+")
VERSION = "4"  # bump when the output for the same arguments changes


def protected_words(rules_dir):
    """Every word a rule, list or table mentions (tests aside): replacing one would change
    what the rules match."""
    words = set()
    for folder, _, files in os.walk(rules_dir):
        for name in files:
            if name.endswith((".txt", ".tsv", ".yaml")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    words.update(w.lower() for w in WORD.findall(f.read()))
    return words


SYLLABLES = [c + v for c in "bdfghklmnprstvz" for v in "aeiou"]


def invented(word, copy):
    """A pronounceable word of about the same length, fixed for (word, copy)."""
    rng = random.Random(f"{copy}:{word}")
    out = ""
    while len(out) < max(3, len(word)):
        out += rng.choice(SYLLABLES)
    return out[:max(3, len(word))]


def vocabulary_map(document_frequency, documents, protected, copy):
    """Rare words (in at most 5% of the documents) -> words invented for this copy."""
    limit = max(2, documents // 20)
    return {w: invented(w, copy) for w, df in document_frequency.items()
            if df <= limit and len(w) >= 3 and w not in protected}


def apply_case(model, word):
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[0].isupper():
        return word[0].upper() + word[1:]
    return word


def perturb(text, mapping):
    def replace(match):
        token = match.group(0)
        target = mapping.get(token.lower())
        return apply_case(token, target) if target else token
    return WORD.sub(replace, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--out", required=True)
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--documents", type=int)
    size.add_argument("--megabytes", type=float)
    args = parser.parse_args()

    with open(args.source, encoding="utf-8") as f:
        originals = [json.loads(line) for line in f if line.strip()]
    stamp = os.path.join(args.out, "STAMP")
    wanted = json.dumps([VERSION, args.documents, args.megabytes, len(originals)])
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        return  # already built with these arguments
    corpus_bytes = sum(len(d["text"].encode()) + 1 for d in originals)
    if args.documents:
        count = args.documents
    else:
        copies = max(1, -(-int(args.megabytes * 1e6) // corpus_bytes))
        count = copies * len(originals)
    copies = -(-count // len(originals))

    document_frequency = {}
    for d in originals:
        for w in set(w.lower() for w in WORD.findall(d["text"])):
            document_frequency[w] = document_frequency.get(w, 0) + 1
    protected = protected_words(args.rules)

    order = list(range(count))
    random.Random("order").shuffle(order)
    docs_dir = os.path.join(args.out, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    for name in os.listdir(docs_dir):
        os.remove(os.path.join(docs_dir, name))
    truth = []
    for copy in range(copies):
        mapping = (vocabulary_map(document_frequency, len(originals), protected, copy)
                   if copy else {})
        for i, d in enumerate(originals):
            n = copy * len(originals) + i
            if n >= count:
                break
            name = f"{order[n]:06d}.txt"
            text = perturb(d["text"], mapping) if mapping else d["text"]
            with open(os.path.join(docs_dir, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            truth.append((name, d["cluster_id"], copy))
    truth.sort()
    with open(os.path.join(args.out, "truth.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tcluster\tcopy\n")
        for name, cluster, copy in truth:
            f.write(f"{name}\t{cluster}\t{copy}\n")
    with open(stamp, "w") as f:
        f.write(wanted)
    print(f"make_corpus: {count} documents in {docs_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
