#!/usr/bin/python3
"""Scores TEI from pdf2tei and from the anchor tools against ground truth.

  evaluate.py [--subset ci] [--systems pdf2tei,pdftotext,ocrmypdf,tesseract]
              [--json OUT] [--markdown OUT] [--check T.json] [--update T.json]

Corpora: the generated corpus (tests/corpus/generated, exact JSON truth), the
Word originals of ../shared/corpus/un-digital/groundtruth, and the OCR truth
of ../shared/corpus/ocr-gt (ALTO and txt). Systems: pdf2tei; pdftotext, and
OCRmyPDF (--skip-text) followed by pdftotext, and the bare tesseract CLI on
each page rendered at 300 dpi (the floor issue 17 sets for scans), each
wrapped as minimal TEI.
--subset ci: generated + un-digital + ocr-gt with pdf2tei and pdftotext
(no OCRmyPDF): what CI ratchets.
--check fails (exit 1) when a pdf2tei figure is worse than its threshold;
--update tightens the thresholds to the current figures, never loosens them.
"""
import argparse
import collections
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import metrics  # noqa: E402
from tei_text import TEI, TeiText  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
TESS_LANG = {"fr": "fra", "en": "eng", "es": "spa", "ru": "rus", "ar": "ara", "zh": "chi_sim"}
LOWER_IS_BETTER = {"body_cer", "furniture_leaks", "residual_splits", "kept_linebreak_hyphens", "joined_compounds",
                   "footnotes.cer", "cer"}


# ------------------------------------------------------------ systems

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def minimal_tei(text, path):
    """pdftotext output as the simplest TEI: pages at form feeds, paragraphs
    at blank lines, lines of a paragraph joined by a space. Characters XML
    forbids are dropped (pdftotext passes control codes through), as any
    user wrapping it would have to."""
    text = XML_FORBIDDEN.sub("", text)  # keeps \f (0x0C), split on below
    ET.register_namespace("", TEI[1:-1])
    root = ET.Element(TEI + "TEI")
    header = ET.SubElement(root, TEI + "teiHeader")
    fd = ET.SubElement(header, TEI + "fileDesc")
    ET.SubElement(ET.SubElement(fd, TEI + "titleStmt"), TEI + "title").text = os.path.basename(path)
    ET.SubElement(ET.SubElement(fd, TEI + "publicationStmt"), TEI + "p").text = "Anchor: pdftotext"
    ET.SubElement(ET.SubElement(fd, TEI + "sourceDesc"), TEI + "p").text = "Anchor row for scripts/evaluate"
    body = ET.SubElement(ET.SubElement(root, TEI + "text"), TEI + "body")
    for n, page in enumerate(text.split("\f")[:-1] or [text], 1):
        ET.SubElement(body, TEI + "pb", n=str(n))
        for para in re.split(r"\n\s*\n", page):
            line = " ".join(l.strip() for l in para.splitlines() if l.strip())
            if line:
                ET.SubElement(body, TEI + "p").text = line
    if not body.findall(TEI + "p"):
        ET.SubElement(body, TEI + "p")
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def pdftotext_tei(pdf, out):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True)
    minimal_tei(r.stdout.decode("utf-8", "replace"), out)
    return True


def pdf2tei_tei(pdf, out, cli, extra=()):
    r = subprocess.run([cli, "-q", *extra, pdf, "-o", out], capture_output=True)
    return r.returncode in (0, 3)


def anchor_cache(pdf, lang):
    """Where OCRmyPDF's TEI for this PDF is kept between runs: the anchor
    does not change while pdf2tei does, and it is the slowest system to run
    (minutes a scan). Keyed by the PDF's bytes, the language and OCRmyPDF's
    version; $PDF2TEI_CACHE/eval-anchors. PDF2TEI_NO_ANCHOR_CACHE=1 runs it afresh."""
    if os.environ.get("PDF2TEI_NO_ANCHOR_CACHE"):
        return None
    global _OCRMYPDF_VERSION
    if _OCRMYPDF_VERSION is None:
        r = subprocess.run(["ocrmypdf", "--version"], capture_output=True, text=True)
        _OCRMYPDF_VERSION = r.stdout.strip() or "unknown"
    digest = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    base = os.environ.get("PDF2TEI_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "pdf2tei")
    return os.path.join(base, "eval-anchors", f"ocrmypdf-{_OCRMYPDF_VERSION}", f"{digest}.{lang}.xml")


_OCRMYPDF_VERSION = None


def ocrmypdf_tei(pdf, out, lang, work):
    cached = anchor_cache(pdf, lang)
    if cached and os.path.exists(cached):
        shutil.copy(cached, out)
        return True
    ocred = os.path.join(work, os.path.basename(out) + ".ocr.pdf")
    r = subprocess.run(["ocrmypdf", "-q", "--skip-text", "-l", TESS_LANG.get(lang, "eng"), "--output-type", "pdf",
                        pdf, ocred], capture_output=True)
    if r.returncode not in (0, 10):  # 10: PDF/A conversion warning
        return False
    ok = pdftotext_tei(ocred, out)
    if ok and cached:
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        shutil.copy(out, cached)
    return ok


def tesseract_tei(pdf, out, lang, work):
    """The bare tesseract CLI with the right model, as a user without
    pdf2tei would run it: every page rendered at 300 dpi in grey
    (pdftoppm), read with `tesseract PAGE - -l LANG`, pages joined by form
    feeds. Whatever the page holds (a text layer or a scan) is read by OCR."""
    stem = os.path.join(work, os.path.basename(out) + ".page")
    r = subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", pdf, stem], capture_output=True)
    if r.returncode != 0:
        return False
    pages = []
    for png in sorted(glob.glob(stem + "*.png")):
        t = subprocess.run(["tesseract", png, "-", "-l", TESS_LANG.get(lang, "eng")], capture_output=True)
        os.remove(png)
        if t.returncode != 0:
            return False
        pages.append(t.stdout.decode("utf-8", "replace"))
    minimal_tei("\f".join(pages) + "\f", out)
    return True


# ------------------------------------------------------------ corpora

def generated_items(subset):
    for js in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "generated", "*.json"))):
        gt = json.load(open(js, encoding="utf-8"))
        yield {"group": f"generated/{gt['variant']}", "name": os.path.basename(js)[:-5],
               "pdf": js[:-5] + ".pdf", "lang": gt["language"], "kind": "generated", "gt": gt}


def read_lines(path):
    return open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []


MARKED_NOTE = re.compile(r"^\s*(?:\*{1,3}|†|‡)\t(.*)$")


def un_digital_items(subset):
    gt_dir = os.path.join(SHARED, "corpus", "un-digital", "groundtruth")
    for body in sorted(glob.glob(os.path.join(gt_dir, "*.body.txt"))):
        name = os.path.basename(body)[:-len(".body.txt")]
        furniture = [s for l in read_lines(os.path.join(gt_dir, name + ".headers_footers.txt"))
                     if not l.startswith("#") for s in re.split(r"\s{2,}|\t", l.strip()) if s]
        # The first page's notes marked "*", "**" are text frames in the
        # Word original, dumped with its body ("*<tab>The present document
        # …"): they are notes, at their calls in the PDF and in the TEI.
        body_lines, marked_notes = [], []
        for line in read_lines(body):
            m = MARKED_NOTE.match(line)
            (marked_notes if m else body_lines).append(m.group(1) if m else line)
        yield {"group": "un-digital", "name": name, "pdf": os.path.join(gt_dir, "..", name + ".pdf"), "lang": "en",
               "kind": "word", "body": "\n".join(body_lines) + "\n",
               "notes": read_lines(os.path.join(gt_dir, name + ".footnotes.txt")) + marked_notes,
               "furniture": furniture}


def alto_text(path):
    ns = {"a": "http://www.loc.gov/standards/alto/ns-v4#"}
    root = ET.parse(path).getroot()
    lines = []
    for line in root.iter("{%s}TextLine" % ns["a"]):
        words = [s.get("CONTENT", "") for s in line.iter("{%s}String" % ns["a"])]
        lines.append(" ".join(words))
    return "\n".join(lines)


def random_items(directory, family):
    """A random corpus (scripts/make-corpus --seed): one item a file, in the
    group of its language; its variant and producer ride along for the
    tables by variant."""
    manifest = os.path.join(directory, "manifest.json")
    if not os.path.exists(manifest):
        raise SystemExit(f"evaluate: no random corpus in {directory} (make it with scripts/make-corpus --seed S)")
    for row in json.load(open(manifest, encoding="utf-8")):
        js = os.path.join(directory, row["name"] + ".json")
        gt = json.load(open(js, encoding="utf-8"))
        yield {"group": f"{family}/{gt['language']}", "also": [f"{family}-variant/{gt['variant']}",
                                                               f"{family}-producer/{gt['producer']}"],
               "name": row["name"], "pdf": js[:-5] + ".pdf", "lang": gt["language"], "kind": "generated", "gt": gt}


def multilingual_items(subset):
    """Hand-labelled paragraphs of a real UN report, in English and French."""
    base = os.path.join(SHARED, "corpus", "un-multilingual")
    for gt in sorted(glob.glob(os.path.join(base, "*.gt.txt"))):
        name = os.path.basename(gt)[:-len(".gt.txt")]
        paras = re.split(r"\n\s*\n", open(gt, encoding="utf-8").read())
        yield {"group": "un-multilingual", "name": name, "pdf": os.path.join(base, name + ".pdf"),
               "lang": name.rsplit("_", 1)[-1], "kind": "paragraphs", "paragraphs": paras}


def scanned_items(subset):
    """Real scans with typed text (un-scanned/*.gt.txt)."""
    base = os.path.join(SHARED, "corpus", "un-scanned")
    for gt in sorted(glob.glob(os.path.join(base, "*.gt.txt"))):
        name = os.path.basename(gt)[:-len(".gt.txt")]
        yield {"group": "un-scanned", "name": name, "pdf": os.path.join(base, name + ".pdf"),
               "lang": "en" if name.endswith("-EN") else "fr", "kind": "ocr",
               "text": open(gt, encoding="utf-8").read()}


def ocr_items(work):
    base = os.path.join(SHARED, "corpus", "ocr-gt")
    pairs = [("tesseract/eurotext.tif", "tesseract/eurotext.txt", "en"),
             ("tesseract/phototest.tif", "tesseract/phototest.gold.txt", "en"),
             ("tesseract/8071_093.3B.tif", "tesseract/8071_093.3B.txt", "en")]
    for img in sorted(glob.glob(os.path.join(base, "tapuscorpus", "*.jpg"))):
        pairs.append((os.path.relpath(img, base), os.path.relpath(img[:-4] + ".xml", base), "fr"))
    for img, truth, lang in pairs:
        src, ref = os.path.join(base, img), os.path.join(base, truth)
        if not (os.path.exists(src) and os.path.exists(ref)):
            continue
        pdf = os.path.join(work, re.sub(r"[^\w.-]", "_", img) + ".pdf")
        r = subprocess.run(["img2pdf", "--nodate", "-o", pdf, src], capture_output=True)
        if r.returncode != 0:
            continue
        text = alto_text(ref) if ref.endswith(".xml") else open(ref, encoding="utf-8").read()
        yield {"group": "ocr-gt", "name": os.path.basename(img), "pdf": pdf, "lang": lang, "kind": "ocr", "text": text}


# ------------------------------------------------------------ scoring

def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(flatten(v, prefix + k + "."))
        else:
            out[prefix + k] = v
    return out


def jing_invalid(schema, files):
    files = [f for f in files if os.path.exists(f)]
    if not files:
        return set()
    r = subprocess.run(["jing", schema] + files, capture_output=True, text=True)
    return {line.split(":", 1)[0] for line in r.stdout.splitlines() if ":" in line}


def score(item, tei_path, produced):
    if not produced or not os.path.exists(tei_path):
        tei = None
    else:
        try:
            tei = TeiText(tei_path)
        except ET.ParseError:
            tei = None
    if tei is None:
        tei = TeiText.__new__(TeiText)
        tei.paragraphs, tei.notes, tei.verdicts, tei.tables, tei.front = [], [], [], [], []
    if item["kind"] == "generated":
        return flatten(metrics.score_generated(item["gt"], tei))
    if item["kind"] == "word":
        return flatten(metrics.score_word_original(item["body"], item["notes"], item["furniture"], tei))
    if item["kind"] == "paragraphs":
        return flatten(metrics.score_paragraphs(item["paragraphs"], tei))
    return flatten(metrics.score_ocr(item["text"], tei))


def aggregate(results):
    """Per group and system: each metric's mean, and as "worst.METRIC" its
    worst file (the highest of a lower-is-better metric, else the lowest),
    and "files", the number of files."""
    groups = collections.defaultdict(lambda: collections.defaultdict(list))
    for r in results:
        for group in [r["group"]] + r.get("also", []):
            groups[(group, r["system"])]["files"].append(1.0)
            for k, v in r["metrics"].items():
                if isinstance(v, (int, float)):
                    groups[(group, r["system"])][k].append(float(v))
    out = {}
    for (g, s), m in sorted(groups.items()):
        agg = {"files": float(len(m.pop("files")))}
        for k, v in m.items():
            agg[k] = sum(v) / len(v)
            agg["worst." + k] = max(v) if k in LOWER_IS_BETTER else min(v)
        out[f"{g}|{s}"] = agg
    return out


# ------------------------------------------------------------ report

COLUMNS = {
    "generated": [("body_cer", "body CER", "{:.3f}"), ("paragraphs_exact", "exact ¶", "{:.2f}"),
                  ("word_recall", "word recall", "{:.3f}"), ("footnotes.found", "notes found", "{:.2f}"),
                  ("footnotes.anchored", "notes anchored", "{:.2f}"), ("furniture_leaks", "furniture leaks", "{:.1f}"),
                  ("residual_splits", "xx- yy", "{:.1f}"), ("kept_linebreak_hyphens", "kept hyphens", "{:.1f}"),
                  ("joined_compounds", "joined compounds", "{:.1f}"), ("ligature_words", "ligature words", "{:.2f}"),
                  ("table_cells", "table cells", "{:.2f}"), ("triage", "triage", "{:.2f}"),
                  ("valid", "valid TEI", "{:.2f}")],
    "un-digital": [("word_recall", "word recall", "{:.4f}"), ("word_accuracy", "word accuracy", "{:.4f}"),
                   ("word_accuracy_order_free", "word accuracy, order-free", "{:.4f}"),
                   ("footnotes_found", "notes found", "{:.2f}"), ("furniture_leaks", "furniture leaks", "{:.1f}"),
                   ("valid", "valid TEI", "{:.2f}")],
    "ocr-gt": [("cer", "CER", "{:.3f}"), ("word_recall", "word recall", "{:.3f}"), ("valid", "valid TEI", "{:.2f}")],
    "un-multilingual": [("paragraphs_exact", "exact ¶", "{:.3f}"), ("paragraphs_similar", "¶ ≥ 95% similar", "{:.3f}"),
                        ("word_recall", "word recall", "{:.4f}"), ("valid", "valid TEI", "{:.2f}")],
    "un-scanned": [("cer", "CER", "{:.3f}"), ("word_recall", "word recall", "{:.3f}"), ("valid", "valid TEI", "{:.2f}")],
}
# The random corpora: mean and worst file of each group.
RANDOM_COLUMNS = [("body_cer", "body CER", "{:.3f}"), ("paragraphs_exact", "exact ¶", "{:.2f}"),
                  ("word_recall", "word recall", "{:.3f}"), ("footnotes.found", "notes found", "{:.2f}"),
                  ("footnotes.anchored", "notes anchored", "{:.2f}"), ("furniture_leaks", "furniture leaks", "{:.1f}"),
                  ("triage", "triage", "{:.2f}"), ("header.symbol", "symbol in header", "{:.2f}"),
                  ("header.title", "title in header", "{:.2f}"), ("valid", "valid TEI", "{:.2f}")]
RANDOM_FAMILIES = ["random-ci", "random-ci-variant", "heldout", "heldout-variant", "heldout-producer", "dev",
                   "dev-variant"]


def table(agg, family, heading, cols, cell, files=False):
    """One markdown table: a row per group and system of the family."""
    keys = [k for k in agg if k.split("|")[0].split("/")[0] == family]
    if not keys:
        return []
    out = [f"\n### {heading}\n",
           "| group | system | " + ("files | " if files else "") + " | ".join(c[1] for c in cols) + " |",
           "|---|---|" + ("---:|" if files else "") + "---:|" * len(cols)]
    for k in keys:
        group, system = k.split("|")
        count = f"{agg[k]['files']:.0f} | " if files else ""
        out.append(f"| {group} | {system} | " + count + " | ".join(cell(agg[k], c) for c in cols) + " |")
    return out


def mean_cell(m, col):
    key, _, fmt = col
    return "–" if m.get(key) is None else fmt.format(m[key])


def mean_and_worst_cell(m, col):
    key, _, fmt = col
    return "–" if m.get(key) is None else f"{fmt.format(m[key])} ({fmt.format(m['worst.' + key])})"


def markdown(agg):
    out = []
    for family, cols in COLUMNS.items():
        out += table(agg, family, family, cols, mean_cell)
    for family in RANDOM_FAMILIES:
        out += table(agg, family, f"{family}: mean (worst file)", RANDOM_COLUMNS, mean_and_worst_cell, files=True)
    return "\n".join(out) + "\n"


def check(agg, thresholds):
    failures = []
    for key, limits in thresholds.items():
        got = agg.get(key, {})
        for metric, limit in limits.items():
            v = got.get(metric)
            if v is None:
                failures.append(f"{key} {metric}: not measured (threshold {limit})")
            elif metric.removeprefix("worst.") in LOWER_IS_BETTER and v > limit + 1e-9:
                failures.append(f"{key} {metric}: {v:.4f} > {limit:.4f}")
            elif metric.removeprefix("worst.") not in LOWER_IS_BETTER and v < limit - 1e-9:
                failures.append(f"{key} {metric}: {v:.4f} < {limit:.4f}")
    return failures


# What the ratchet tracks. Counts of defects (leaks, hyphen errors) are zero
# on pages with no readable text yet, and would "regress" the day OCR reads
# them, so they are tracked only where a text layer exists.
TRACKED_EVERYWHERE = {"body_cer", "word_recall", "paragraphs_exact", "valid", "triage", "footnotes.found",
                      "footnotes.anchored", "word_accuracy", "word_accuracy_order_free", "footnotes_found", "cer"}
TRACKED_WITH_TEXT = {"furniture_leaks", "residual_splits", "kept_linebreak_hyphens", "joined_compounds",
                     "ligature_words", "table_cells"}
TEXT_GROUPS = {"generated/clean", "generated/ot1-accents", "un-digital"}


def tracked(group, metric):
    """The random CI sample is tracked by language (mean and worst file);
    its by-variant and by-producer slices would count each file twice."""
    if group.startswith("random-ci-"):
        return False
    metric = metric[len("worst."):] if metric.startswith("worst.") else metric
    return metric in TRACKED_EVERYWHERE or (metric in TRACKED_WITH_TEXT and group in TEXT_GROUPS)


def update(agg, thresholds):
    """Tightens: a threshold moves only towards better figures."""
    new = {k: dict(v) for k, v in thresholds.items()}
    for key, m in agg.items():
        if not key.endswith("|pdf2tei"):
            continue
        for metric, v in m.items():
            if not tracked(key.split("|")[0], metric):
                continue
            slot = new.setdefault(key, {})
            old = slot.get(metric)
            if metric.removeprefix("worst.") in LOWER_IS_BETTER:
                slot[metric] = v if old is None else min(old, v)
            else:
                slot[metric] = v if old is None else max(old, v)
    return new


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subset", choices=["ci", "all"], default="all")
    ap.add_argument("--systems", default=None)
    ap.add_argument("--pdf2tei-args", default="", help="extra pdf2tei options, e.g. '--binarize sauvola'")
    ap.add_argument("--label", default="pdf2tei", help="the pdf2tei row's name in the tables")
    ap.add_argument("--only", default=None, help="score only groups starting with this (e.g. generated/clean)")
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "cli", "pdf2tei"))
    ap.add_argument("--schema", default=os.path.join(SHARED, "schema", "tei_all.rng"))
    ap.add_argument("--random", action="append", default=[], metavar="FAMILY=DIR",
                    help="a random corpus to score, e.g. heldout=~/.cache/pdf2tei/corpus/seed-1000")
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--check")
    ap.add_argument("--update")
    args = ap.parse_args()
    systems = (args.systems or ("pdf2tei,pdftotext" if args.subset == "ci" else "pdf2tei,pdftotext,ocrmypdf")).split(",")

    with tempfile.TemporaryDirectory(prefix="pdf2tei-eval-") as work:
        items = list(generated_items(args.subset)) + list(un_digital_items(args.subset))
        items += list(multilingual_items(args.subset)) + list(scanned_items(args.subset))
        # The committed sample of held-out random documents (tests/corpus/random-ci).
        items += list(random_items(os.path.join(ROOT, "tests", "corpus", "random-ci"), "random-ci"))
        for spec in args.random:
            family, directory = spec.split("=", 1)
            items += list(random_items(os.path.expanduser(directory), family))
        # ocr-gt is in CI too: 8 pages of OCR, and the only real scans with
        # truth (a layout rule that misread OCR pages was caught here late).
        items += list(ocr_items(work))
        if args.only:
            items = [i for i in items if i["group"].startswith(args.only)
                     or any(a.startswith(args.only) for a in i.get("also", []))]
        results, produced_by = [], collections.defaultdict(list)
        for system in systems:
            for item in items:
                out = os.path.join(work, f"{system}.{item['group'].replace('/', '_')}.{item['name']}.xml")
                if system == "pdf2tei":
                    ok = pdf2tei_tei(item["pdf"], out, args.cli, args.pdf2tei_args.split())
                elif system == "pdftotext":
                    ok = pdftotext_tei(item["pdf"], out)
                elif system == "tesseract":
                    ok = tesseract_tei(item["pdf"], out, item["lang"], work)
                else:
                    ok = ocrmypdf_tei(item["pdf"], out, item["lang"], work)
                m = score(item, out, ok)
                results.append({"group": item["group"], "also": item.get("also", []), "name": item["name"],
                                "system": args.label if system == "pdf2tei" else system, "tei": out,
                                "produced": ok, "metrics": m})
                if ok:
                    produced_by[system].append(out)
        for system in systems:
            invalid = jing_invalid(args.schema, produced_by[system])
            name = args.label if system == "pdf2tei" else system
            for r in results:
                if r["system"] == name:
                    r["metrics"]["valid"] = r["produced"] and r["tei"] not in invalid
        agg = aggregate(results)

    table = markdown(agg)
    print(table)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"aggregate": agg, "files": [{k: v for k, v in r.items() if k != "tei"} for r in results]},
                      f, indent=1, ensure_ascii=False)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(table)
    status = 0
    if args.check:
        failures = check(agg, json.load(open(args.check)))
        for f in failures:
            print("RATCHET FAIL: " + f, file=sys.stderr)
        print(f"ratchet: {len(failures)} figure(s) below threshold", file=sys.stderr)
        status = 1 if failures else 0
    if args.update:
        old = json.load(open(args.update)) if os.path.exists(args.update) else {}
        with open(args.update, "w") as f:
            json.dump(update(agg, old), f, indent=1, sort_keys=True)
            f.write("\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
