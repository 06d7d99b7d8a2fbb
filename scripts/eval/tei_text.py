"""Reading a TEI file the way the evaluator scores it.

The contract with pdf2tei's output (and with the minimal TEI the anchor
tools are wrapped in):
  body paragraphs   every p, head, item, ab, l, table cell, closer/opener text under
                    text/body (and text/back), minus fw and note inside them;
                    a p with @n whose text does not start with it gets
                    "N. " in front, so numbering moved to @n still counts
  notes             note[@place="foot"] and note[@place="end"], with @n,
                    where they stand (in the front's fields too)
  tables            table/row/cell, as grids of cell texts (the cells are
                    body paragraphs too)
  furniture         fw elements: never body text
  figures           figure elements: a chart's labels are not body text (the
                    Word originals keep them inside the chart object); a
                    figure's head, if any, is
  page verdicts     pb/@type (text, none, garbled, lossy, invisible-ocr,
                    partial); missing = no verdict
  header            teiHeader's idno[@type="symbol"] and titleStmt/title
"""
import re
import unicodedata
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
PARAGRAPH_TAGS = {TEI + t for t in ("p", "head", "item", "ab", "l", "dateline", "signed", "salute", "label", "cell")}
SKIP_TAGS = {TEI + "fw", TEI + "note"}
SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007\u200a]+")
# Characters a PDF cannot tell from others, folded on both sides: Word's
# non-breaking hyphen (U+2011) prints as, and is extracted as, a hyphen;
# zero-width joiners and spaces print as nothing ("2022–\u200d2031" in
# A/81/6's original).
FOLD = str.maketrans({"\u2011": "-", "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
                      "\ufeff": None})


def norm(s):
    """NFC, every kind of space folded to one ASCII space, invisible and
    non-breaking-hyphen variants folded (FOLD), trimmed."""
    return SPACES.sub(" ", unicodedata.normalize("NFC", s).translate(FOLD)).strip()


def own_text(el):
    """Text of an element, without fw and note descendants (their tails kept)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag not in SKIP_TAGS:
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


class TeiText:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        text = root.find(TEI + "text")
        self.paragraphs = []      # normalized strings, reading order
        self.notes = []           # dicts: n, text, paragraph (index or None), before (text before it)
        self.verdicts = []        # pb/@type or None, per pb
        self.tables = []          # per table: rows of normalized cell texts
        self.front = []           # normalized texts of the front matter
        # The header's record of a UN document: its symbols and its title.
        header = root.find(TEI + "teiHeader")
        self.symbols = [norm("".join(el.itertext())) for el in header.iter(TEI + "idno")
                        if el.get("type") == "symbol"] if header is not None else []
        title = header.find(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}title") if header is not None else None
        self.title = norm("".join(title.itertext())) if title is not None else ""
        if text is None:
            return
        for el in text.iter():
            if el.tag == TEI + "pb":
                self.verdicts.append(el.get("type"))
        for part in (text.find(TEI + "body"), text.find(TEI + "back")):
            if part is not None:
                self._walk(part)
        # The front matter (a UN masthead, a title page), apart: a page's
        # whole text is scored against typed truth, the body against paragraphs.
        # A note called in a masthead field ("… agenda*") is a note, where
        # it stands, and not the field's text.
        front = text.find(TEI + "front")
        fields = [el for el in front.iter()
                  if el.tag in PARAGRAPH_TAGS | {TEI + "titlePart", TEI + "docDate", TEI + "docImprint"}
                  and not any(c.tag in PARAGRAPH_TAGS for c in el)] if front is not None else []
        self.front = [t for t in (norm(own_text(el)) for el in fields) if t]
        for el in fields:
            self._notes_in(el, None, [el.text or ""])

    def _walk(self, el):
        for child in el:
            if child.tag in SKIP_TAGS:
                if child.tag == TEI + "note":
                    self._note(child, None, "")
                continue
            if child.tag == TEI + "figure":
                for head in child.findall(TEI + "head"):
                    self._paragraph(head)
            elif child.tag in PARAGRAPH_TAGS:
                self._paragraph(child)
            else:
                if child.tag == TEI + "table":
                    self.tables.append([[norm(own_text(c)) for c in row.iter(TEI + "cell")]
                                        for row in child.iter(TEI + "row")])
                self._walk(child)

    def _paragraph(self, el):
        index = len(self.paragraphs)
        self._notes_in(el, index, [el.text or ""])  # each note with the text before it
        t = norm(own_text(el))
        n = el.get("n")
        if n and not t.startswith(n):
            t = f"{n}. {t}" if not n.endswith(".") else f"{n} {t}"
        self.paragraphs.append(t)

    def _notes_in(self, el, index, acc):
        for child in el:
            if child.tag == TEI + "note":
                self._note(child, index, "".join(acc))
            elif child.tag != TEI + "fw":
                acc.append(child.text or "")
                self._notes_in(child, index, acc)
            acc.append(child.tail or "")

    def _note(self, el, index, before):
        if el.get("place", "foot") in ("foot", "end"):
            self.notes.append({"n": el.get("n"), "text": norm("".join(el.itertext())),
                               "paragraph": index, "before": norm(before)})

    def body(self):
        return "\n".join(self.paragraphs)
