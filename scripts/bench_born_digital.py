"""The measuring half of scripts/bench (standard library only)."""
import glob
import os
import statistics
import subprocess
import shutil
import sys
import tempfile
import time

cli, corpus, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
cores = os.cpu_count() or 1
pdfs = sorted(glob.glob(os.path.join(corpus, "*.pdf")))
pages = sum(int(next(l.split()[1] for l in subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
                     .splitlines() if l.startswith("Pages:"))) for p in pdfs)
listing = "\n".join(pdfs) + "\n"

# Each command converts the whole corpus once. pdf2tei is measured three
# ways: one process for all files (files and pages share --jobs threads); one
# process per file, pages in parallel; and one single-threaded process per
# file, files in parallel as pdftotext is run.
outdir = tempfile.mkdtemp(prefix="pdf2tei-bench-")
commands = {
    "pdftotext (xargs -P)": f"xargs -P {cores} -I{{}} pdftotext -q {{}} /dev/null",
    f"pdf2tei --jobs {cores}, all files in one run": f"xargs {cli} -q -j {cores} -o {outdir}",
    f"pdf2tei --jobs {cores}, one run per file": f"while read -r f; do {cli} -q -j {cores} \"$f\" -o /dev/null; done",
    "pdf2tei --jobs 1 (xargs -P)": f"xargs -P {cores} -I{{}} {cli} -q -j 1 {{}} -o /dev/null",
}


def run(cmd):
    """Wall seconds and CPU seconds (user+sys of all children) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(["bash", "-c", cmd], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    proc.stdin.write(listing.encode())
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 3):
        sys.exit(f"bench: failed: {cmd}")
    return wall, usage.ru_utime + usage.ru_stime


names = list(commands)
for name in names:  # warm-up: page cache, dynamic loader
    run(commands[name])
walls = {n: [] for n in names}
cpus = {n: [] for n in names}
for r in range(rounds):
    order = names[r % len(names):] + names[:r % len(names)]
    for name in order:
        wall, cpu = run(commands[name])
        walls[name].append(wall)
        cpus[name].append(cpu)


def peak_rss_mb(argv):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, capture_output=True, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


base = statistics.median(walls[names[0]])
print(f"Corpus: {len(pdfs)} PDFs, {pages} pages; {cores} cores; medians of {rounds} interleaved rounds.\n")
print("| command | median s | pages/s | ratio to pdftotext | CPU ms/page |")
print("|---|---:|---:|---:|---:|")
for n in names:
    med = statistics.median(walls[n])
    print(f"| {n} | {med:.3f} | {pages / med:.0f} | {base / med:.2f} | {1000 * statistics.median(cpus[n]) / pages:.2f} |")
shutil.rmtree(outdir)
big = os.path.join(corpus, "A_RES_79_243.pdf")
if os.path.exists(big):
    a = peak_rss_mb([cli, "-q", "-j", str(cores), big, "-o", "/dev/null"])
    b = peak_rss_mb(["pdftotext", "-q", big, "/dev/null"])
    print(f"\nPeak RSS on A_RES_79_243.pdf (46 pages): pdf2tei {a:.0f} MB, pdftotext {b:.0f} MB.")
