#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpus (tests/fuzz/corpus/<target>/) from files in the repo.

usage: tests/fuzz/make_seeds.py

The seeds are committed; rerun this after adding examples here and review the diff. Input
layouts are those of the targets (tests/fuzz/fuzz_*.cpp): ingest takes a format byte and a
file; rules a bundle of files ("--- path" lines); pipeline a format byte and two files
separated by a "-----" line.
"""
import hashlib
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")
FORMATS = {".txt": 0, ".md": 1, ".html": 2, ".json": 3, ".jsonl": 4}
LIMIT = 8192  # seeds stay small: the fuzzer mutates them faster

# Small examples of each format, beside what the repo's files already show.
EXAMPLES = {
    ".md": [
        b"---\ntitle: Talks end\noutlet: Wire\npublished: 2025-08-18\n---\n# Talks end\n\n"
        b"\xe2\x80\x9cWe will not cede land,\xe2\x80\x9d Zelensky said on *Monday*.\n\n"
        b"- [a link](http://example.com) and `code`\n",
        b"---\ntitle: [unclosed\n---\nBody\n",
        b"Title\n=====\n\n> quoted \"text\"\n\n```\nfenced\n```\n",
    ],
    ".html": [
        b"<html><head><title>T</title><meta property=\"og:site_name\" content=\"Wire\">"
        b"</head><body><nav>menu</nav><article><h1>Head</h1><p>\xe2\x80\x9cNo,\xe2\x80\x9d "
        b"she said.</p><script>alert(1)</script><p>Two &amp; three &#8220;x&#8221;</p>"
        b"</article></body></html>",
        b"<p>unclosed <b>bold <i>italic<p>next<!-- comment --><style>p{}</style>",
        b"<div><![CDATA[x]]><p>a<br>b</p></div>",
    ],
    ".json": [
        b'{"headline": "Talks", "body_text": "\\u201cNo,\\u201d she said.", '
        b'"versioncreated": "2025-08-18T10:00:00Z"}',
        b'{"headlines": [{"role": "main", "value": "Talks"}], "bodies": [{"contentType": '
        b'"text/plain", "value": "Line one.\\nLine two."}]}',
        b'{"title": "T", "body": "B", "outlet": "O", "url": "http://x", "published": "2025-01-01"}',
        b'{"body_html": "<p>Para <b>one</b></p><p>two</p>"}',
        b"[" * 64 + b"]" * 64,
    ],
    ".jsonl": [
        b'{"title": "A", "body": "First article."}\n\n{"title": "B", "body": "Second."}\n',
        b'{"title": "A", "body": "ok"}\n{broken\n',
    ],
    ".txt": [
        b"Title line\r\n\r\nA paragraph with \xe2\x80\x9ca quote\xe2\x80\x9d, Merz said.\r\n",
        b"\xef\xbb\xbfBOM first\n",
        b"\xe2\x80\x9cnever closed quote, she said\n",
    ],
}

PAIRS = [
    (b"\xe2\x80\x9cThe ceasefire is unnecessary,\xe2\x80\x9d Trump said on Monday.\n",
     b"\xe2\x80\x9cThe ceasefire is pointless,\xe2\x80\x9d Trump said on Monday.\n"),
    (b"\xe2\x80\x9cWe will not cede territory,\xe2\x80\x9d said Zelensky.\n"
     b"German Chancellor Friedrich Merz said: \xe2\x80\x9cWe need a ceasefire.\xe2\x80\x9d\n",
     b"\xe2\x80\x9cWe will cede territory,\xe2\x80\x9d said Zelenskyy.\n"
     b"Merz said: \xe2\x80\x9cWe need a ceasefire now.\xe2\x80\x9d\n"),
    (b"`` We appreciate your respect , '' the actress 's rep Jack Ketsoyan told People .\n",
     b"`` We appreciate your respect , '' her rep Jack Ketsoyan said .\n"),
]


def write(target, content):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(content).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(content)


def repo_files(*folders):
    for folder in folders:
        for base, dirs, files in os.walk(os.path.join(ROOT, folder)):
            dirs.sort()
            for name in sorted(files):
                yield os.path.join(base, name)


def ingest_seeds():
    for path in repo_files("seeds", "tests/hostile", "tests/cases"):
        extension = os.path.splitext(path)[1].lower()
        if extension in FORMATS and "/rules/" not in path:
            with open(path, "rb") as f:
                write("ingest", bytes([FORMATS[extension]]) + f.read(LIMIT))
    for extension, examples in EXAMPLES.items():
        for example in examples:
            write("ingest", bytes([FORMATS[extension]]) + example)


def bundle(folder):
    parts = []
    for path in repo_files(folder):
        if path.endswith((".yaml", ".tsv", ".txt", ".test")):
            with open(path, "rb") as f:
                relative = os.path.relpath(path, os.path.join(ROOT, folder))
                parts.append(b"--- " + relative.encode() + b"\n" + f.read())
    return b"".join(parts)


def rules_seeds():
    write("rules", bundle("rules"))
    write("rules", bundle("tests/cases/broken-rule/rules"))
    with open(os.path.join(ROOT, "rules", "common", "common.yaml"), "rb") as f:
        common = b"--- common/common.yaml\n" + f.read()
    small = (b"--- p/p.yaml\npack: p\npatterns:\n  word: '[A-Z]\\w+'\nrules:\n"
             b"  - id: p.one\n    description: one\n    pattern: '(?P<name>%{word}) said'\n"
             b"--- p/p.test\n# story: a\n# expect: p.one\nMerz said it.\n# story: b\n"
             b"# ok: p.one\nnobody said it.\n")
    write("rules", common + small)
    write("rules", small.replace(b"[A-Z]\\w+", b"(a+)+$"))
    write("rules", small.replace(b"[A-Z]\\w+", b"(?<=x)[[:bogus:]"))
    write("rules", small.replace(b"%{word}", b"%{missing}"))
    write("rules", small + b"--- p/words.tsv\n# comment\nsaid\tsay\ntold\n")


def pipeline_seeds():
    for first, second in PAIRS:
        for formats in (0, 1 * 5 + 0, 2, 3 * 5 + 1):
            write("pipeline", bytes([formats]) + first + b"\n-----\n" + second)
    seeds = sorted(repo_files("seeds"))
    for a, b in zip(seeds, seeds[1:]):
        with open(a, "rb") as f, open(b, "rb") as g:
            write("pipeline", b"\x00" + f.read(LIMIT // 2) + b"\n-----\n" + g.read(LIMIT // 2))


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)
    ingest_seeds()
    rules_seeds()
    pipeline_seeds()
    for target in sorted(os.listdir(CORPUS)):
        print(f"{target}: {len(os.listdir(os.path.join(CORPUS, target)))} seeds")


if __name__ == "__main__":
    main()
