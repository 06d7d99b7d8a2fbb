#!/usr/bin/env bash
# Every born-digital PDF of a folder: exit 0, TEI valid against the schema,
# at least 99% of pdftotext's words kept, and the same bytes across runs and
# across --jobs.
# Usage: corpus_e2e.sh PDF2TEI SCHEMA SCRIPTS_DIR CORPUS_DIR
. "$(dirname "$0")/lib.sh"
cli=$1 schema=$2 scripts=$3 corpus=$4
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pairs=() outs=()
shopt -s nullglob
pdfs=("$corpus"/*.pdf)
[[ ${#pdfs[@]} -gt 0 ]] || { fail "no PDF in $corpus"; finish; }
for pdf in "${pdfs[@]}"; do
    name=$(basename "$pdf" .pdf)
    "$cli" "$pdf" -j 1 -o "$work/$name.j1.xml"; rc=$?
    [[ $rc -eq 0 ]] || fail "$name: exit $rc"
    "$cli" "$pdf" -j 2 -o "$work/$name.j2.xml"
    "$cli" "$pdf" -j 2 -o "$work/$name.j2b.xml"
    cmp -s "$work/$name.j1.xml" "$work/$name.j2.xml" || fail "$name: --jobs 1 and 2 differ"
    cmp -s "$work/$name.j2.xml" "$work/$name.j2b.xml" || fail "$name: two runs differ"
    pairs+=("$pdf" "$work/$name.j1.xml")
    outs+=("$work/$name.j1.xml")
done
pass "${#pdfs[@]} PDFs converted, identical across runs and --jobs"
"$scripts/word-recall" --min 0.99 "${pairs[@]}" && pass "word recall >= 0.99" || fail "word recall below 0.99"
validate "$schema" "${outs[@]}"
finish
