"""Arabic text in presentation forms (U+FB50-FDFF, U+FE70-FEFF), as many
Word and Acrobat PDFs carry it: each letter replaced by its contextual form
(isolated, initial, medial, final), and lam-alef by its ligature. A
producer typesets the shaped text as it is, so its ToUnicode maps give the
forms back (issue 17's presentation-forms variant).

The forms come from Unicode's own decompositions ("<initial> 0628"), and a
letter's joining from which forms it has: one with an initial or medial
form joins the letter after it (dual-joining), one with a final or medial
form the letter before it. Marks (category Mn) are transparent.
"""
import unicodedata

FORMS = {}  # base letter -> {"isolated": ..., "initial": ..., "medial": ..., "final": ...}
for _cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
    _parts = unicodedata.decomposition(chr(_cp)).split()
    if len(_parts) == 2 and _parts[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
        FORMS.setdefault(chr(int(_parts[1], 16)), {})[_parts[0][1:-1]] = chr(_cp)

LAM = "\u0644"
# Lam-alef ligatures, isolated and final, by the alef they hold.
LAM_ALEF = {"\u0622": ("\uFEF5", "\uFEF6"), "\u0623": ("\uFEF7", "\uFEF8"), "\u0625": ("\uFEF9", "\uFEFA"),
            "\u0627": ("\uFEFB", "\uFEFC")}
TATWEEL = "\u0640"


def joins_next(c):
    return c == TATWEEL or bool({"initial", "medial"} & set(FORMS.get(c, {})))


def joins_previous(c):
    return c == TATWEEL or bool({"final", "medial"} & set(FORMS.get(c, {})))


def transparent(c):
    return unicodedata.category(c) == "Mn"


def shape(text):
    """The text with every Arabic letter in its presentation form."""
    out = []
    chars = list(text)
    i = 0
    while i < len(chars):
        c = chars[i]
        if c not in FORMS:
            out.append(c)
            i += 1
            continue
        before = next((chars[k] for k in range(i - 1, -1, -1) if not transparent(chars[k])), None)
        after_at = next((k for k in range(i + 1, len(chars)) if not transparent(chars[k])), None)
        after = chars[after_at] if after_at is not None else None
        joined_before = before is not None and joins_next(before) and joins_previous(c)
        if c == LAM and after in LAM_ALEF:
            out.append(LAM_ALEF[after][1 if joined_before else 0])
            out.extend(chars[i + 1:after_at])  # marks between lam and alef
            i = after_at + 1
            continue
        joined_after = after is not None and joins_next(c) and joins_previous(after)
        form = {(True, True): "medial", (True, False): "final", (False, True): "initial",
                (False, False): "isolated"}[(joined_before, joined_after)]
        forms = FORMS[c]
        out.append(forms.get(form) or forms.get("isolated") or c)
        i += 1
    return "".join(out)


# The document's fields that carry its text.
TEXT_FIELDS = ("un", "organ", "distribution", "date_text", "session", "agenda", "adopted", "title", "short_title")


def shaped_document(doc):
    """A copy of a drawn document with its text in presentation forms."""
    out = dict(doc)
    for k in TEXT_FIELDS:
        out[k] = shape(doc[k])
    out["paragraphs"] = [(kind, [[shape(c) for c in row] for row in markup] if kind == "table" else shape(markup))
                         for kind, markup in doc["paragraphs"]]
    out["footnotes"] = {n: shape(t) for n, t in doc["footnotes"].items()}
    return out
