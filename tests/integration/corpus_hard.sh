#!/usr/bin/env bash
# Files that break extractors, and scans: pdf2tei never crashes on them. Each
# ends in 0 or 3 with valid TEI, or in 2 with one line and no output.
# Usage: corpus_hard.sh PDF2TEI SCHEMA SHARED_CORPUS
. "$(dirname "$0")/lib.sh"
cli=$1 schema=$2 corpus=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
outs=()
shopt -s nullglob
for pdf in "$corpus"/hard/*/*.pdf "$corpus"/un-scanned/*.pdf; do
    name=$(basename "$pdf" .pdf)
    "$cli" "$pdf" -o "$work/$name.xml" 2>"$work/$name.err"; rc=$?
    case $rc in
        0|3) outs+=("$work/$name.xml") ;;
        2) [[ $(wc -l < "$work/$name.err") -eq 1 && ! -e $work/$name.xml ]] ||
               fail "$name: exit 2 without exactly one line, or with output" ;;
        *) fail "$name: exit $rc (crash?)"; cat "$work/$name.err" >&2 ;;
    esac
done
# The one encrypted file in the corpus needs a password we do not have.
[[ ! -e $work/gday_garcon.xml ]] && grep -q "encrypted PDF" "$work/gday_garcon.err" &&
    pass "gday_garcon.pdf: encrypted, refused" || fail "gday_garcon.pdf should be refused as encrypted"
pass "${#outs[@]} files converted without a crash"
validate "$schema" "${outs[@]}"
finish
