#!/usr/bin/env bash
# The CLI's contract: --help, --version, stdin and stdout, exit 3 with
# warnings, and the password option.
# Usage: cli_basics.sh PDF2TEI TEST_DATA_DIR FUZZ_SEED_DIR
. "$(dirname "$0")/lib.sh"
cli=$1 data=$2 seeds=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sample=$data/resolution-fr.pdf

out=$("$cli" --help) && grep -q "Exit status: 0 done, 2 error" <<<"$out" && grep -q -- "--jobs" <<<"$out" &&
    pass "--help" || fail "--help"
out=$("$cli" --version) && [[ $out =~ ^pdf2tei\ [0-9]+\.[0-9]+\.[0-9]+\ \(poppler ]] &&
    pass "--version: $out" || fail "--version: $out"

# Linked with jemalloc (PDF2TEI_JEMALLOC), the command keeps freed pages
# for reuse (cli/allocator_settings.cpp); a build without it has nothing to check.
conf=$(MALLOC_CONF=confirm_conf:true "$cli" --version 2>&1 >/dev/null)
if ! grep -q "<jemalloc>" <<<"$conf"; then pass "allocator: not jemalloc (nothing to check)"
elif grep -q 'Set conf value: dirty_decay_ms:-1' <<<"$conf"; then pass "allocator: jemalloc keeps freed pages"
else fail "allocator: jemalloc without its settings"; fi

"$cli" "$sample" -o "$work/file.xml" && pass "file to file" || fail "file to file"
"$cli" - < "$sample" > "$work/stdin.xml" && pass "stdin to stdout" || fail "stdin to stdout"
"$cli" "$sample" -o - > "$work/dash.xml" && cmp -s "$work/file.xml" "$work/dash.xml" &&
    pass "-o - is stdout" || fail "-o - differs from file output"
# Reading stdin changes only the file name the header records.
diff <(grep -v 'type="filename"' "$work/file.xml") <(grep -v 'type="filename"' "$work/stdin.xml") >/dev/null &&
    grep -q '<idno type="filename">-</idno>' "$work/stdin.xml" &&
    pass "stdin gives the same TEI" || fail "stdin output differs"

"$cli" "$data/resolution-fr-encrypted.pdf" --password lecteur -o "$work/enc.xml" &&
    grep -q '<note type="encryption">encrypted</note>' "$work/enc.xml" &&
    pass "encrypted with password" || fail "encrypted with password"

# --salvage on a truncated file: converted with a warning (3), or unreadable (2).
size=$(stat -c %s "$sample")
head -c $((size * 9 / 10)) "$sample" > "$work/cut.pdf"
"$cli" "$work/cut.pdf" --salvage -o "$work/cut.xml" 2>"$work/err"
rc=$?
if [[ $rc -eq 3 ]] && grep -q "warning: truncated PDF" "$work/err" && [[ -s $work/cut.xml ]]; then
    pass "--salvage: exit 3 with a warning"
elif [[ $rc -eq 2 && ! -e $work/cut.xml ]]; then pass "--salvage: unreadable, exit 2"
else fail "--salvage: exit $rc"; fi
# A page drawing with a font it does not have: converted, with warnings.
"$cli" "$seeds/missing-font.pdf" -o "$work/mf.xml" 2>"$work/err"; rc=$?
[[ $rc -eq 3 ]] && grep -q "warning: page 1: ingest.pdf-damage: poppler:" "$work/err" &&
    grep -q "<note type=\"warning\" subtype=\"ingest.pdf-damage\" n=\"1\">poppler:" "$work/mf.xml" &&
    pass "warnings: exit 3, $(wc -l < "$work/err") line(s)" || fail "warnings: exit $rc"
"$cli" "$seeds/missing-font.pdf" -q -o "$work/mf2.xml" 2>"$work/err"; rc=$?
[[ $rc -eq 3 && ! -s $work/err ]] && pass "-q silences warnings, still exit 3" || fail "-q: exit $rc, printed $(cat "$work/err")"

"$cli" "$sample" --summary -o "$work/s.xml" 2>"$work/err" && grep -q "2 pages, .* language fr, 0 read by OCR (0 rendered), 0 warnings" "$work/err" &&
    pass "--summary: $(cat "$work/err")" || fail "--summary: $(cat "$work/err")"
"$cli" "$sample" --timestamp -o "$work/t.xml" && grep -q '<application ident="pdf2tei" version="[0-9.]*" when="20' "$work/t.xml" &&
    pass "--timestamp" || fail "--timestamp"
# The progress counter: off when stderr is not a terminal, on when asked.
"$cli" "$sample" -o "$work/p.xml" 2>"$work/err"
[[ ! -s $work/err ]] && pass "no progress display off a terminal" || fail "progress printed off a terminal"
"$cli" "$sample" --progress always -o "$work/p.xml" 2>"$work/err"
grep -q "page 2/2" "$work/err" && pass "--progress always counts pages" || fail "--progress always: $(cat -v "$work/err")"

# OCR options. The project's sample has a good text layer: never rendered.
"$cli" "$sample" -o "$work/o.xml" --summary 2>"$work/err"
grep -q "0 read by OCR (0 rendered)" "$work/err" && ! grep -q 'subtype="ocr"' "$work/o.xml" &&
    pass "good text layer: no page rendered" || fail "good text layer was rendered: $(cat "$work/err")"
"$cli" "$sample" --ocr always --lang fr -o "$work/o.xml" --summary 2>"$work/err"; rc=$?
[[ $rc -eq 0 ]] && grep -q "2 read by OCR (2 rendered)" "$work/err" && grep -q '<pb n="1" type="text" subtype="ocr" cert="0\.[0-9][0-9]"/>' "$work/o.xml" &&
    pass "--ocr always reads every page with OCR" || fail "--ocr always: exit $rc, $(cat "$work/err")"
"$cli" "$sample" --ocr always --lang xx -o "$work/o.xml" 2>"$work/err"; rc=$?
[[ $rc -eq 2 && $(wc -l < "$work/err") -eq 1 && ! -e $work/o.xml.partial ]] &&
    pass "--lang without a model: $(cat "$work/err")" || fail "--lang xx: exit $rc"
"$cli" "$sample" --binarize otsu -o "$work/o.xml" 2>"$work/err"; rc=$?
[[ $rc -eq 2 ]] && pass "--binarize checks its value" || fail "--binarize otsu: exit $rc"

# Several inputs: one TEI each in the -o directory, the same bytes as
# converting each alone; a failure costs only its own file; exit is the worst.
mkdir "$work/batch"
cp "$sample" "$work/a.pdf"; printf 'not a pdf' > "$work/b.pdf"
"$cli" "$work/a.pdf" "$work/b.pdf" "$data/resolution-fr-encrypted.pdf" -j 2 -o "$work/batch" 2>"$work/err"; rc=$?
"$cli" "$work/a.pdf" -o "$work/a-alone.xml"
[[ $rc -eq 2 ]] && cmp -s "$work/batch/a.tei.xml" "$work/a-alone.xml" && [[ $(ls "$work/batch") == a.tei.xml ]] &&
    [[ $(wc -l < "$work/err") -eq 2 ]] && grep -q "b.pdf: not a PDF" "$work/err" &&
    pass "batch: good file converted, two bad files reported, exit 2" || { fail "batch: exit $rc"; cat "$work/err" >&2; }
"$cli" "$work/a.pdf" "$sample" -o "$work/batch" 2>"$work/err"; rc=$?
[[ $rc -eq 0 ]] && pass "batch of good files: exit 0" || fail "batch of good files: exit $rc"
"$cli" "$work/a.pdf" "$sample" -o "$work/file.xml" 2>"$work/err"; rc=$?
[[ $rc -eq 2 && $(wc -l < "$work/err") -eq 1 ]] && pass "batch needs a directory: $(cat "$work/err")" || fail "batch -o file: exit $rc"
cp "$sample" "$work/batch/resolution-fr.pdf"
"$cli" "$sample" "$work/batch/resolution-fr.pdf" -o "$work/batch" 2>"$work/err"; rc=$?
[[ $rc -eq 2 ]] && grep -q "would both write resolution-fr.tei.xml" "$work/err" &&
    pass "batch refuses two inputs with one output name" || fail "batch name clash: exit $rc"
# A collection: a tree in, the same tree of TEI out, a report line per
# file; --resume skips what is done; a manifest names inputs and outputs.
mkdir -p "$work/tree/sub"
cp "$sample" "$work/tree/a.pdf"; cp "$sample" "$work/tree/sub/b.pdf"; printf 'not a pdf' > "$work/tree/sub/c.pdf"
"$cli" "$work/tree" -o "$work/mirror/" --report "$work/r1.jsonl" 2>"$work/err"; rc=$?
[[ $rc -eq 2 && -f $work/mirror/a.tei.xml && -f $work/mirror/sub/b.tei.xml && ! -e $work/mirror/sub/c.tei.xml &&
   $(wc -l < "$work/r1.jsonl") -eq 3 && $(grep -c '"status":"converted"' "$work/r1.jsonl") -eq 2 &&
   $(grep -c '"status":"failed"' "$work/r1.jsonl") -eq 1 ]] && cmp -s "$work/mirror/a.tei.xml" "$work/a-alone.xml" &&
    pass "a tree: mirrored, 2 converted and 1 failed in the report, exit 2" || fail "a tree: exit $rc, $(cat "$work/r1.jsonl")"
"$cli" "$work/tree" -o "$work/mirror/" --resume --report "$work/r2.jsonl" 2>/dev/null
[[ $(grep -c '"status":"skipped"' "$work/r2.jsonl") -eq 2 && $(grep -c '"status":"converted"' "$work/r2.jsonl") -eq 0 ]] &&
    pass "--resume: the two done are skipped" || fail "--resume: $(cat "$work/r2.jsonl")"
printf '%s\n{"input": "%s", "output": "x/y.pdf"}\n' "$work/tree/a.pdf" "$work/tree/sub/b.pdf" > "$work/list"
"$cli" --manifest "$work/list" -o "$work/listed/" 2>"$work/err"; rc=$?
[[ $rc -eq 0 && -f $work/listed/a.tei.xml && -f $work/listed/x/y.tei.xml ]] &&
    pass "--manifest: paths and named outputs" || fail "--manifest: exit $rc, $(cat "$work/err")"
"$cli" "$work/tree" -o "$work/file.xml" 2>"$work/err"; rc=$?
[[ $rc -eq 2 && $(wc -l < "$work/err") -eq 1 ]] && pass "a tree needs -o DIR/: $(cat "$work/err")" || fail "tree -o file: exit $rc"
finish
