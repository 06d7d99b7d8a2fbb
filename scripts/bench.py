"""The measuring half of scripts/bench (standard library only).

Sections (all by default):
  born-digital  the UN corpus: pdf2tei three ways against pdftotext (xargs -P)
  jobs          pdf2tei --jobs 1 against all cores, on one long document
  scale         growth with length: 46 pages against 506 (A/RES/79/243 x 11)
  ocr           the OCR anchors on the generated 300 dpi scans: OCRmyPDF, and
                the bare tesseract CLI on pre-rendered pages (the floor); all
                files in one run, then each file in a run of its own
  repairs       what the text repairs cost: pdf2tei against pdf2tei
                --no-repair on the UN corpus (issue 5: at most 10%)
Each timing is the median of interleaved rounds: every round runs every
command of a section once, in rotating order, so machine drift falls on all
alike. Read the ratios, not the times.
"""
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORES = os.cpu_count() or 1


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(next(l.split()[1] for l in out.splitlines() if l.startswith("Pages:")))


def run(cmd, stdin_text=None, env=None):
    """Wall and CPU (user+sys of all children) seconds of one shell command."""
    start = time.perf_counter()
    proc = subprocess.Popen(["bash", "-c", cmd], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    proc.stdin.write((stdin_text or "").encode())
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 3):
        sys.exit(f"bench: failed: {cmd}")
    return wall, usage.ru_utime + usage.ru_stime


def interleaved(commands, rounds, stdin_text=None, env=None):
    names = list(commands)
    for n in names:
        run(commands[n], stdin_text, env)  # warm-up
    walls = {n: [] for n in names}
    cpus = {n: [] for n in names}
    for r in range(rounds):
        for n in names[r % len(names):] + names[:r % len(names)]:
            w, c = run(commands[n], stdin_text, env)
            walls[n].append(w)
            cpus[n].append(c)
    return {n: (statistics.median(walls[n]), statistics.median(cpus[n])) for n in names}


def peak_rss_mb(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M", "bash", "-c", cmd + " >/dev/null 2>&1"],
                         capture_output=True, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def table(title, results, pages, base):
    print(f"\n### {title}\n")
    print("| command | median s | pages/s | ratio to " + base + " | CPU ms/page |")
    print("|---|---:|---:|---:|---:|")
    b = results[base][0]
    for n, (wall, cpu) in results.items():
        print(f"| {n} | {wall:.3f} | {pages / wall:.1f} | {b / wall:.2f} | {1000 * cpu / pages:.1f} |")


def un_digital():
    """The UN corpus: its PDFs, their pages, the list of them for xargs, and
    a scratch directory for the TEI (the caller removes it)."""
    corpus = os.path.join(SHARED, "corpus", "un-digital")
    pdfs = sorted(glob.glob(os.path.join(corpus, "*.pdf")))
    return pdfs, sum(pages_of(p) for p in pdfs), "\n".join(pdfs) + "\n", tempfile.mkdtemp(prefix="pdf2tei-bench-")


def born_digital(cli, rounds):
    corpus = os.path.join(SHARED, "corpus", "un-digital")
    pdfs, pages, listing, outdir = un_digital()
    commands = {
        "pdftotext (xargs -P)": f"xargs -P {CORES} -I{{}} pdftotext -q {{}} /dev/null",
        f"pdf2tei --jobs {CORES}, all files in one run": f"xargs {cli} -q -j {CORES} -o {outdir}",
        f"pdf2tei --jobs {CORES}, one run per file": f"while read -r f; do {cli} -q -j {CORES} \"$f\" -o /dev/null; done",
        "pdf2tei --jobs 1 (xargs -P)": f"xargs -P {CORES} -I{{}} {cli} -q -j 1 {{}} -o /dev/null",
    }
    res = interleaved(commands, rounds, listing)
    shutil.rmtree(outdir)
    table(f"Born-digital: un-digital ({len(pdfs)} PDFs, {pages} pages, {CORES} cores, {rounds} rounds)",
          res, pages, "pdftotext (xargs -P)")
    big = os.path.join(corpus, "A_RES_79_243.pdf")
    print(f"\nPeak RSS on A_RES_79_243.pdf (46 pages): pdf2tei {peak_rss_mb(f'{cli} -q -j {CORES} {big} -o /dev/null'):.0f} MB,"
          f" pdftotext {peak_rss_mb(f'pdftotext -q {big} /dev/null'):.0f} MB.")


def repairs(cli, rounds):
    """The text repairs' share of the born-digital path: every repair on
    against --no-repair (which also spares the hyphenation dictionaries'
    load), all files in one run, wall and CPU."""
    pdfs, pages, listing, outdir = un_digital()
    commands = {
        "pdf2tei --no-repair": f"xargs {cli} -q -j {CORES} --no-repair -o {outdir}",
        "pdf2tei (every repair)": f"xargs {cli} -q -j {CORES} -o {outdir}",
    }
    res = interleaved(commands, rounds, listing)
    shutil.rmtree(outdir)
    table(f"Repairs: un-digital ({len(pdfs)} PDFs, {pages} pages, {CORES} cores, {rounds} rounds)",
          res, pages, "pdf2tei --no-repair")
    (bare_wall, bare_cpu), (full_wall, full_cpu) = res["pdf2tei --no-repair"], res["pdf2tei (every repair)"]
    print(f"\nThe repairs' share of the born-digital path: {100 * (full_wall - bare_wall) / full_wall:.1f}% of "
          f"the wall time, {100 * (full_cpu - bare_cpu) / full_cpu:.1f}% of the CPU time (issue 5: at most 10%).")
    if shutil.which("valgrind"):
        # Times on a shared machine swing by several per cent from run to
        # run; instruction counts do not.
        counts = {}
        with tempfile.TemporaryDirectory(prefix="pdf2tei-bench-") as out:
            for name, flag in (("--no-repair", ["--no-repair"]), ("every repair", [])):
                log = os.path.join(out, "callgrind.log")
                subprocess.run(["valgrind", "--tool=callgrind", f"--log-file={log}",
                                f"--callgrind-out-file={os.path.join(out, 'callgrind.out')}", cli, "-q", "-j", "1",
                                *flag, "-o", out, *pdfs], check=False, stdout=subprocess.DEVNULL)
                with open(log, encoding="utf-8") as f:
                    counts[name] = int(next(l for l in f if "I   refs:" in l).split()[-1].replace(",", ""))
        share = 100 * (counts["every repair"] - counts["--no-repair"]) / counts["every repair"]
        print(f"Instructions (callgrind, --jobs 1): {counts['--no-repair'] / 1e9:.3f} G with --no-repair, "
              f"{counts['every repair'] / 1e9:.3f} G with every repair: the repairs' share is {share:.1f}%.")


def long_document(work):
    src = os.path.join(SHARED, "corpus", "un-digital", "A_RES_79_243.pdf")
    out = os.path.join(work, "long.pdf")
    subprocess.run(["qpdf", "--empty", "--pages"] + [src] * 11 + ["--", out], check=True)
    return src, out


def jobs(cli, rounds, work):
    src, long_pdf = long_document(work)
    n = pages_of(long_pdf)
    commands = {f"pdf2tei --jobs 1": f"{cli} -q -j 1 {long_pdf} -o /dev/null",
                f"pdf2tei --jobs {CORES}": f"{cli} -q -j {CORES} {long_pdf} -o /dev/null"}
    res = interleaved(commands, rounds)
    table(f"--jobs: one {n}-page document ({rounds} rounds)", res, n, "pdf2tei --jobs 1")


def scale(cli, rounds, work):
    src, long_pdf = long_document(work)
    short_n, long_n = pages_of(src), pages_of(long_pdf)
    print(f"\n### Growth with length: {short_n} and {long_n} pages (A/RES/79/243, and 11 copies of it)\n")
    print("| tool | pages | median s | ms/page | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for tool, fmt in (("pdf2tei", f"{cli} -q -j {CORES} {{}} -o /dev/null"), ("pdftotext", "pdftotext -q {} /dev/null")):
        for pdf, n in ((src, short_n), (long_pdf, long_n)):
            cmd = fmt.format(pdf)
            wall, _ = interleaved({tool: cmd}, max(3, rounds // 3))[tool]
            print(f"| {tool} | {n} | {wall:.2f} | {1000 * wall / n:.2f} | {peak_rss_mb(cmd):.0f} |")


def ocr(cli, rounds, work):
    """pdf2tei's OCR path against OCRmyPDF on the same scans, and against the
    bare tesseract CLI on the same pages pre-rendered (the floor). All three
    read each file in the language pdf2tei detects for it, so no row pays
    for a second model."""
    scans = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "generated", "*.scan300.pdf")))
    if not scans or not shutil.which("ocrmypdf") or not shutil.which("tesseract"):
        print("\n### OCR: skipped (needs tests/corpus/generated and scripts/debian-packages-anchors.txt)")
        return
    n = sum(pages_of(p) for p in scans)
    lang = {p: {"fr": "fra", "en": "eng"}[json_language(p)] for p in scans}
    pages = []
    for p in scans:  # the tesseract floor reads pre-rendered pages (not timed)
        prefix = os.path.join(work, os.path.basename(p)[:-4])
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", p, prefix], check=True)
        pages += [(img, lang[p]) for img in sorted(glob.glob(prefix + "-*.png"))]
    # Each command as its users run it: pdf2tei and OCRmyPDF set Tesseract's
    # OpenMP themselves (one thread a page); the bare CLI is told to, or two
    # at a time each would run a team of threads. Given to every command,
    # the variable once hid pdf2tei's OpenMP running unchecked (session 39).
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    outdir = os.path.join(work, "tei")
    os.makedirs(outdir, exist_ok=True)

    def ocrmypdf(p):
        return f"ocrmypdf -q --skip-text -l {lang[p]} -j {CORES} --output-type pdf {p} {work}/o.pdf"

    def cli_floor(some_pages):
        """The bare CLI on (image, language) pairs, CORES at a time."""
        return (f"printf '%s\\n' {' '.join(f'{img}:{l}' for img, l in some_pages)} | "
                f"xargs -P {CORES} -I{{}} sh -c 'f={{}}; OMP_THREAD_LIMIT=1 tesseract ${{f%:*}} ${{f%:*}}.out -l ${{f##*:}} 2>/dev/null'")

    commands = {
        f"pdf2tei --jobs {CORES}, all files in one run": f"{cli} -q -j {CORES} {' '.join(scans)} -o {outdir}",
        f"ocrmypdf --skip-text -j {CORES}, file by file": "; ".join(ocrmypdf(p) for p in scans),
        f"tesseract CLI on pre-rendered pages (xargs -P {CORES})": cli_floor(pages),
    }
    res = interleaved(commands, max(1, rounds // 5), None, env)
    table(f"OCR: generated 300 dpi scans ({len(scans)} PDFs, {n} pages, {CORES} cores)", res, n,
          f"ocrmypdf --skip-text -j {CORES}, file by file")
    floor = res[f"tesseract CLI on pre-rendered pages (xargs -P {CORES})"][1]
    ours = res[f"pdf2tei --jobs {CORES}, all files in one run"][1]
    print(f"\npdf2tei's CPU per page is {ours / floor:.2f}x the bare tesseract CLI's "
          f"(which neither renders nor preprocesses).")
    # One file per run, as most users convert (issue 16): each file's own
    # three commands, interleaved, and the worst file's ratios.
    print(f"\n### OCR: one file per run ({max(1, rounds // 5)} rounds each)\n")
    print("| file | pages | pdf2tei s | OCRmyPDF s | CLI s | pdf2tei against OCRmyPDF | pdf2tei CPU ms/page | CLI CPU ms/page | CPU against the CLI |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    speedups, cpu_ratios = [], []
    for p in scans:
        mine = [(img, l) for img, l in pages if os.path.basename(img).startswith(os.path.basename(p)[:-4] + "-")]
        one = {"pdf2tei": f"{cli} -q -j {CORES} {p} -o {outdir}/one.xml", "ocrmypdf": ocrmypdf(p), "cli": cli_floor(mine)}
        r = interleaved(one, max(1, rounds // 5), None, env)
        k = len(mine)
        speedups.append(r["ocrmypdf"][0] / r["pdf2tei"][0])
        cpu_ratios.append(r["pdf2tei"][1] / r["cli"][1])
        print(f"| {os.path.basename(p)} | {k} | {r['pdf2tei'][0]:.1f} | {r['ocrmypdf'][0]:.1f} | {r['cli'][0]:.1f} | "
              f"{speedups[-1]:.2f}x | {1000 * r['pdf2tei'][1] / k:.0f} | {1000 * r['cli'][1] / k:.0f} | {cpu_ratios[-1]:.2f}x |")
    print(f"\nOne file per run, worst file: {min(speedups):.2f}x OCRmyPDF's throughput, "
          f"{max(cpu_ratios):.2f}x the bare CLI's CPU per page.")


def json_language(pdf):
    import json
    with open(pdf[:-4] + ".json", encoding="utf-8") as f:
        return json.load(f)["language"]


def main():
    cli, rounds = sys.argv[1], int(sys.argv[2])
    sections = sys.argv[3:] or ["born-digital", "jobs", "scale", "ocr", "repairs"]
    print(f"Machine: {CORES} cores; {os.uname().machine}; pdf2tei {subprocess.run([cli, '--version'], capture_output=True, text=True).stdout.split()[1]}.")
    with tempfile.TemporaryDirectory(prefix="pdf2tei-bench-") as work:
        for s in sections:
            {"born-digital": lambda: born_digital(cli, rounds), "jobs": lambda: jobs(cli, rounds, work),
             "scale": lambda: scale(cli, rounds, work), "ocr": lambda: ocr(cli, rounds, work),
             "repairs": lambda: repairs(cli, rounds)}[s]()


if __name__ == "__main__":
    main()
