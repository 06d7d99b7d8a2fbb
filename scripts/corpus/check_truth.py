#!/usr/bin/python3
"""Checks that a random corpus's ground truth is what its seed draws.

  check_truth.py DIR [--write]

For each file of DIR/manifest.json it draws the document again from its
seed, language and index, and rebuilds the ground truth with the file's
page count. Exit 1 if any JSON differs byte for byte (the generator has
drifted from the committed sample, or is not deterministic); --write
rewrites them instead.
"""
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from draw import draw  # noqa: E402
from producers import page_count  # noqa: E402
from random_corpus import ground_truth  # noqa: E402


def truth_bytes(gt):
    out = io.StringIO()
    json.dump(gt, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return out.getvalue().encode("utf-8")


def main():
    directory, write = sys.argv[1], "--write" in sys.argv[2:]
    rows = json.load(open(os.path.join(directory, "manifest.json"), encoding="utf-8"))
    differ = 0
    for row in rows:
        doc_id, variant = row["name"].split(".", 1)
        lang, seed, index = doc_id.split("-")
        doc = draw(int(seed), lang, int(index))
        pages = page_count(os.path.join(directory, row["name"] + ".pdf"))
        want = truth_bytes(ground_truth(doc, variant, pages))
        path = os.path.join(directory, row["name"] + ".json")
        have = open(path, "rb").read()
        if have != want:
            if write:
                open(path, "wb").write(want)
            else:
                differ += 1
                print(f"check_truth: {row['name']}: the ground truth differs from what seed {seed} draws")
    print(f"check_truth: {len(rows) - differ} of {len(rows)} ground truths match their seed")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
