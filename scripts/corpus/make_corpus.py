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
import damage  # noqa: E402
from producers import page_count, run  # noqa: E402
from truth import truth_record  # noqa: E402
from documents import DOCUMENTS, NBSP, NNBSP  # noqa: E402

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


# ---------------------------------------------------------------- markup

MARK = re.compile(r"\*([^*]+)\*|\[\^(\d+)\]")


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
    furniture = []
    for p in range(1, pages + 1):
        furniture.append({"page": p, "strings": [doc["job_first"], doc["barcode"]] if p == 1 else
                          [doc["symbol"], doc["short_title"], f"{p}/{pages}", doc["job"]]})
    verdict = VARIANTS[variant]
    page_two = {"mixed": "none", "partial": "partial"}
    verdicts = [(page_two[variant] if p == 2 else "text") if variant in page_two else verdict
                for p in range(1, pages + 1)]
    return truth_record(doc, variant, body_paragraphs(doc), furniture, verdicts)


# ---------------------------------------------------------- variants
# The damage itself is in damage.py, shared with the random corpus.

def pdflatex(tex, work, name):
    with open(os.path.join(work, name + ".tex"), "w") as f:
        f.write(tex)
    for _ in range(2):  # \pageref{LastPage}
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", r"\pdftrailerid{}\input{" + name + ".tex}"],
            cwd=work)
    return os.path.join(work, name + ".pdf")


def type3_bitmap_pdf(tex, work, name):
    with open(os.path.join(work, name + ".tex"), "w") as f:
        f.write(tex)
    return damage.type3_bitmap_pdf(os.path.join(work, name + ".tex"), work)


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
            jpgs = damage.scan(clean, work, s300, dpi=300, noise=0.25, skews=(0.6, -0.4, 0.8, -0.7), quality=50,
                               seed=11)
            made["scan300"] = s300
            inv = os.path.join(work, "invisible.pdf")
            damage.invisible_ocr(s300, jpgs, work, inv)
            made["invisible-ocr"] = inv
            if pages < 2:
                raise SystemExit(f"make-corpus: {name} has one page; the mixed variant needs two or more")
            mix = os.path.join(work, "mixed.pdf")
            damage.mixed(clean, s300, mix, pages)
            made["mixed"] = mix
        if "partial" in wanted:
            if pages < 2:
                raise SystemExit(f"make-corpus: {name} has one page; the partial variant needs two or more")
            made["partial"] = os.path.join(work, "partial.pdf")
            if not damage.partial(clean, subdir(work, "partial"), made["partial"]):
                raise SystemExit(f"make-corpus: no text in the band of page 2 of {name}")
        if "scan200bw" in wanted:
            s200 = os.path.join(work, "scan200bw.pdf")
            damage.scan_bw(clean, work, s200, 200)
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
