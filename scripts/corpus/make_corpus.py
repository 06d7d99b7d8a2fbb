#!/usr/bin/python3
"""Generates the evaluation corpus: UN-style PDFs with exact ground truth.

For each document in documents.py it writes, into OUT_DIR:
  NAME.VARIANT.pdf   one PDF per damage variant (see VARIANTS)
  NAME.VARIANT.json  the ground truth: metadata, paragraphs in reading order
                     with their footnote anchors, footnotes, furniture per
                     page, and the verdict the OCR triage should give each page.
The ground truth comes from the same data as the LaTeX source, so it is exact.
Needs the tools of scripts/debian-packages-corpus.txt (scripts/make-corpus
installs them). Deterministic: fixed dates, fixed seeds.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import pikepdf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from documents import DOCUMENTS, NBSP, NNBSP  # noqa: E402

EPOCH = "1576627200"  # 2019-12-18: reproducible PDF dates
# ImageMagick draws noise on several threads, in an order that varies: one
# thread keeps the scans reproducible.
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", MAGICK_THREAD_LIMIT="1", OMP_THREAD_LIMIT="1")

# Page verdicts the OCR triage must reach (issue 4's vocabulary).
VARIANTS = {
    "clean": "text",              # born-digital, good ToUnicode
    "no-tounicode": "lossy",      # Type 3 bitmap fonts, no ToUnicode: accents, ligatures lost
    "garbled": "garbled",         # scrambled ToUnicode: text is not language
    "ot1-accents": "text",        # accents drawn as separate glyphs (repairable)
    "scan300": "none",            # 300 dpi grey scan, skewed, noisy, JPEG
    "scan200bw": "none",          # 200 dpi bilevel scan
    "invisible-ocr": "invisible-ocr",  # scan under a poor invisible OCR layer
    "mixed": None,                # page 2 scanned, the rest born-digital
    "partial": None,              # page 2 born-digital, a band of its text pasted in as a scan
}


def run(cmd, cwd=None, **kw):
    r = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors="replace")[-3000:] + r.stderr.decode(errors="replace")[-2000:])
        raise SystemExit(f"make-corpus: failed: {' '.join(cmd)}")
    return r


# ---------------------------------------------------------------- markup

MARK = re.compile(r"\*([^*]+)\*|\[\^(\d+)\]")


def plain(s):
    """Text as read, and the footnote anchors as (number, offset)."""
    out, notes, pos = [], [], 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        if m.group(1) is not None:
            out.append(m.group(1))
        else:
            notes.append((int(m.group(2)), len("".join(out))))
        pos = m.end()
    out.append(s[pos:])
    return "".join(out), notes


TEX_ESCAPES = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
               "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def tex_text(s, french):
    s = "".join(TEX_ESCAPES.get(c, c) for c in s)
    if french:
        # babel-french sets the spaces of « » ; : ! ? itself.
        s = s.replace("«" + NBSP, r"\og{}").replace(NBSP + "»", r"\fg{}")
        s = s.replace(NBSP + ":", " :").replace(NNBSP + ";", " ;").replace(NNBSP + "!", " !").replace(NNBSP + "?", " ?")
    s = s.replace(NBSP, "~").replace(NNBSP, r"\,")
    s = re.sub(r"(\d+)e (séance)", r"\1\\textsuperscript{e} \2", s)
    return s


def tex_markup(s, doc):
    french = doc["language"] == "fr"
    out, pos = [], 0
    for m in MARK.finditer(s):
        out.append(tex_text(s[pos:m.start()], french))
        if m.group(1) is not None:
            out.append(r"\emph{" + tex_text(m.group(1), french) + "}")
        else:
            n = int(m.group(2))
            out.append(r"\footnote{" + tex_text(doc["footnotes"][n], french) + "}")
        pos = m.end()
    out.append(tex_text(s[pos:], french))
    return "".join(out)


# ------------------------------------------------------- paragraphs

def body_paragraphs(doc):
    """(kind, markup) in reading order; operative paragraphs get their numbers."""
    paras = []
    if doc["layout"] == "resolution":
        paras.append(("title", doc["number"] + " " + doc["title"]))
        paras.append(("opening", "*" + doc["opening"] + "*"))
        paras += [("preamble", p) for p in doc["preamble"]]
        n = 0
        for p in doc["operative"]:
            if p.startswith("("):
                paras.append(("subparagraph", p))
            else:
                n += 1
                paras.append(("operative", f"{n}. {p}"))
        paras += [("closing", c) for c in doc["closing"]]
    else:
        paras.append(("title", doc["title"]))
        n = 0
        for heading, ps in doc["sections"]:
            paras.append(("heading", heading))
            for p in ps:
                if isinstance(p, dict):  # a table: its caption, then its rows
                    paras.append(("caption", p["caption"]))
                    paras.append(("table", p["rows"]))
                    continue
                n += 1
                paras.append(("paragraph", f"{n}. {p}"))
    return paras


def tex_table(rows, doc):
    """Label column left, amounts right; columns 2.5 em apart, as UN tables
    set them (LaTeX's default, 1 em, is tighter than any of theirs)."""
    fr = doc["language"] == "fr"
    spec = "l" + "r" * (len(rows[0]) - 1)
    lines = [r"\begin{center}\setlength{\tabcolsep}{1.25em}\begin{tabular}{" + spec + "}"]
    lines += [" & ".join(tex_text(c, fr) for c in row) + r" \\" for row in rows]
    lines.append(r"\end{tabular}\end{center}")
    return "\n".join(lines)


def tex_paragraph(kind, markup, doc):
    if kind == "table":
        return tex_table(markup, doc)
    t = tex_markup(markup, doc)
    if kind == "title":
        return r"\noindent\textbf{" + t + r"}\par\medskip"
    if kind == "opening":
        return r"\noindent " + t + r"\par"
    if kind in ("operative", "paragraph"):
        num, rest = t.split(" ", 1)
        return r"\noindent\hspace*{2em}" + num + r"\hspace{1em}" + rest + r"\par"
    if kind == "subparagraph":
        label, rest = t.split("~", 1) if "~" in t else t.split(" ", 1)
        # (a), (b): one level in; (i), (ii): two.
        indent = "6em" if re.fullmatch(r"\((i|ii|iii|iv|v)\)", label) else "4em"
        return r"{\leftskip=" + indent + r"\noindent " + label + r"\hspace{0.5em}" + rest + r"\par}"
    if kind == "closing":
        return r"\noindent\mbox{}\hfill " + t + r"\par"
    if kind == "heading":
        return r"\section*{" + t + "}"
    if kind == "caption":
        return r"\noindent " + t + r"\par"
    return r"\noindent\hspace*{2em}" + t + r"\par"


def utf16_hex(s):
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def latex_source(doc, t1=True):
    fr = doc["language"] == "fr"
    two = doc["layout"] == "twocolumn"
    lines = [
        r"\documentclass[%s,a4paper]{article}" % ("10pt,twocolumn" if two else "11pt"),
        r"\usepackage[T1]{fontenc}" if t1 else "",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}" if t1 else "",
        r"\usepackage[%s]{babel}" % doc["babel"],
        r"\usepackage[a4paper,margin=25mm,headsep=8mm,footskip=12mm]{geometry}",
        r"\usepackage{fancyhdr}",
        r"\ifdefined\pdfgentounicode\input{glyphtounicode}\pdfgentounicode=1\fi",
        r"\ifdefined\pdfinfo\pdfinfo{/Title %s /Author (pdf2tei corpus) /Creator (LaTeX)}\fi"
        % utf16_hex(doc["symbol"] + " " + doc["title"]),
        r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
        r"\fancyhead[L]{\small " + tex_text(doc["symbol"], fr) + "}",
        r"\fancyhead[R]{\small " + tex_text(doc["short_title"], fr) + "}",
        r"\fancyfoot[L]{\small \thepage/\pageref{LastPage}}",
        r"\fancyfoot[R]{\small " + doc["job"] + "}",
        r"\fancypagestyle{first}{\fancyhf{}\fancyfoot[L]{\small " + doc["job_first"] + r"}\fancyfoot[R]{\small "
        + doc["barcode"] + "}}",  # a plain "*": every text font has it, in OT1 too
        r"\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}",
        r"\begin{document}",
    ]
    mast = [
        r"\thispagestyle{first}",
        r"\noindent{\large " + tex_text(doc["un"], fr) + r"}\hfill{\large " + tex_text(doc["symbol"], fr) + r"}\par",
        r"\noindent{\Large " + tex_text(doc["organ"], fr) + r"}\hfill " + tex_text(doc["distribution"], fr) + r"\par",
        r"\noindent\mbox{}\hfill " + tex_text(doc["date_text"], fr) + r"\par\medskip",
        r"\noindent " + tex_text(doc["session"], fr) + r"\par",
        r"\noindent " + tex_text(doc["agenda"], fr) + r"\par\bigskip",
        r"\noindent\textbf{" + tex_text(doc["adopted"], fr) + r"}\par\medskip",
    ]
    paras = [tex_paragraph(k, m, doc) for k, m in body_paragraphs(doc)]
    if two:
        lines.append(r"\twocolumn[" + "\n".join(mast + [paras[0]]) + r"\bigskip]")
        lines += paras[1:]
    else:
        lines += mast + paras
    lines += [r"\label{LastPage}", r"\end{document}"]
    return "\n".join(l for l in lines if l) + "\n"


# ------------------------------------------------------ ground truth

def ground_truth(doc, variant, pages):
    paragraphs, tables = [], []
    for kind, markup in body_paragraphs(doc):
        if kind == "table":  # as read: a paragraph a cell, row by row
            tables.append({"rows": markup})
            paragraphs += [{"kind": "cell", "text": c, "notes": []} for row in markup for c in row]
            continue
        text, notes = plain(markup)
        paragraphs.append({"kind": kind, "text": text, "notes": [{"n": n, "offset": o} for n, o in notes]})
    furniture = []
    for p in range(1, pages + 1):
        furniture.append({"page": p, "strings": [doc["job_first"], doc["barcode"]] if p == 1 else
                          [doc["symbol"], doc["short_title"], f"{p}/{pages}", doc["job"]]})
    verdict = VARIANTS[variant]
    page_two = {"mixed": "none", "partial": "partial"}
    verdicts = [(page_two[variant] if p == 2 else "text") if variant in page_two else verdict
                for p in range(1, pages + 1)]
    return {
        "id": doc["id"], "variant": variant, "language": doc["language"],
        "metadata": {k: doc[k] for k in ("symbol", "title", "date", "organ", "session", "agenda")},
        "masthead": [doc["un"], doc["symbol"], doc["organ"], doc["distribution"], doc["date_text"],
                     doc["session"], doc["agenda"], doc["adopted"]],
        "paragraphs": paragraphs,
        "tables": tables,
        "footnotes": [{"n": n, "text": plain(t)[0]} for n, t in sorted(doc["footnotes"].items())],
        "furniture": furniture,
        "pages": [{"n": p, "verdict": v} for p, v in zip(range(1, pages + 1), verdicts)],
    }


# ---------------------------------------------------------- variants

def pdflatex(tex, work, name):
    with open(os.path.join(work, name + ".tex"), "w") as f:
        f.write(tex)
    for _ in range(2):  # \pageref{LastPage}
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", r"\pdftrailerid{}\input{" + name + ".tex}"],
            cwd=work)
    return os.path.join(work, name + ".pdf")


def type3_bitmap_pdf(tex, work, name):
    """latex -> dvips with bitmap (PK) fonts only -> ps2pdf: Type 3 fonts
    with no ToUnicode. The page looks right; its text layer loses accents
    and ligatures."""
    with open(os.path.join(work, name + ".tex"), "w") as f:
        f.write(tex)
    for _ in range(2):
        run(["latex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], cwd=work)
    empty_map = os.path.join(work, "empty.map")
    open(empty_map, "w").close()
    run(["dvips", "-q", "-D", "600", "-u", empty_map, "-o", name + ".ps", name + ".dvi"], cwd=work)
    run(["ps2pdf", "-dPDFSETTINGS=/prepress", name + ".ps", name + ".t3.pdf"], cwd=work)
    out = os.path.join(work, name + ".pdf")
    anonymise_type3_glyphs(os.path.join(work, name + ".t3.pdf"), out)
    return out


def glyph_alias(code):
    """A glyph name no reader can map to Unicode ("qbm" for 38)."""
    return "/q" + "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in f"{code:03d}")


def anonymise_type3_glyphs(src, dst):
    """Ghostscript keeps dvips's standard glyph names, from which readers
    rebuild the text. Renaming each glyph (its /Differences entry and its
    /CharProcs key together, so the page still draws the same) leaves a
    reader only the raw OT1 codes: letters survive, ligatures and accents
    (codes below 32) do not."""
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                if font.get("/Subtype") != "/Type3" or "/Encoding" not in font:
                    continue
                diffs = font.Encoding.get("/Differences")
                if diffs is None:
                    continue
                procs = font.CharProcs
                renamed, code = [], 0
                new_procs = pikepdf.Dictionary()
                for item in diffs:
                    if not isinstance(item, pikepdf.Name):  # a code: the names that follow start there
                        code = int(item)
                        renamed.append(code)
                        continue
                    alias = glyph_alias(code)
                    if str(item) in procs:
                        new_procs[alias] = procs[str(item)]
                    renamed.append(pikepdf.Name(alias))
                    code += 1
                font.Encoding.Differences = pikepdf.Array(renamed)
                font.CharProcs = new_procs
        pdf.save(dst, static_id=True)


def scramble_tounicode(src, dst, seed):
    """Replaces every ToUnicode CMap with a fixed permutation of letters:
    the text layer becomes plausible-looking garbage, the page unchanged."""
    rng = random.Random(seed)
    letters = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            fonts = page.Resources.get("/Font", {})
            for _, font in fonts.items():
                if "/ToUnicode" not in font:
                    continue
                entries = []
                for code in range(32, 256):
                    entries.append(f"<{code:02X}> <{ord(rng.choice(letters)):04X}>")
                body = "\n".join(f"{len(entries[i:i + 100])} beginbfchar\n" + "\n".join(entries[i:i + 100]) +
                                 "\nendbfchar" for i in range(0, len(entries), 100))
                cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                        "/CMapName /Scrambled def /CMapType 2 def\n"
                        "1 begincodespacerange <00> <FF> endcodespacerange\n" + body +
                        "\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
                font.ToUnicode = pikepdf.Stream(pdf, cmap.encode())
        pdf.save(dst, static_id=True)  # a fixed /ID: reproducible bytes


def render_pages(pdf, work, prefix, args):
    run(["pdftoppm"] + args + [pdf, os.path.join(work, prefix)])
    return sorted(f for f in os.listdir(work) if f.startswith(prefix + "-"))


def scan300(clean, work, dst):
    pages = render_pages(clean, work, "g", ["-r", "300", "-gray", "-png"])
    jpgs = []
    for i, png in enumerate(pages):
        jpg = os.path.join(work, f"s300-{i:03d}.jpg")
        angle = [0.6, -0.4, 0.8, -0.7][i % 4]
        run(["convert", os.path.join(work, png), "-seed", str(11 + i), "-background", "white", "-rotate", str(angle),
             "-gravity", "center", "-extent", "2480x3508", "-attenuate", "0.25", "+noise", "Gaussian",
             "-quality", "50", "-strip", jpg])
        jpgs.append(jpg)
    run(["img2pdf", "--nodate", "--imgsize", "300dpi", "-o", dst] + jpgs)
    return jpgs


def scan200bw(clean, work, dst):
    pages = render_pages(clean, work, "m", ["-r", "200", "-mono"])
    tifs = []
    for i, pbm in enumerate(pages):
        tif = os.path.join(work, f"s200-{i:03d}.tif")
        run(["convert", os.path.join(work, pbm), "-compress", "Group4", "-strip", tif])
        tifs.append(tif)
    run(["img2pdf", "--nodate", "--imgsize", "200dpi", "-o", dst] + tifs)


def invisible_ocr(scan_pdf, jpgs, work, dst):
    """A poor OCR layer, as a careless earlier tool left it: Tesseract at
    100 dpi with the wrong language, as invisible text over the good scan."""
    layers = []
    for i, jpg in enumerate(jpgs):
        low = os.path.join(work, f"low-{i:03d}.png")
        run(["convert", jpg, "-resize", "33.333%", "-units", "PixelsPerInch", "-density", "100", low])
        base = os.path.join(work, f"layer-{i:03d}")
        run(["tesseract", low, base, "-l", "rus", "--dpi", "100", "-c", "textonly_pdf=1", "pdf"])
        layers.append(base + ".pdf")
    layer = os.path.join(work, "layer.pdf")
    run(["qpdf", "--empty", "--pages"] + layers + ["--", layer])
    run(["qpdf", "--deterministic-id", scan_pdf, "--underlay", layer, "--", dst])


def mixed(clean, scan, dst, pages):
    args = ["qpdf", "--deterministic-id", "--empty", "--pages", clean, "1", scan, "2"]
    if pages > 2:
        args += [clean, f"3-{pages}"]
    run(args + ["--", dst])


def text_band(page_ops, top, bottom):
    """Splits pdfTeX's text operators at the band between PDF heights
    `bottom` and `top`: (the operators kept, the baselines of those taken
    out). pdfTeX sets text with BT, Tf, Td and TJ only; Tm, TD, T*, Tj, '
    and " are followed too, in case."""
    kept, removed = [], []
    x = y = leading = 0.0
    for operands, op in page_ops:
        name = str(op)
        if name == "BT":
            x = y = 0.0
        elif name in ("Td", "TD"):
            x += float(operands[0])
            y += float(operands[1])
            if name == "TD":
                leading = -float(operands[1])
        elif name == "TL":
            leading = float(operands[0])
        elif name == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif name in ("T*", "'", '"'):
            y -= leading
        if name in ("Tj", "TJ", "'", '"') and bottom < y < top:
            removed.append(y)
            continue
        kept.append((operands, op))
    return kept, removed


def partial(clean, work, dst, page=2, band=(0.42, 0.78)):
    """A born-digital page with a band of its text pasted in as a scan (as a
    scanned annex or quotation is): the text layer holds the rest, and a
    300 dpi grey image, from top to bottom of the text width, holds the
    lines taken out. The band is a share of the page height from its top."""
    pdf = pikepdf.open(clean)
    pg = pdf.pages[page - 1]
    left, low, right, high = (float(v) for v in pg.mediabox)
    height = high - low
    kept, removed = text_band(pikepdf.parse_content_stream(pg), high - band[0] * height, high - band[1] * height)
    if not removed:
        raise SystemExit(f"make-corpus: no text in the band of page {page} of {clean}")
    # The image spans the removed lines' ink: 9 pt above the highest
    # baseline, 3 pt below the lowest (the kept lines are 13.5 pt away).
    img_top, img_bottom = max(removed) + 9, min(removed) - 3
    dpi = 300
    px = lambda pt: int(round(pt * dpi / 72))
    crop = ["-x", "0", "-y", str(px(high - img_top)), "-W", str(px(right - left)), "-H", str(px(img_top - img_bottom))]
    run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", "-png"] + crop +
        [clean, os.path.join(work, "band")])
    png = next(os.path.join(work, f) for f in sorted(os.listdir(work)) if f.startswith("band"))
    jpg = os.path.join(work, "band.jpg")
    run(["convert", png, "-seed", "23", "-attenuate", "0.2", "+noise", "Gaussian", "-colorspace", "Gray",
         "-type", "Grayscale", "-quality", "60", "-strip", jpg])
    w_px, h_px = (int(v) for v in run(["identify", "-format", "%w %h", jpg]).stdout.decode().split())
    with open(jpg, "rb") as f:
        image = pikepdf.Stream(pdf, f.read())
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width, image.Height, image.BitsPerComponent = w_px, h_px, 8
    image.ColorSpace, image.Filter = pikepdf.Name.DeviceGray, pikepdf.Name.DCTDecode
    resources = pg.obj.get("/Resources")
    if "/XObject" not in resources:
        resources.XObject = pikepdf.Dictionary()
    resources.XObject.ImBand = image
    w_pt, h_pt = w_px * 72 / dpi, h_px * 72 / dpi
    kept += [([], pikepdf.Operator("q")), ([w_pt, 0, 0, h_pt, left, img_top - h_pt], pikepdf.Operator("cm")),
             ([pikepdf.Name.ImBand], pikepdf.Operator("Do")), ([], pikepdf.Operator("Q"))]
    pg.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    pdf.save(dst, static_id=True)  # a fixed /ID: reproducible


def page_count(pdf):
    out = run(["pdfinfo", pdf]).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def make(doc, out_dir, variants=None):
    wanted = [v for v in doc.get("variants", list(VARIANTS)) if not variants or v in variants]
    with tempfile.TemporaryDirectory() as work:
        name = doc["id"]
        made = {}
        clean = pdflatex(latex_source(doc, t1=True), work, name)
        made["clean"] = clean
        pages = page_count(clean)
        if "ot1-accents" in wanted:
            made["ot1-accents"] = pdflatex(latex_source(doc, t1=False), subdir(work, "ot1"), name)
        if "no-tounicode" in wanted:
            made["no-tounicode"] = type3_bitmap_pdf(latex_source(doc, t1=False), subdir(work, "t3"), name)
        if "garbled" in wanted:
            garbled = os.path.join(work, "garbled.pdf")
            scramble_tounicode(clean, garbled, seed=name)
            made["garbled"] = garbled
        if {"scan300", "invisible-ocr", "mixed"} & set(wanted):
            s300 = os.path.join(work, "scan300.pdf")
            jpgs = scan300(clean, work, s300)
            made["scan300"] = s300
            inv = os.path.join(work, "invisible.pdf")
            invisible_ocr(s300, jpgs, work, inv)
            made["invisible-ocr"] = inv
            if pages < 2:
                raise SystemExit(f"make-corpus: {name} has one page; the mixed variant needs two or more")
            mix = os.path.join(work, "mixed.pdf")
            mixed(clean, s300, mix, pages)
            made["mixed"] = mix
        if "partial" in wanted:
            if pages < 2:
                raise SystemExit(f"make-corpus: {name} has one page; the partial variant needs two or more")
            made["partial"] = os.path.join(work, "partial.pdf")
            partial(clean, subdir(work, "partial"), made["partial"])
        if "scan200bw" in wanted:
            s200 = os.path.join(work, "scan200bw.pdf")
            scan200bw(clean, work, s200)
            made["scan200bw"] = s200
        made = {v: pdf for v, pdf in made.items() if v in wanted}
        for variant, pdf in made.items():
            n = page_count(pdf)
            if n != pages:
                raise SystemExit(f"make-corpus: {name}.{variant} has {n} pages, clean has {pages}")
            shutil.copy(pdf, os.path.join(out_dir, f"{name}.{variant}.pdf"))
            with open(os.path.join(out_dir, f"{name}.{variant}.json"), "w", encoding="utf-8") as f:
                json.dump(ground_truth(doc, variant, pages), f, ensure_ascii=False, indent=1)
                f.write("\n")
        print(f"{name}: {pages} pages, {len(made)} variants")


def subdir(work, name):
    path = os.path.join(work, name)
    os.makedirs(path, exist_ok=True)
    return path


def main():
    # make_corpus.py OUT_DIR [--variants a,b] [DOCUMENT_ID ...]
    args = sys.argv[1:]
    out_dir = args.pop(0)
    variants = None
    if args[:1] == ["--variants"]:
        variants = set(args[1].split(","))
        args = args[2:]
    only = set(args)
    os.makedirs(out_dir, exist_ok=True)
    for doc in DOCUMENTS:
        if not only or doc["id"] in only:
            make(doc, out_dir, variants)


if __name__ == "__main__":
    main()
