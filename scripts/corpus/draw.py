"""Draws one UN-style document at random: its text (from the UDHR, in its
language), its structure, its type and page furniture, and the defects its
producer leaves. Everything comes from one random.Random seeded by
(seed, language, index), so the same seed gives the same documents.

A drawn document is a plain dict (see draw()); producers.py typesets it,
truth.py turns it into ground truth.
"""
import random
import re

import udhr
from languages import LANGUAGES, french_text, session_name

# Which producers can typeset which script. pdfTeX has no Type 1 Cyrillic,
# Arabic or CJK fonts here (they would come out as Type 3 bitmaps).
PRODUCERS = {
    "latin": ["pdflatex-t1", "pdflatex-ot1", "xelatex", "libreoffice"],
    "cyrillic": ["xelatex", "libreoffice"],
    "arabic": ["xelatex", "libreoffice"],
    "han": ["xelatex", "libreoffice"],
}

# System fonts by script and family, for XeLaTeX and LibreOffice.
FONTS = {
    "latin": {"serif": ["TeX Gyre Termes", "Liberation Serif", "DejaVu Serif", "FreeSerif", "TeX Gyre Pagella"],
              "sans": ["TeX Gyre Heros", "Liberation Sans", "DejaVu Sans", "FreeSans"],
              "mono": ["Liberation Mono", "DejaVu Sans Mono", "FreeMono"]},
    "cyrillic": {"serif": ["Liberation Serif", "DejaVu Serif", "FreeSerif"],
                 "sans": ["Liberation Sans", "DejaVu Sans", "FreeSans"],
                 "mono": ["Liberation Mono", "DejaVu Sans Mono", "FreeMono"]},
    "arabic": {"serif": ["Amiri"], "sans": ["DejaVu Sans"], "mono": ["DejaVu Sans Mono"]},
    "han": {"serif": ["Noto Serif CJK SC"], "sans": ["Noto Sans CJK SC"], "mono": ["Noto Sans Mono CJK SC"]},
}

# pdfTeX's font packages by family (T1); OT1 keeps Computer Modern.
PDFLATEX_FONTS = {"serif": ["lmodern", "mathptmx", "mathpazo", "charter"], "sans": ["helvet", "avant", "lmodern"],
                  "mono": ["lmodern", "courier"]}

# Damage variants: the verdict each page should get (None: per page).
DAMAGE = {
    "garbled": "garbled",        # a scrambled ToUnicode
    "no-tounicode": "lossy",     # pdfTeX only: Type 3 bitmap fonts, no ToUnicode
    "glyph-ids": "garbled",      # CID/TrueType producers: ToUnicode removed, bare glyph ids
    "scan": "none",              # a grey scan, 150-400 dpi, noise, blur, skew, JPEG
    "scan-bw": "none",           # a bilevel scan
    "invisible-ocr": "invisible-ocr",  # a scan under a poor OCR layer
    "mixed": None,               # one page scanned
    "partial": None,             # a band of one page pasted in as a scan
}


def damage_for(producer, pages):
    """The damage variants a producer's file can take."""
    out = ["garbled", "scan", "scan-bw", "invisible-ocr"]
    # LibreOffice embeds simple TrueType fonts whose encoding alone gives
    # the text: without ToUnicode they still read right, so that is no damage.
    if producer.startswith("pdflatex"):
        out.append("no-tounicode")
    elif producer == "xelatex":
        out.append("glyph-ids")
    if pages >= 2:
        out += ["mixed", "partial"]
    return out


def _italic_lead(text, lang, rng):
    """UN resolutions set the lead words of each paragraph in italics."""
    if lang == "zh":
        n = 2
        return "*" + text[:n] + "*" + text[n:]
    words = text.split(" ")
    if len(words) < 4 or lang == "ar":
        return text
    return "*" + words[0] + "*" + " " + " ".join(words[1:])


def _clean(text, lang=None):
    # The UDHR package writes U+2010 (hyphen) where documents have "-".
    text = text.replace("\u2010", "-").replace("\u00ad", "")
    return french_text(text) if lang == "fr" else text


def _add_gaps(markup, rng, rate, lang):
    """A producer's gaps inside words (0.05-0.2 em) and before elided
    apostrophes, in the plain parts of a paragraph."""
    if lang in ("zh", "ar") or rate == 0:
        return markup

    def in_word(m):
        w = m.group(0)
        if len(w) < 4 or rng.random() > rate:
            return w
        i = rng.randint(1, len(w) - 2)
        return w[:i] + "{gap:%.2f}" % rng.uniform(0.05, 0.2) + w[i:]

    parts = re.split(r"(\*[^*]+\*|\[\^\d+\])", markup)
    for k in range(0, len(parts), 2):
        s = parts[k]
        # d’experts, l’homme: a gap before the apostrophe (the seed's "d ’experts")
        s = re.sub(r"\b([dlnsjcmt]|qu)’", lambda m: m.group(1) + ("{gap:%.2f}’" % rng.uniform(0.08, 0.2)
                                                                if rng.random() < rate * 8 else "’"), s)
        parts[k] = re.sub(r"(?<![{\w])[^\W\d_]{4,}(?![\w}])", in_word, s)
    return "".join(parts)


def _note_call(markup, n):
    """The call goes before the paragraph's final punctuation, as UN
    documents place it ("... mondiaux1,")."""
    m = re.search(r"[,;.:،。，；：]\s*$", markup)
    at = m.start() if m else len(markup)
    return markup[:at] + f"[^{n}]" + markup[at:]


def draw(seed, lang, index):
    rng = random.Random(f"{seed}/{lang}/{index}")
    L = LANGUAGES[lang]
    text = udhr.declaration(L["udhr"])
    script = L["script"]
    producer = rng.choice(PRODUCERS[script])
    layout = rng.choices(["resolution", "report"], [0.6, 0.4])[0]
    session = rng.randrange(10)
    s = 71 + session
    number = rng.randint(1, 330)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = 1945 + s + (1 if month < 9 else 0)
    date = L["date"](day, month, year)
    symbol = f"A/RES/{s}/{number}" if layout == "resolution" else f"A/{s}/{rng.randint(100, 999)}"
    job = f"{year % 100:02d}-{rng.randint(10000, 29999)}"
    gap_rate = rng.choice([0, 0, 0.01, 0.02, 0.04])

    paragraphs = []  # (kind, markup)
    title = _clean(text["title"], lang)
    sep = " - " if lang == "ar" else ". "
    articles = text["articles"]
    if layout == "resolution":
        paragraphs.append(("title", f"{s}/{number}{sep}{title}"))
        paragraphs.append(("opening", "*" + L["opening"] + "*"))
        start = rng.randint(0, 2)
        for p in text["preamble"][start:start + rng.randint(3, 6 - start)]:
            paragraphs.append(("preamble", _italic_lead(_clean(p, lang), lang, rng)))
        first = rng.randint(0, 30 - 8)
        chosen = articles[first:first + rng.randint(3, 8)]
        n = 0
        for a in chosen:
            for p in a["paragraphs"]:
                n += 1
                paragraphs.append(("operative", L["operative_label"](n) + " " + _italic_lead(_clean(p, lang), lang, rng)))
        paragraphs.append(("closing", L["plenary"](rng.randint(40, 90))))
        paragraphs.append(("closing", date))
    else:
        paragraphs.append(("title", title))
        first = rng.randint(0, 30 - 8)
        n = 0
        with_table = rng.random() < 0.35
        for k, a in enumerate(articles[first:first + rng.randint(4, 8)]):
            paragraphs.append(("heading", _clean(a["heading"], lang)))
            for p in a["paragraphs"]:
                n += 1
                paragraphs.append(("paragraph", L["operative_label"](n) + " " + _clean(p, lang)))
            if with_table and k == 1:
                head = L["table_head"]
                rows = [head] + [[_clean(b["heading"], lang)] + [str(rng.randint(1, 250)) for _ in head[1:]]
                                 for b in articles[rng.randint(0, 20):][:rng.randint(3, 6)]]
                paragraphs.append(("caption", f"{L['table']} 1"))
                paragraphs.append(("table", rows))
                with_table = False

    # Defects, then footnote calls, into the body paragraphs' markup.
    body = [i for i, (k, _) in enumerate(paragraphs) if k in ("preamble", "operative", "paragraph")]
    for i in body:
        kind, m = paragraphs[i]
        paragraphs[i] = (kind, _add_gaps(m, rng, gap_rate, lang))
    footnotes = {}
    for n, i in enumerate(sorted(rng.sample(body, min(len(body), rng.randint(1, 4)))), 1):
        kind, m = paragraphs[i]
        paragraphs[i] = (kind, _note_call(m, n))
        template = rng.choice(L["notes"])
        footnotes[n] = template.format(session=session_name(lang, rng.randrange(10)), s=s, k=rng.randint(1, 53),
                                       vol=rng.randint(100, 3000), no=rng.randint(1000, 60000),
                                       doc=rng.randint(100, 999))
    if rng.random() < 0.25 and footnotes:  # a long note, which may run on to the next page
        n = max(footnotes)
        footnotes[n] = footnotes[n] + " " + _clean(rng.choice(articles)["paragraphs"][0], lang)

    family = rng.choices(["serif", "sans", "mono"], [0.55, 0.3, 0.15])[0]
    style = {
        "family": family,
        "font": rng.choice(FONTS[script][family]),
        "tex_font": rng.choice(PDFLATEX_FONTS[family]),
        "size": rng.choice([9, 9.5, 10, 10.5, 11, 11.5, 12, 12.5]),
        "justify": rng.random() < 0.7,
        "margin_mm": rng.randint(18, 32),
        "vmargin_mm": rng.randint(18, 30),
        "leading": round(rng.uniform(1.0, 1.35), 2),
        "parindent": rng.random() < 0.3,  # else space between paragraphs
        "parskip_pt": rng.choice([3, 4, 6, 8, 9]),
        "columns": 2 if layout == "report" and rng.random() < 0.3 else 1,
    }
    furniture = {
        "heads": rng.choice(["both", "alternate"]),  # symbol and title on every page, or symbol outside
        "job_side": rng.choice(["left", "right"]),
        "page_mark": rng.choice(["n/N", "- n -", "n"]),
        "barcode": rng.random() < 0.7,
        "note_rule": rng.random() < 0.7,
        "spaced_title": gap_rate > 0 and rng.random() < 0.3 and lang not in ("ar", "zh"),
    }
    if furniture["spaced_title"]:  # a title set letter-spaced, read as words
        kind, m = paragraphs[0]
        longest = max(m.split(" "), key=len)
        paragraphs[0] = (kind, m.replace(longest, "{ls:%s}" % longest, 1))
    return {
        "id": f"{lang}-{seed}-{index:03d}", "seed": seed, "language": lang, "producer": producer,
        "layout": layout, "symbol": symbol, "job": job, "job_first": f"{job} {L['job_suffix']}",
        "barcode": "*" + job.replace("-", "") + "*",
        "un": L["un"], "organ": L["organ"], "distribution": L["distribution"], "date_text": date,
        "date": f"{year:04d}-{month:02d}-{day:02d}", "session": L["session"](session),
        "agenda": L["agenda"](rng.randint(10, 180)),
        "adopted": L["adopted"](date) if layout == "resolution" else L["report_title"],
        "babel": L["babel"], "title": title, "short_title": title, "paragraphs": paragraphs, "footnotes": footnotes,
        "style": style, "furniture": furniture, "damage_seed": rng.randrange(1 << 30),
    }
