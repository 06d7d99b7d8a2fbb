#!/usr/bin/python3
"""Where the word errors against a UN Word original come from.

  word_errors.py NAME TEI     (NAME: A_80_590 or A_81_6_SECT10)

The strict word accuracy (1 - WER) counts a block read in another order
than the Word file keeps it at twice its length; the order-free accuracy
counts it once (metrics.order_free_word_error_rate). What the order-free
alignment leaves unmatched is split into:
  masthead   reference words that pdf2tei keeps in <front> (the title page:
             session, agenda item, title), which the scorer does not read;
  labels     list numbers pdf2tei reads from the page ("I.", "A.") where the
             Word text has none: Word generates them when it prints;
  other      the rest: the words themselves, or short runs read out of order
             (under metrics.MIN_MOVED_WORDS words).
Prints one report per file; the figures are for docs/quality.md."""
import os
import re
import sys
import xml.etree.ElementTree as ET


from metrics import order_free_alignment, order_free_word_error_rate, tokens, word_error_rate
from tei_text import TEI, TeiText

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GROUND_TRUTH = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "un-digital", "groundtruth")
LABEL = re.compile(r"^([IVXL]+|[A-Z]|\d{1,2})$")


def report(name, tei_path, ground_truth=GROUND_TRUTH):
    with open(f"{ground_truth}/{name}.body.txt", encoding="utf-8") as f:
        ref = tokens(f.read())
    hyp = tokens(TeiText(tei_path).body())
    front = ET.parse(tei_path).getroot().find(TEI + "text").find(TEI + "front")
    front_words = set(tokens(" ".join(front.itertext()))) if front is not None else set()
    strict = word_error_rate(ref, hyp) * len(ref)
    order_free = order_free_word_error_rate(ref, hyp) * len(ref)
    ref_left, hyp_left, moved_blocks = order_free_alignment(ref, hyp)
    moved = sum(moved_blocks)
    masthead = sum(1 for i, t in enumerate(ref) if ref_left[i] and t in front_words)
    labels = sum(1 for j, t in enumerate(hyp) if hyp_left[j] and LABEL.match(t))
    return (f"{name}: {len(ref)} reference words\n"
            f"  strict errors {strict:.0f} (1 - WER {1 - strict / len(ref):.4f}); "
            f"order-free errors {order_free:.0f} (accuracy {1 - order_free / len(ref):.4f})\n"
            f"  words in blocks read in another order: {moved}\n"
            f"  left unmatched: masthead (in <front>) {masthead}, list labels {labels}, "
            f"other reference words {sum(ref_left) - masthead}, other TEI words {sum(hyp_left) - labels}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(report(sys.argv[1], sys.argv[2]))
