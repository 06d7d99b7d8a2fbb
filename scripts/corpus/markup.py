"""The tiny markup of corpus paragraphs, shared by every producer.

  *words*     italic lead words (UN preambular and operative style)
  [^n]        the call of footnote n
  {gap:E}     a producer's gap of E em inside a word ("d ans"), or before an
              elided apostrophe ("d ’experts"); not text
  {ls:word}   a letter-spaced word: drawn with gaps between its letters,
              read as the word

plain() gives the text as a reader must read it, and the note calls'
offsets into it; segments() gives what a producer draws.
"""
import re

MARK = re.compile(r"\*([^*]+)\*|\[\^(\d+)\]|\{gap:([0-9.]+)\}|\{ls:([^}]+)\}")


def segments(s):
    """[(kind, value)]: ("text", str), ("italic", str), ("note", n),
    ("gap", em), ("spaced", str)."""
    out, pos = [], 0
    for m in MARK.finditer(s):
        if m.start() > pos:
            out.append(("text", s[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("italic", m.group(1)))
        elif m.group(2) is not None:
            out.append(("note", int(m.group(2))))
        elif m.group(3) is not None:
            out.append(("gap", float(m.group(3))))
        else:
            out.append(("spaced", m.group(4)))
        pos = m.end()
    if pos < len(s):
        out.append(("text", s[pos:]))
    return out


def plain(s):
    """Text as read, and the footnote calls as (number, offset)."""
    text, notes = [], []
    for kind, value in segments(s):
        if kind in ("text", "italic", "spaced"):
            text.append(value)
        elif kind == "note":
            notes.append((value, len("".join(text))))
    return "".join(text), notes
