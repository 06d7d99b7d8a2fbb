#!/usr/bin/env bash
# A real Slurm (scripts/slurm-local: munged, slurmctld, slurmd on this
# machine) runs a 3-task job array over a small corpus
# (scripts/cluster/pdf2tei-array.sbatch), and:
#   - the union of the outputs is every document, none written twice;
#   - a second submission converts nothing;
#   - a run cancelled midway, then submitted again, finishes the rest
#     without converting again what the first run finished.
# Usage: cluster_slurm.sh PDF2TEI SCRIPTS_DIR CORPUS_DIR...
. "$(dirname "$0")/lib.sh"
cli=$(realpath "$1") scripts=$(realpath "$2"); shift 2
work=$(mktemp -d); chmod 755 "$work"  # munged (user munge) reaches its folder inside
export PDF2TEI_SLURM_DIR=$work/slurm
cleanup() { "$scripts/slurm-local" stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$scripts/slurm-local" start || { fail "slurm did not start"; finish; }
eval "$("$scripts/slurm-local" env)"
export PDF2TEI=$cli
job=$scripts/cluster/pdf2tei-array.sbatch

# The corpus: the clean born-digital PDFs given, some in a sub-folder.
mkdir -p "$work/in/sub"
n=0
for pdf in $(find "$@" -name '*.clean.pdf' | sort); do
    dest=$work/in; (( n % 3 == 0 )) && dest=$work/in/sub
    cp "$pdf" "$dest/"; n=$((n + 1))
done
[[ $n -ge 6 ]] || { fail "only $n PDFs to convert"; finish; }
keys() { (cd "$work/in" && find . -name '*.pdf' | sed 's|^\./||' | sort); }

# Converted keys in a run's reports, one line each.
converted() { cat "$1"/reports/*.jsonl 2>/dev/null | /usr/bin/python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    if r["status"] == "converted": print(r["key"])' | sort; }

# 1. A 3-task array covers the collection exactly once.
cd "$work"
sbatch --array=0-2 --wait -o "$work/task-%a.log" "$job" "$work/in" "$work/out" >/dev/null; rc=$?
tei=$(cd "$work/out" && find . -name '*.tei.xml' | wc -l)
dups=$(converted "$work/out" | uniq -d | wc -l)
if [[ $rc -eq 0 && $tei -eq $n && $(converted "$work/out" | wc -l) -eq $n && $dups -eq 0 ]] &&
    diff <(keys) <(converted "$work/out") >/dev/null; then
    pass "3 tasks: $n documents, each converted once ($(for k in 0 1 2; do wc -l < "$work/out/reports/task-$k.jsonl"; done | paste -sd/ -) per task)"
else
    fail "3 tasks: sbatch $rc, $tei TEI, $(converted "$work/out" | wc -l) converted, $dups twice, of $n"
    cat "$work"/task-*.log >&2
fi

# 2. Submitted again: nothing converted, nothing rewritten.
before=$(find "$work/out" -name '*.tei.xml' -printf '%P %T@\n' | sort | md5sum)
sbatch --array=0-2 --wait -o "$work/again-%a.log" "$job" "$work/in" "$work/out" >/dev/null; rc=$?
after=$(find "$work/out" -name '*.tei.xml' -printf '%P %T@\n' | sort | md5sum)
skipped=$(cat "$work"/out/reports/*.jsonl | grep -c '"status":"skipped"')
[[ $rc -eq 0 && $(converted "$work/out" | wc -l) -eq 0 && $skipped -eq $n && $before == "$after" ]] &&
    pass "submitted again: $skipped skipped, 0 converted, no file rewritten" ||
    fail "submitted again: sbatch $rc, $(converted "$work/out" | wc -l) converted, $skipped skipped"

# 3. One task, slowed by OCR of every page, cancelled once it has written
# some documents; submitted again, it converts only the rest.
id=$(sbatch --parsable --array=0-0 -o "$work/slow-%a.log" "$job" "$work/in" "$work/slow" --ocr always)
for _ in $(seq 1 600); do
    done_now=$(find "$work/slow" -name '*.tei.xml' 2>/dev/null | wc -l)
    [[ $done_now -ge 2 ]] && break
    sleep 0.2
done
scancel "$id"
for _ in $(seq 1 100); do squeue -h -j "$id" 2>/dev/null | grep -q . || break; sleep 0.2; done
first=$(converted "$work/slow" | wc -l)
partial=$(find "$work/slow" -name '.*' -type f | wc -l)  # temporary files left?
finished_first=$(find "$work/slow" -name '*.tei.xml' | wc -l)
sbatch --array=0-0 --cpus-per-task=2 --wait -o "$work/slow2-%a.log" "$job" "$work/in" "$work/slow" --ocr always >/dev/null; rc=$?
second=$(converted "$work/slow" | wc -l)
total=$(find "$work/slow" -name '*.tei.xml' | wc -l)
skipped=$(grep -c '"status":"skipped"' "$work/slow/reports/task-0.jsonl")
if [[ $finished_first -ge 1 && $finished_first -lt $n && $partial -eq 0 && $rc -eq 0 && $total -eq $n &&
      $skipped -eq $finished_first && $second -eq $((n - finished_first)) ]]; then
    pass "cancelled after $finished_first of $n, no partial file; resubmitted: $skipped skipped, $second converted"
else
    fail "cancel and resume: first $finished_first (report $first), partial $partial, sbatch $rc, total $total, skipped $skipped, second $second"
fi
finish
