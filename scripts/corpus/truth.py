"""The ground-truth record both corpora write (tests/corpus/generated and
the random corpus): the format scripts/eval/metrics.py reads."""
from markup import plain


def body_truth(paragraph_list):
    """Paragraphs in reading order, as read, with their note calls; a table
    is read as a paragraph a cell, row by row, and kept as rows too."""
    paragraphs, tables = [], []
    for kind, markup in paragraph_list:
        if kind == "table":
            tables.append({"rows": markup})
            paragraphs += [{"kind": "cell", "text": c, "notes": []} for row in markup for c in row]
            continue
        text, notes = plain(markup)
        paragraphs.append({"kind": kind, "text": text, "notes": [{"n": n, "offset": o} for n, o in notes]})
    return paragraphs, tables


def truth_record(doc, variant, paragraph_list, furniture, verdicts, about=None):
    """The record; `about` (producer, style, seed...) follows the language."""
    paragraphs, tables = body_truth(paragraph_list)
    return {
        "id": doc["id"], "variant": variant, "language": doc["language"], **(about or {}),
        "metadata": {k: doc[k] for k in ("symbol", "title", "date", "organ", "session", "agenda")},
        "masthead": [doc["un"], doc["symbol"], doc["organ"], doc["distribution"], doc["date_text"],
                     doc["session"], doc["agenda"], doc["adopted"]],
        "paragraphs": paragraphs,
        "tables": tables,
        "footnotes": [{"n": n, "text": plain(t)[0]} for n, t in sorted(doc["footnotes"].items())],
        "furniture": furniture,
        "pages": [{"n": p, "verdict": v} for p, v in enumerate(verdicts, 1)],
    }
