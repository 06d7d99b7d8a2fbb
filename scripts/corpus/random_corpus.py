#!/usr/bin/python3
"""The random corpus: UN-style documents drawn from a seed, in the six UN
languages, typeset by three real producers, each also in one damage
variant, with exact ground truth.

  random_corpus.py OUT_DIR --seed S --count N [--langs fr,en,...] [--jobs J]

For each language it draws N documents (draw.py). Each gives two files:
  LANG-S-III.born.pdf         as its producer made it (variant "clean", or
                              "ot1-accents" for pdfLaTeX with OT1 fonts)
  LANG-S-III.DAMAGE.pdf       one damage variant (damage.py), drawn in turn
                              from those its producer and length allow
and beside each PDF its ground truth (.json, the format of
tests/corpus/generated; plus "producer", "style", "seed"). A manifest.json
lists them all. The ground truth depends only on the seed (and on the
page count, which the producers fix): the same seed gives byte-identical
JSON.

With --endnotes it makes instead, for each drawn document with notes,
  LANG-S-III.endnotes.pdf     the same document with its notes collected at
                              the end (LaTeX's endnotes package, under the
                              language's "Notes" heading; LibreOffice's
                              endnotes), as UN reports set them
whose truth is the born file's (plus the heading LaTeX prints). With
--presentation-forms it makes, for each Arabic document,
  ar-S-III.presentation-forms.pdf  the same document typeset from its text
                              in presentation forms (presentation_forms.py),
                              so its ToUnicode maps give the forms, as many
                              Word and Acrobat PDFs do
whose truth is the born file's, in letters.

Seeds: 1-99 are development seeds (rules may be tuned on them); 1000 and
above are held out (scripts/evaluate reports them; nobody tunes on them).
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import damage  # noqa: E402
import producers  # noqa: E402
from draw import DAMAGE, LANGUAGES, damage_for, draw  # noqa: E402
from producers import page_count, run  # noqa: E402
from presentation_forms import shaped_document  # noqa: E402
from truth import truth_record  # noqa: E402

BORN = {"pdflatex-t1": "clean", "pdflatex-ot1": "ot1-accents", "xelatex": "clean", "libreoffice": "clean"}


def page_mark(style, p, n):
    return {"n/N": f"{p}/{n}", "- n -": f"- {p} -", "n": f"{p}"}[style]


def ground_truth(doc, variant, pages):
    """The truth of one file: the document's paragraphs, its notes, and the
    furniture and verdicts its variant gives each of its pages."""
    fu = doc["furniture"]
    furniture = [{"page": 1, "strings": [doc["job_first"]] + ([doc["barcode"]] if fu["barcode"] else [])}]
    furniture += [{"page": p, "strings": [doc["symbol"], doc["short_title"], page_mark(fu["page_mark"], p, pages),
                                          doc["job"]]} for p in range(2, pages + 1)]
    params = damage_params(doc, variant, pages)
    about = {"producer": doc["producer"], "seed": doc["seed"], "style": doc["style"], "furniture_style": fu,
             "damage": params}
    paragraphs = doc["paragraphs"]
    if variant == "endnotes" and doc["producer"] != "libreoffice":
        paragraphs = paragraphs + [("heading", LANGUAGES[doc["language"]]["notes_heading"])]  # \theendnotes prints it
    return truth_record(doc, variant, paragraphs, furniture, verdicts_for(variant, pages, params), about)


def damage_params(doc, variant, pages):
    """The damage's parameters, drawn from the document's damage seed (a
    pure function: the ground truth records them)."""
    rng = random.Random(doc["damage_seed"])
    L = LANGUAGES[doc["language"]]
    if variant in ("scan", "invisible-ocr", "mixed"):
        dpi = rng.choice([150, 200, 300, 300, 300, 400]) if variant == "scan" else 300
        skews = [round(rng.uniform(-1.2, 1.2), 2) for _ in range(4)]
        p = dict(dpi=dpi, noise=round(rng.uniform(0.1, 0.45), 2), blur=rng.choice([0, 0, 0.4, 0.8]),
                 skews=skews, quality=rng.choice([35, 50, 65, 80]), seed=rng.randrange(1000))
        if variant == "invisible-ocr":
            p["layer_lang"] = rng.choice([t for t in ("rus", "eng", "fra") if t != L["tesseract"]])
            p["layer_scale"] = rng.choice([25, 33.333, 50])
        elif variant == "mixed":
            p["page"] = rng.randint(2, pages)
        return p
    if variant == "scan-bw":
        return {"dpi": rng.choice([200, 300])}
    if variant == "partial":
        top = round(rng.uniform(0.3, 0.5), 2)
        return {"page": 2, "band": [top, round(top + 0.3, 2)], "seed": rng.randrange(1000)}
    return {}


def verdicts_for(variant, pages, params):
    if variant == "mixed":
        return ["none" if p == params["page"] else "text" for p in range(1, pages + 1)]
    if variant == "partial":
        return ["partial" if p == params["page"] else "text" for p in range(1, pages + 1)]
    return [DAMAGE.get(variant) or "text"] * pages


def make_damage(doc, variant, born, pages, work):
    """Writes the damaged PDF; returns its path, or None when the damage
    cannot be done to this file (a partial band with no text)."""
    L = LANGUAGES[doc["language"]]
    dst = os.path.join(work, variant + ".pdf")
    p = damage_params(doc, variant, pages)
    if variant == "garbled":
        damage.scramble_tounicode(born, dst, doc["id"], L["script"])
    elif variant == "glyph-ids":
        damage.remove_tounicode(born, dst)
    elif variant == "no-tounicode":
        tex = os.path.join(work, "t3", doc["id"] + ".tex")
        os.makedirs(os.path.dirname(tex), exist_ok=True)
        with open(tex, "w", encoding="utf-8") as f:
            f.write(producers.latex_source(doc, "pdflatex-ot1"))
        shutil.copy(damage.type3_bitmap_pdf(tex, os.path.dirname(tex)), dst)
    elif variant in ("scan", "invisible-ocr", "mixed"):
        scanned = os.path.join(work, "scanned-pages.pdf")
        jpgs = damage.scan(born, work, scanned, **{k: p[k] for k in ("dpi", "noise", "blur", "skews", "quality", "seed")})
        if variant == "scan":
            shutil.copy(scanned, dst)
        elif variant == "invisible-ocr":
            damage.invisible_ocr(scanned, jpgs, work, dst, scale=p["layer_scale"], lang=p["layer_lang"], dpi=p["dpi"])
        else:
            damage.mixed(born, scanned, dst, pages, p["page"])
    elif variant == "scan-bw":
        damage.scan_bw(born, work, dst, p["dpi"])
    elif variant == "partial":
        if not damage.partial(born, os.path.join(work, "partial"), dst, p["page"], tuple(p["band"]), p["seed"]):
            return None
    return dst


def choose_damage(doc, index, pages):
    """Damage variants in turn (index-th of a list shuffled by the seed), so
    every variant appears once a language has enough documents."""
    allowed = damage_for(doc["producer"], pages)
    if not doc["producer"].startswith("pdflatex") and "partial" in allowed:
        allowed.remove("partial")  # only pdfTeX's text operators are followed for sure
    order = sorted(DAMAGE)
    random.Random(f"{doc['seed']}/{doc['language']}").shuffle(order)
    for k in range(len(order)):
        v = order[(index + k) % len(order)]
        if v in allowed:
            return v
    return allowed[0]


def emit(out_dir, doc, variant, pdf, pages, manifest):
    name = f"{doc['id']}.{variant}"
    shutil.copy(pdf, os.path.join(out_dir, name + ".pdf"))
    gt = ground_truth(doc, variant, pages)
    with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=1)
        f.write("\n")
    manifest.append({"name": name, "language": doc["language"], "producer": doc["producer"], "variant": variant,
                     "pages": pages, "seed": doc["seed"]})


def made_before(doc, out_dir):
    """The manifest rows of a document whose two files a killed run left
    (with --resume), else None."""
    rows = []
    for name in sorted(os.listdir(out_dir)):
        if name.startswith(doc["id"] + ".") and name.endswith(".json") and os.path.exists(
                os.path.join(out_dir, name[:-5] + ".pdf")):
            gt = json.load(open(os.path.join(out_dir, name), encoding="utf-8"))
            rows.append({"name": name[:-5], "language": gt["language"], "producer": gt["producer"],
                         "variant": gt["variant"], "pages": len(gt["pages"]), "seed": gt["seed"]})
    return rows if len(rows) == 2 else None


def make_one(doc, index, out_dir, born_pdf=None):
    """Typesets (unless LibreOffice did it already), then damages, one
    document. Returns its manifest rows."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="pdf2tei-corpus-") as work:
        if born_pdf is None:
            engine = "xelatex" if doc["producer"] == "xelatex" else doc["producer"]
            born_pdf = producers.latex_pdf(doc, engine, work)
        pages = page_count(born_pdf)
        emit(out_dir, doc, BORN[doc["producer"]], born_pdf, pages, rows)
        variant = choose_damage(doc, index, pages)
        pdf = make_damage(doc, variant, born_pdf, pages, work)
        # The band found no text; or the document typeset again for its
        # Type 3 fonts broke its pages elsewhere (es-14-002: OT1's accents
        # moved a line over a page end), and the truth's pages would not be
        # its pages: fall back to a scan.
        if pdf is None or (variant == "no-tounicode" and page_count(pdf) != pages):
            variant = "scan"
            pdf = make_damage(doc, variant, born_pdf, pages, work)
        if page_count(pdf) != pages:
            raise SystemExit(f"make-corpus: {doc['id']}.{variant} has {page_count(pdf)} pages, not {pages}")
        emit(out_dir, doc, variant, pdf, pages, rows)
    print(f"{doc['id']}: {doc['producer']}, {pages} pages, {variant}", flush=True)
    return rows


def with_endnotes(doc):
    """The document set with its notes at the end."""
    return dict(doc, endnotes=True, notes_heading=LANGUAGES[doc["language"]]["notes_heading"])


# Variants of the born file, each made instead of the usual pair with its
# flag: which documents have one, and the document as its producer
# typesets it (the truth is the document's own).
BORN_VARIANTS = {
    "endnotes": (lambda d: bool(d["footnotes"]), with_endnotes),
    "presentation-forms": (lambda d: d["language"] == "ar", shaped_document),
}


def make_born_variant(variant, doc, typeset, out_dir, born_pdf=None):
    """One document's born variant (see the module's docstring)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="pdf2tei-corpus-") as work:
        if born_pdf is None:
            engine = "xelatex" if doc["producer"] == "xelatex" else doc["producer"]
            born_pdf = producers.latex_pdf(typeset, engine, work)
        emit(out_dir, doc, variant, born_pdf, page_count(born_pdf), rows)
    print(f"{doc['id']}: {doc['producer']}, {variant}", flush=True)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--langs", default="en,fr,es,ru,ar,zh")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", default=None, help="make only documents whose id is in this comma list")
    ap.add_argument("--resume", action="store_true", help="keep the documents a killed run finished")
    ap.add_argument("--endnotes", action="store_true",
                    help="make only the endnotes variant of each document with notes")
    ap.add_argument("--presentation-forms", action="store_true",
                    help="make only the presentation-forms variant of each Arabic document")
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    docs = [(draw(args.seed, lang, i), i) for lang in args.langs.split(",") for i in range(args.count)]
    if args.only:
        docs = [(d, i) for d, i in docs if d["id"] in args.only.split(",")]
    manifest = []
    born_variant = "endnotes" if args.endnotes else "presentation-forms" if args.presentation_forms else None
    typeset = {}  # id -> the document as its producer typesets it, when it differs
    if born_variant:
        has, make_typeset = BORN_VARIANTS[born_variant]
        docs = [(d, i) for d, i in docs if has(d)]
        typeset = {d["id"]: make_typeset(d) for d, _ in docs}
    if args.resume:
        kept = [(d, i, made_before(d, args.out_dir)) for d, i in docs]
        manifest = [r for _, _, rows in kept if rows for r in rows]
        docs = [(d, i) for d, i, rows in kept if not rows]
    # LibreOffice converts its documents in one run; the rest in parallel.
    office = [(d, i) for d, i in docs if d["producer"] == "libreoffice"]
    with tempfile.TemporaryDirectory(prefix="pdf2tei-lo-") as lo_work:
        born = producers.libreoffice_pdfs([typeset.get(d["id"], d) for d, _ in office], lo_work) if office else {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            make = (lambda d, i, pdf: make_born_variant(born_variant, d, typeset[d["id"]], args.out_dir, pdf)) \
                if born_variant else (lambda d, i, pdf: make_one(d, i, args.out_dir, pdf))
            futures = [pool.submit(make, d, i, born.get(d["id"])) for d, i in docs]
            for f in futures:
                manifest += f.result()
    manifest.sort(key=lambda r: r["name"])
    path = os.path.join(args.out_dir, "manifest.json")
    old = json.load(open(path)) if os.path.exists(path) else []
    merged = {r["name"]: r for r in old}
    merged.update({r["name"]: r for r in manifest})
    # A document made again may have drawn another variant: drop rows whose file is gone.
    merged = {k: r for k, r in merged.items() if os.path.exists(os.path.join(args.out_dir, k + ".pdf"))}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(sorted(merged.values(), key=lambda r: r["name"]), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
