#!/usr/bin/python3
"""Scans of a random corpus's born-digital files at one resolution, so
that a figure about scans ("Arabic at 300 dpi") rests on every document of
a seed rather than the few the seed's damage draw made scans.

  rescan.py SRC_DIR DST_DIR [--dpi 300] [--langs ar,zh] [--jobs J]

For each clean file of SRC_DIR (a corpus made by random_corpus.py), writes
LANG-S-III.scan.pdf to DST_DIR: the grey scan of damage.scan() at the
given dpi, with noise, blur, skew and JPEG quality drawn from the
document's own id (the same run gives the same files). Its ground truth is
the clean file's, with variant "scan", verdict "none" on every page and
the scan's parameters under "damage". A manifest.json lists them, so
scripts/eval/evaluate.py --random NAME=DST_DIR scores them.

The scans inherit the source seed's standing: scans of a held-out seed are
held out.
"""
import argparse
import concurrent.futures
import json
import os
import random
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import damage  # noqa: E402


def scan_params(name, dpi):
    rng = random.Random(f"rescan/{name}/{dpi}")
    return dict(dpi=dpi, noise=round(rng.uniform(0.1, 0.45), 2), blur=rng.choice([0, 0, 0.4, 0.8]),
                skews=[round(rng.uniform(-1.2, 1.2), 2) for _ in range(4)], quality=rng.choice([35, 50, 65, 80]),
                seed=rng.randrange(1000))


def rescan_one(src_dir, dst_dir, row, dpi):
    name = row["name"]
    doc_id = name.rsplit(".", 1)[0]
    gt = json.load(open(os.path.join(src_dir, name + ".json"), encoding="utf-8"))
    p = scan_params(doc_id, dpi)
    dst = os.path.join(dst_dir, f"{doc_id}.scan.pdf")
    with tempfile.TemporaryDirectory(prefix="pdf2tei-rescan-") as work:
        damage.scan(os.path.join(src_dir, name + ".pdf"), work, dst, **p)
    gt["variant"] = "scan"
    gt["damage"] = p
    gt["pages"] = [{"n": pg["n"], "verdict": "none"} for pg in gt["pages"]]
    with open(dst[:-4] + ".json", "w", encoding="utf-8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return {**row, "name": f"{doc_id}.scan", "variant": "scan"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src_dir")
    ap.add_argument("dst_dir")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--langs", default="en,fr,es,ru,ar,zh")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    os.makedirs(args.dst_dir, exist_ok=True)
    langs = args.langs.split(",")
    rows = [r for r in json.load(open(os.path.join(args.src_dir, "manifest.json"), encoding="utf-8"))
            if r["name"].endswith(".clean") and r["name"].split("-", 1)[0] in langs]
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        manifest = list(pool.map(lambda r: rescan_one(args.src_dir, args.dst_dir, r, args.dpi), rows))
    with open(os.path.join(args.dst_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(sorted(manifest, key=lambda r: r["name"]), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
