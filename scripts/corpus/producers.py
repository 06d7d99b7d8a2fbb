"""Typesets a drawn document (draw.py) with one of three real producers:
pdfLaTeX (T1 or OT1 fonts), XeLaTeX (system OpenType/TrueType fonts as CID
fonts, Identity-H; bidi for Arabic, xeCJK for Chinese) and LibreOffice
(headless, from a flat ODT written here: CID/TrueType fonts, its own
kerning and spacing, as Word writes them). Each returns the PDF's path.
"""
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

from languages import NBSP, NNBSP
from markup import segments

EPOCH = "1576627200"  # 2019-12-18: reproducible PDF dates
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", MAGICK_THREAD_LIMIT="1", OMP_THREAD_LIMIT="1")


def run(cmd, cwd=None, env=ENV, **kw):
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors="replace")[-3000:] + r.stderr.decode(errors="replace")[-2000:])
        raise SystemExit(f"make-corpus: failed: {' '.join(cmd)}")
    return r


def page_count(pdf):
    out = run(["pdfinfo", pdf]).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


# ------------------------------------------------------------------ LaTeX

TEX_ESCAPES = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
               "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def latin_run(run):
    """A Latin run inside Arabic, set left to right (\\LR), without the
    closing brackets it did not open: those stay in the right-to-left text
    around it, with the opening bracket they close."""
    tail = ""
    while run.endswith(")") and run.count(")") > run.count("("):
        run, tail = run[:-1], ")" + tail
    return r"\LR{" + run + "}" + tail


def tex_escape(s, doc):
    s = "".join(TEX_ESCAPES.get(c, c) for c in s)
    if doc["language"] == "fr":
        # babel-french sets the spaces of ; : ! ? itself from a plain space
        s = s.replace(NNBSP, " ").replace("«" + NBSP, r"\og{}").replace(NBSP + "»", r"\fg{}")
        s = s.replace(NBSP + ":", " :")
    s = s.replace(NBSP, "~").replace(NNBSP, r"\,")
    if doc["language"] == "ar":
        # Latin runs (symbols, "Distr.: General") left to right inside
        # Arabic. A run takes a closing bracket only with its opening one:
        # "(A/74/4)." wrapped as "(\LR{A/74/4)})." draws both brackets
        # as ")" (seed 10's footnotes said ".A/74/4))").
        s = re.sub(r"[A-Za-z][A-Za-z0-9/.:() -]*[A-Za-z0-9)]", lambda m: latin_run(m.group()), s)
    return s


def tex_segments(markup, doc):
    out = []
    for kind, value in segments(markup):
        if kind == "text":
            out.append(tex_escape(value, doc))
        elif kind == "italic":
            out.append(r"\emph{" + tex_escape(value, doc) + "}")
        elif kind == "note":
            command = r"\endnote{" if doc.get("endnotes") else r"\footnote{"
            out.append(command + tex_escape(doc["footnotes"][value], doc) + "}")
        elif kind == "gap":
            out.append(r"\kern%.2fem{}" % value)
        else:  # letter-spaced
            out.append(r"\kern0.18em{}".join(tex_escape(c, doc) for c in value))
    return "".join(out)


def tex_table(rows, doc):
    spec = ("r" if doc["language"] == "ar" else "l") + "r" * (len(rows[0]) - 1)
    two = doc["style"]["columns"] == 2
    lines = [r"\begin{center}\setlength{\tabcolsep}{1.25em}" + (r"\sbox\tablebox{" if two else "")
             + r"\begin{tabular}{" + spec + "}"]
    lines += [" & ".join(tex_escape(c, doc) for c in row) + r" \\" for row in rows]
    if not two:
        return "\n".join(lines + [r"\end{tabular}\end{center}"])
    # A table wider than its column is scaled to fit it, as a typesetter
    # would: set at full size it ran over the next column's text, which the
    # truth then read twice in one place (seeds 7 and 1000, monospaced and
    # 11-12 pt tables in two columns; session 26).
    return "\n".join(lines + [r"\end{tabular}}\ifdim\wd\tablebox>\columnwidth"
                               r"\resizebox{\columnwidth}{!}{\usebox\tablebox}\else\usebox\tablebox\fi\end{center}"])


def tex_paragraph(kind, markup, doc):
    st = doc["style"]
    if kind == "table":
        return tex_table(markup, doc)
    t = tex_segments(markup, doc)
    indent = r"\hspace*{1.5em}" if st["parindent"] else ""
    if kind == "title":
        return r"\noindent\textbf{" + t + r"}\par\medskip"
    if kind in ("opening", "caption"):
        return r"\noindent " + t + r"\par"
    if kind in ("operative", "paragraph"):
        num, rest = t.split(" ", 1) if doc["language"] != "ar" else (t.split(" - ", 1)[0] + " -", t.split(" - ", 1)[1])
        return r"\noindent\hspace*{2em}" + num + r"\hspace{0.8em}" + rest + r"\par"
    if kind == "closing":
        return r"\noindent\mbox{}\hfill " + t + r"\par"
    if kind == "heading":
        return r"\section*{" + t + "}"
    return r"\noindent" + indent + " " + t + r"\par"


def page_mark(style, tex=True):
    if style == "n/N":
        return r"\thepage/\pageref{LastPage}"
    if style == "- n -":
        return r"-- \thepage{} --" if False else r"- \thepage{} -"
    return r"\thepage"


def latex_source(doc, engine):
    st, fu, lang = doc["style"], doc["furniture"], doc["language"]
    size = st["size"]
    lines = [r"\documentclass[%s,a4paper]{article}" % ("10pt" if size < 10.5 else "11pt" if size < 11.5 else "12pt")]
    if st["columns"] == 2:  # for tex_table's fit to the column (before bidi, which comes last)
        lines += [r"\usepackage{graphicx}", r"\newsavebox\tablebox"]
    if engine == "xelatex":
        lines += [r"\usepackage{fontspec}"]
        if lang == "zh":
            lines += [r"\usepackage{xeCJK}", r"\setCJKmainfont{%s}" % st["font"], r"\setCJKsansfont{%s}" % st["font"],
                      r"\setCJKmonofont{%s}" % st["font"], r"\setmainfont{DejaVu Serif}"]
        elif lang == "ar":
            # Amiri has a slanted face; DejaVu's oblique faces have no
            # Arabic, so \emph slants the upright one (or the words come
            # out as .notdef glyphs, as the opening formula did in seed 10).
            slant = "" if st["font"] == "Amiri" else ",ItalicFont={*},ItalicFeatures={FakeSlant=0.2}"
            lines += [r"\setmainfont[Script=Arabic%s]{%s}" % (slant, st["font"]),
                      r"\newfontfamily\latinfont{DejaVu Serif}"]
        else:
            lines += [r"\setmainfont{%s}" % st["font"], r"\setsansfont{%s}" % st["font"], r"\setmonofont{%s}" % st["font"]]
        if lang in ("fr", "en", "es", "ru"):
            lines.append(r"\usepackage[%s]{babel}" % doc["babel"])
    else:
        if engine == "pdflatex-t1":
            lines += [r"\usepackage[T1]{fontenc}", r"\usepackage{%s}" % st["tex_font"]]
        lines += [r"\usepackage[utf8]{inputenc}", r"\usepackage[%s]{babel}" % doc["babel"]]
        if st["family"] == "sans":
            lines.append(r"\renewcommand{\familydefault}{\sfdefault}")
        elif st["family"] == "mono":
            lines.append(r"\renewcommand{\familydefault}{\ttdefault}")
        lines.append(r"\input{glyphtounicode}\pdfgentounicode=1")
    lead = size * st["leading"] * 1.2
    lines += [
        r"\makeatletter\renewcommand\normalsize{\@setfontsize\normalsize{%s}{%.1f}}\makeatother\normalsize" % (size, lead),
        r"\usepackage[a4paper,hmargin=%dmm,vmargin=%dmm,headsep=7mm,footskip=11mm]{geometry}"
        % (st["margin_mm"], st["vmargin_mm"]),
        r"\usepackage{fancyhdr}",
        r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
    ]
    sym, title = tex_escape(doc["symbol"], doc), tex_escape(doc["short_title"], doc)
    if fu["heads"] == "both":
        lines += [r"\fancyhead[L]{\small " + sym + "}", r"\fancyhead[R]{\small " + title + "}"]
    else:  # the symbol outside: left on even pages, right on odd ones
        lines += [r"\fancyhead[LE,RO]{\small " + sym + "}", r"\fancyhead[RE,LO]{\small " + title + "}"]
    mark, job = page_mark(fu["page_mark"]), doc["job"]
    job_side, mark_side = ("L", "R") if fu["job_side"] == "left" else ("R", "L")
    lines += [r"\fancyfoot[%s]{\small %s}" % (job_side, job), r"\fancyfoot[%s]{\small %s}" % (mark_side, mark)]
    # The job number line is left to right as a whole: in Arabic its "(A)"
    # set apart from its number came out as ")A(".
    job_first = r"\LR{%s}" % doc["job_first"] if lang == "ar" else tex_escape(doc["job_first"], doc)
    first = [r"\fancyfoot[L]{\small " + job_first + "}"]
    if fu["barcode"]:
        first.append(r"\fancyfoot[R]{\small " + doc["barcode"] + "}")
    lines.append(r"\fancypagestyle{first}{\fancyhf{}" + "".join(first) + "}")
    if not fu["note_rule"]:
        lines.append(r"\renewcommand{\footnoterule}{}")
    if st["parindent"]:
        lines.append(r"\setlength{\parindent}{0pt}\setlength{\parskip}{1pt}")
    else:
        lines.append(r"\setlength{\parindent}{0pt}\setlength{\parskip}{%dpt}" % st["parskip_pt"])
    if not st["justify"]:
        # Ragged on the line's end side: bidi's \raggedright sets Arabic
        # flush left, its start ragged, which no Arabic document does.
        lines.append(r"\AtBeginDocument{\raggedleft}" if lang == "ar" else r"\AtBeginDocument{\raggedright}")
    if doc.get("endnotes"):
        # The notes collected at the end under their heading (\theendnotes)
        lines.append(r"\usepackage{endnotes}")
    if engine == "xelatex" and lang == "ar":
        lines.append(r"\usepackage{bidi}")  # bidi must come last
    if st["columns"] == 2:
        lines[0] = lines[0].replace("]{article}", ",twocolumn]{article}")
    lines.append(r"\begin{document}")
    if engine == "xelatex" and lang == "ar":
        lines.append(r"\setRTL")
    esc = lambda s: tex_escape(s, doc)
    mast = [
        r"\thispagestyle{first}",
        r"\noindent{\large " + esc(doc["un"]) + r"}\hfill{\large " + esc(doc["symbol"]) + r"}\par",
        r"\noindent{\Large " + esc(doc["organ"]) + r"}\hfill " + esc(doc["distribution"]) + r"\par",
        r"\noindent\mbox{}\hfill " + esc(doc["date_text"]) + r"\par\medskip",
        r"\noindent " + esc(doc["session"]) + r"\par",
        r"\noindent " + esc(doc["agenda"]) + r"\par\bigskip",
        r"\noindent\textbf{" + esc(doc["adopted"]) + r"}\par\medskip",
    ]
    paras = [tex_paragraph(k, m, doc) for k, m in doc["paragraphs"]]
    if st["columns"] == 2:
        lines.append(r"\twocolumn[" + "\n".join(mast + [paras[0]]) + r"\bigskip]")
        lines += paras[1:]
    else:
        lines += mast + paras
    if doc.get("endnotes"):
        # Named here, not in the preamble: polyglossia sets its own caption
        # names at \begin{document} (Russian "Заметки"), and the truth says
        # notes_heading.
        lines += [r"\renewcommand{\notesname}{%s}" % tex_escape(doc["notes_heading"], doc), r"\theendnotes"]
    lines += [r"\label{LastPage}", r"\end{document}"]
    return "\n".join(lines) + "\n"


def latex_pdf(doc, engine, work):
    name = doc["id"]
    src = os.path.join(work, name + ".tex")
    with open(src, "w", encoding="utf-8") as f:
        f.write(latex_source(doc, engine))
    if engine == "xelatex":
        cmd = ["xelatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"]
    else:
        cmd = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", r"\pdftrailerid{}\input{" + name + ".tex}"]
    for _ in range(2):  # \pageref{LastPage}
        run(cmd, cwd=work)
    return os.path.join(work, name + ".pdf")


# ------------------------------------------------------------ LibreOffice

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

LOCALE = {"en": ("en", "GB"), "fr": ("fr", "FR"), "es": ("es", "ES"), "ru": ("ru", "RU"), "ar": ("ar", "SA"),
          "zh": ("zh", "CN")}


def odt_segments(markup, doc):
    out = []
    for kind, value in segments(markup):
        if kind == "text":
            out.append(escape(value))
        elif kind == "italic":
            out.append('<text:span text:style-name="Ti">' + escape(value) + "</text:span>")
        elif kind == "note":
            out.append('<text:note text:id="n%d" text:note-class="%s"><text:note-citation>%d</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Note">%s</text:p></text:note-body></text:note>'
                       % (value, "endnote" if doc.get("endnotes") else "footnote", value,
                          escape(doc["footnotes"][value])))
        elif kind == "gap":
            # a gap after the previous letter: letter-spacing on that one letter
            prev = out.pop() if out else ""
            if prev and not prev.endswith(">"):
                out.append(prev[:-1] + '<text:span text:style-name="Tg%d">' % round(value * 100) + prev[-1] + "</text:span>")
            else:
                out.append(prev)
        else:
            out.append('<text:span text:style-name="Ts">' + escape(value) + "</text:span>")
    return "".join(out)


def odt_source(doc):
    st, fu, lang = doc["style"], doc["furniture"], doc["language"]
    rtl = lang == "ar"
    font, size = st["font"], st["size"]
    width_cm = 21.0 - 2 * st["margin_mm"] / 10
    lg, ct = LOCALE[lang]
    align = "justify" if st["justify"] else ("end" if rtl else "start")
    wm = ' style:writing-mode="rl-tb"' if rtl else ""
    # LibreOffice reads "start" as left and "end" as right whatever the
    # paragraph's direction: a right-to-left page swaps them.
    start, end = ("end", "start") if rtl else ("start", "end")
    gaps = sorted({round(float(m) * 100) for _, p in doc["paragraphs"] if isinstance(p, str)
                   for m in re.findall(r"\{gap:([0-9.]+)\}", p)})
    gap_styles = "".join('<style:style style:name="Tg%d" style:family="text"><style:text-properties '
                         'fo:letter-spacing="%.3fpt"/></style:style>' % (g, g / 100 * size) for g in gaps)
    text_props = ('fo:font-size="{s}pt" style:font-name="F" style:font-name-asian="F" style:font-name-complex="F" '
                  'style:font-size-asian="{s}pt" style:font-size-complex="{s}pt" fo:language="{l}" fo:country="{c}" '
                  'style:language-asian="{l}" style:country-asian="{c}" style:language-complex="{l}" '
                  'style:country-complex="{c}"').format(s=size, l=lg, c=ct)
    para_gap = "0cm" if st["parindent"] else "%.2fpt" % st["parskip_pt"]
    indent = "0.6cm" if st["parindent"] else "0cm"
    mark = {"n/N": '<text:page-number text:select-page="current"/>/<text:page-count/>',
            "- n -": '- <text:page-number text:select-page="current"/> -',
            "n": '<text:page-number text:select-page="current"/>'}[fu["page_mark"]]
    job = escape(doc["job"])
    foot = (job + "<text:tab/>" + mark) if fu["job_side"] == "left" else (mark + "<text:tab/>" + job)
    sym, title = escape(doc["symbol"]), escape(doc["short_title"])
    head_odd = f"{sym}<text:tab/>{title}" if fu["heads"] == "both" else f"{title}<text:tab/>{sym}"
    head_even = f"{sym}<text:tab/>{title}"
    first_foot = escape(doc["job_first"]) + ("<text:tab/>" + escape(doc["barcode"]) if fu["barcode"] else "")
    sep = ('<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep='
           '"0.1cm" style:line-style="solid" style:adjustment="%s" style:rel-width="%s" style:color="#000000"/>'
           % ("right" if rtl else "left", "25%" if fu["note_rule"] else "0%"))
    tabs = '<style:tab-stops><style:tab-stop style:position="%.2fcm" style:type="right"/></style:tab-stops>' % width_cm
    cols = ('<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>' if st["columns"] == 2 else "")
    styles = f"""
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties{wm}/>
  <style:text-properties {text_props}/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="{align}"
  fo:line-height="{round(st['leading'] * 100)}%" fo:margin-bottom="{para_gap}"{wm}/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties{wm} fo:text-indent="{indent}"/></style:style>
 <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties{wm} fo:text-indent="1cm"/></style:style>
 <style:style style:name="Left" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties{wm} fo:text-align="{start}" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Tab" style:family="paragraph" style:parent-style-name="Left">
  <style:paragraph-properties{wm}>{tabs}</style:paragraph-properties></style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties{wm} fo:text-align="{end}"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Left">
  <style:paragraph-properties{wm} fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Left">
  <style:paragraph-properties{wm} fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"
   fo:font-size="{size + 1}pt" style:font-size-asian="{size + 1}pt" style:font-size-complex="{size + 1}pt"/></style:style>
 <style:style style:name="Big" style:family="paragraph" style:parent-style-name="Tab">
  <style:paragraph-properties{wm}>{tabs}</style:paragraph-properties><style:text-properties fo:font-size="{size + 3}pt" style:font-size-asian="{size + 3}pt" style:font-size-complex="{size + 3}pt"/></style:style>
 <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Left">
  <style:paragraph-properties{wm} fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
  <style:text-properties fo:font-size="{size - 1.5}pt" style:font-size-asian="{size - 1.5}pt" style:font-size-complex="{size - 1.5}pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Tab">
  <style:paragraph-properties{wm}>{tabs}</style:paragraph-properties><style:text-properties fo:font-size="{size - 1.5}pt" style:font-size-asian="{size - 1.5}pt" style:font-size-complex="{size - 1.5}pt"/></style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
 <style:style style:name="Ts" style:family="text"><style:text-properties fo:letter-spacing="{0.18 * size:.2f}pt"/></style:style>
 {gap_styles}
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="0" text:master-page-name="Standard"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-left="{st['margin_mm'] / 10}cm" fo:margin-right="{st['margin_mm'] / 10}cm" fo:margin-top="{st['vmargin_mm'] / 20}cm"
  fo:margin-bottom="{st['vmargin_mm'] / 20}cm"{wm}>{sep}</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Big" style:master-page-name="First"/>
 <style:style style:name="Sect" style:family="section"><style:section-properties>{cols}</style:section-properties></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm">
  <style:header><text:p text:style-name="Small">{head_odd}</text:p></style:header>
  <style:header-left><text:p text:style-name="Small">{head_even}</text:p></style:header-left>
  <style:footer><text:p text:style-name="Small">{foot}</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="First" style:page-layout-name="pm" style:next-style-name="Standard">
  <style:footer><text:p text:style-name="Small">{first_foot}</text:p></style:footer>
 </style:master-page>
</office:master-styles>"""
    e = escape
    body = [
        f'<text:p text:style-name="P1">{e(doc["un"])}<text:tab/>{e(doc["symbol"])}</text:p>',
        f'<text:p text:style-name="Big">{e(doc["organ"])}<text:tab/>{e(doc["distribution"])}</text:p>',
        f'<text:p text:style-name="Tab"><text:tab/>{e(doc["date_text"])}</text:p>',
        f'<text:p text:style-name="Left">{e(doc["session"])}</text:p>',
        f'<text:p text:style-name="Left">{e(doc["agenda"])}</text:p>',
        f'<text:p text:style-name="Title">{e(doc["adopted"])}</text:p>',
    ]
    paras = []
    for kind, markup in doc["paragraphs"]:
        if kind == "table":
            rows = "".join("<table:table-row>" + "".join(
                '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="%s">%s</text:p>'
                "</table:table-cell>" % ("Left" if j == 0 else "Right", e(c)) for j, c in enumerate(r)) + "</table:table-row>"
                for r in markup)
            paras.append('<table:table table:name="T1"><table:table-column table:number-columns-repeated="%d"/>%s'
                         "</table:table>" % (len(markup[0]), rows))
            continue
        style = {"title": "Title", "heading": "Heading", "closing": "Right", "opening": "Left", "caption": "Left",
                 "operative": "Num", "paragraph": "Num"}.get(kind, "Body")
        paras.append(f'<text:p text:style-name="{style}">{odt_segments(markup, doc)}</text:p>')
    if st["columns"] == 2:
        body.append(paras[0])
        body.append('<text:section text:style-name="Sect" text:name="S1">' + "".join(paras[1:]) + "</text:section>")
    else:
        body += paras
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}\n'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>\n')


def libreoffice_pdfs(docs, work):
    """Converts many documents in one soffice run (start-up is most of its
    cost). Returns {id: pdf path}."""
    srcs = []
    for doc in docs:
        src = os.path.join(work, doc["id"] + ".fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(odt_source(doc))
        srcs.append(src)
    profile = os.path.join(work, "lo-profile")
    env = dict(ENV, HOME=work)
    run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf",
         "--outdir", work] + srcs, cwd=work, env=env, timeout=1800)
    out = {}
    for doc in docs:
        pdf = os.path.join(work, doc["id"] + ".pdf")
        if not os.path.exists(pdf):
            raise SystemExit(f"make-corpus: LibreOffice made no PDF for {doc['id']}")
        out[doc["id"]] = pdf
    return out
