"""Damage done to a born-digital PDF, as real files carry it: text layers
that lie (scrambled or missing ToUnicode), scans of varied quality, poor
invisible OCR layers, and pages or bands replaced by images. Each function
writes a new PDF and leaves the page count unchanged. Parameters are drawn
by the caller (random_corpus.py) so that a seed fixes them.
"""
import os
import random
import re

import pikepdf

from producers import run

# ------------------------------------------------------------- text layers

SCRIPT_LETTERS = {
    "latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИКЛМНОПРСТУ",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "han": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年",
}


def _cmap_codes(data):
    """The source codes a ToUnicode CMap maps, as hex strings."""
    text = data.decode("latin-1")
    codes = []
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        codes += re.findall(r"<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>", block)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*[<\[]", block):
            width = len(lo)
            codes += [f"{c:0{width}X}" for c in range(int(lo, 16), int(hi, 16) + 1)]
    return codes


def scramble_tounicode(src, dst, seed, script):
    """Maps every code of every ToUnicode CMap (one- or two-byte) to a
    letter drawn at random from the document's script: the text layer
    becomes plausible-looking garbage, the page is unchanged."""
    rng = random.Random(seed)
    letters = SCRIPT_LETTERS[script]
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                if "/ToUnicode" not in font:
                    continue
                codes = _cmap_codes(font.ToUnicode.read_bytes())
                if not codes:
                    continue
                width = len(codes[0])
                entries = [f"<{c}> <{ord(rng.choice(letters)):04X}>" for c in codes if len(c) == width]
                body = "\n".join(f"{len(entries[i:i + 100])} beginbfchar\n" + "\n".join(entries[i:i + 100]) +
                                 "\nendbfchar" for i in range(0, len(entries), 100))
                space = f"<{'0' * width}> <{'F' * width}>"
                cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                        "/CMapName /Scrambled def /CMapType 2 def\n"
                        f"1 begincodespacerange {space} endcodespacerange\n" + body +
                        "\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
                font.ToUnicode = pikepdf.Stream(pdf, cmap.encode())
        pdf.save(dst, static_id=True)


def remove_tounicode(src, dst):
    """Drops the ToUnicode of every composite (CID) and TrueType font: the
    page still renders, but a reader gets bare glyph ids ("1DWLRQV" for
    "Nations"), as in PDFs whose producer forgot the map."""
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                if font.get("/Subtype") in ("/Type0", "/TrueType") and "/ToUnicode" in font:
                    del font["/ToUnicode"]
        pdf.save(dst, static_id=True)


def type3_bitmap_pdf(tex_path, work):
    """latex -> dvips with bitmap (PK) fonts only -> ps2pdf: Type 3 fonts
    with no ToUnicode, glyphs renamed so no reader can map them back. The
    page looks right; its text layer loses accents and ligatures."""
    name = os.path.splitext(os.path.basename(tex_path))[0]
    for _ in range(2):
        run(["latex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], cwd=work)
    empty_map = os.path.join(work, "empty.map")
    open(empty_map, "w").close()
    run(["dvips", "-q", "-D", "600", "-u", empty_map, "-o", name + ".ps", name + ".dvi"], cwd=work)
    run(["ps2pdf", "-dPDFSETTINGS=/prepress", name + ".ps", name + ".t3.pdf"], cwd=work)
    out = os.path.join(work, name + ".t3-anon.pdf")
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


# ------------------------------------------------------------------ scans

def render_pages(pdf, work, prefix, args):
    run(["pdftoppm"] + args + [pdf, os.path.join(work, prefix)])
    return sorted(os.path.join(work, f) for f in os.listdir(work) if f.startswith(prefix + "-"))


def scan(clean, work, dst, dpi=300, noise=0.25, blur=0.0, skews=(0.6, -0.4), quality=50, seed=11):
    """A grey scan: rendered at `dpi`, each page turned by its skew
    (degrees), blurred, with Gaussian noise, JPEG at `quality`."""
    jpgs = []
    for i, png in enumerate(render_pages(clean, work, "g", ["-r", str(dpi), "-gray", "-png"])):
        jpg = os.path.join(work, f"scan-{i:03d}.jpg")
        w, h = round(8.2677 * dpi), round(11.6929 * dpi)
        cmd = ["convert", png, "-seed", str(seed + i), "-background", "white", "-rotate", str(skews[i % len(skews)]),
               "-gravity", "center", "-extent", f"{w}x{h}"]
        if blur > 0:
            cmd += ["-blur", f"0x{blur}"]
        run(cmd + ["-attenuate", str(noise), "+noise", "Gaussian", "-quality", str(quality), "-strip", jpg])
        jpgs.append(jpg)
    run(["img2pdf", "--nodate", "--imgsize", f"{dpi}dpi", "-o", dst] + jpgs)
    return jpgs


def scan_bw(clean, work, dst, dpi=200):
    """A bilevel scan, CCITT Group 4, as fax-era archives hold them."""
    tifs = []
    for i, pbm in enumerate(render_pages(clean, work, "m", ["-r", str(dpi), "-mono"])):
        tif = os.path.join(work, f"bw-{i:03d}.tif")
        run(["convert", pbm, "-compress", "Group4", "-strip", tif])
        tifs.append(tif)
    run(["img2pdf", "--nodate", "--imgsize", f"{dpi}dpi", "-o", dst] + tifs)


def invisible_ocr(scan_pdf, jpgs, work, dst, scale=33.333, lang="rus", dpi=300):
    """A poor OCR layer, as a careless earlier tool left it: Tesseract on
    a reduced copy (`scale` percent) with a wrong `lang`, laid as invisible
    text under the good scan."""
    layers = []
    low_dpi = round(dpi * scale / 100)
    for i, jpg in enumerate(jpgs):
        low = os.path.join(work, f"low-{i:03d}.png")
        run(["convert", jpg, "-resize", f"{scale}%", "-units", "PixelsPerInch", "-density", str(low_dpi), low])
        base = os.path.join(work, f"layer-{i:03d}")
        run(["tesseract", low, base, "-l", lang, "--dpi", str(low_dpi), "-c", "textonly_pdf=1", "pdf"])
        layers.append(base + ".pdf")
    layer = os.path.join(work, "layer.pdf")
    run(["qpdf", "--empty", "--pages"] + layers + ["--", layer])
    run(["qpdf", "--deterministic-id", scan_pdf, "--underlay", layer, "--", dst])


def mixed(clean, scanned, dst, pages, page=2):
    """Page `page` from the scan, the rest born-digital."""
    args = ["qpdf", "--deterministic-id", "--empty", "--pages"]
    if page > 1:
        args += [clean, f"1-{page - 1}"]
    args += [scanned, str(page)]
    if pages > page:
        args += [clean, f"{page + 1}-{pages}"]
    run(args + ["--", dst])


def text_band(page_ops, top, bottom):
    """Splits a page's text-showing operators at the band between PDF
    heights `bottom` and `top`: (the operators kept, the baselines of those
    taken out). Follows BT, Td, TD, TL, Tm, T*, ' and "."""
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


def partial(clean, work, dst, page=2, band=(0.42, 0.78), seed=23):
    """A born-digital page with a band of its text pasted in as a scan (as a
    scanned annex or quotation is): the text layer holds the rest, and a
    300 dpi grey image, the page's full width, holds the lines taken out.
    The band is a share of the page height from its top. Returns False
    when no text operator falls in the band. Only pdfTeX's streams are
    followed for sure (no cm around text), so callers use it for those."""
    os.makedirs(work, exist_ok=True)
    pdf = pikepdf.open(clean)
    pg = pdf.pages[page - 1]
    left, low, right, high = (float(v) for v in pg.mediabox)
    height = high - low
    kept, removed = text_band(pikepdf.parse_content_stream(pg), high - band[0] * height, high - band[1] * height)
    if not removed:
        return False
    img_top, img_bottom = max(removed) + 9, min(removed) - 3
    dpi = 300
    px = lambda pt: int(round(pt * dpi / 72))
    crop = ["-x", "0", "-y", str(px(high - img_top)), "-W", str(px(right - left)), "-H", str(px(img_top - img_bottom))]
    run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", "-png"] + crop +
        [clean, os.path.join(work, "band")])
    png = next(os.path.join(work, f) for f in sorted(os.listdir(work)) if f.startswith("band") and f.endswith(".png"))
    jpg = os.path.join(work, "band.jpg")
    run(["convert", png, "-seed", str(seed), "-attenuate", "0.2", "+noise", "Gaussian", "-colorspace", "Gray",
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
    pdf.save(dst, static_id=True)
    return True
