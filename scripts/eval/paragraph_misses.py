#!/usr/bin/python3
"""Why paragraphs of a random corpus are not exact: one line per miss, and a
count per kind.

  paragraph_misses.py CORPUS_DIR [--variant clean|any] [--lang fr] [--cli PATH]
                      [--show N]

For each document of CORPUS_DIR (scripts/make-corpus --seed S) it runs
pdf2tei and sorts every true paragraph that is not found character for
character (after tei_text.norm) into one kind:
  merged    it is found inside a longer output paragraph (two true
            paragraphs run together, or furniture or a heading glued on);
  split     an output paragraph is a proper prefix of it (cut in two);
  text      the best-matching output paragraph differs in its characters
            (spacing, hyphens, punctuation, OCR);
  missing   nothing similar in the output.
Use it on development seeds (1-99) only: the held-out seeds are for figures.
"""
import argparse
import collections
import difflib
import json
import os
import subprocess
import sys
import tempfile

from tei_text import TeiText, norm

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def kind_of(truth, produced):
    """The kind of a miss, and the output paragraph it was judged against."""
    for p in produced:
        if truth in p:
            return "merged", p
    for p in produced:
        if len(p) >= 20 and truth.startswith(p):
            return "split", p
    best = max(produced, key=lambda p: difflib.SequenceMatcher(None, truth, p, autojunk=False).quick_ratio(),
               default="")
    ratio = difflib.SequenceMatcher(None, truth, best, autojunk=False).ratio() if best else 0.0
    return ("text" if ratio >= 0.8 else "missing"), best


def first_difference(a, b, width=30):
    """The neighbourhood of the first place a and b part."""
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return a[max(0, i - width):i + width], b[max(0, i - width):i + width]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--variant", default="clean", help="the variant to read, or 'any'")
    ap.add_argument("--lang", default=None)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "cli", "pdf2tei"))
    ap.add_argument("--show", type=int, default=1000, help="misses printed at most")
    args = ap.parse_args()
    kinds = collections.Counter()
    total = shown = 0
    with tempfile.TemporaryDirectory() as work:
        for row in json.load(open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8")):
            gt = json.load(open(os.path.join(args.corpus, row["name"] + ".json"), encoding="utf-8"))
            if args.variant not in ("any", gt["variant"]) or (args.lang and gt["language"] != args.lang):
                continue
            out = os.path.join(work, row["name"] + ".xml")
            pdf = os.path.join(args.corpus, row["name"] + ".pdf")
            subprocess.run([args.cli, "-q", pdf, "-o", out], capture_output=True)
            produced = TeiText(out).paragraphs if os.path.exists(out) else []
            have = collections.Counter(produced)
            for para in gt["paragraphs"]:
                truth = norm(para["text"])
                total += 1
                if have[truth] > 0:
                    have[truth] -= 1
                    continue
                kind, against = kind_of(truth, produced)
                kinds[kind] += 1
                if shown < args.show:
                    shown += 1
                    t, p = first_difference(truth, against)
                    print(f"{row['name']} [{gt['producer']}] {kind}\n  truth: {t!r}\n  out:   {p!r}")
    print(f"\n{total} paragraphs, {total - sum(kinds.values())} exact; misses: "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
