#!/usr/bin/env bash
# Converts a PDF and compares the TEI with the committed golden file, then
# validates it. After an intended change, refresh with scripts/update-golden.
# Usage: golden.sh PDF2TEI SCHEMA PDF GOLDEN
. "$(dirname "$0")/lib.sh"
cli=$1 schema=$2 pdf=$3 golden=$4
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
out=$work/$(basename "$golden")
"$cli" "$pdf" -o "$out"; rc=$?
[[ $rc -eq 0 ]] && pass "exit 0" || fail "exit $rc"
# The golden file records the name of the PDF only, not where it lives.
if diff -u "$golden" "$out" > "$work/diff"; then pass "matches $(basename "$golden")"
else fail "differs from $(basename "$golden") (scripts/update-golden refreshes it)"; head -40 "$work/diff" >&2; fi
validate "$schema" "$out"
finish
