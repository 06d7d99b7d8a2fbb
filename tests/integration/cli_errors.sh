#!/usr/bin/env bash
# Bad input: exit 2, exactly one line on stderr, and no output file (an
# existing one is left untouched, and no temporary file stays behind).
# Usage: cli_errors.sh PDF2TEI TEST_DATA_DIR
. "$(dirname "$0")/lib.sh"
cli=$1 data=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir "$work/in" "$work/out"

# The inputs, made here from the project's sample.
sample=$data/resolution-fr.pdf
size=$(stat -c %s "$sample")
head -c $((size / 2)) "$sample" > "$work/in/truncated.pdf"
/usr/bin/python3 -c 'import random,sys; random.seed(7); sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(65536)))' > "$work/in/random.pdf"
{ printf '%%PDF-1.7\n'; head -c 65536 "$work/in/random.pdf"; } > "$work/in/random-after-header.pdf"
printf 'Ceci n’est pas un PDF.\n' > "$work/in/text.pdf"
: > "$work/in/empty.pdf"

expect_error() {  # name, then the arguments after the input
    local name=$1; shift
    rm -f "$work/out/"* "$work/out/".[!.]* 2>/dev/null
    "$cli" "$@" -o "$work/out/result.xml" 2>"$work/stderr" >"$work/stdout"
    local rc=$? lines
    lines=$(wc -l < "$work/stderr")
    [[ $rc -eq 2 ]] || fail "$name: exit $rc, want 2"
    [[ $lines -eq 1 ]] || { fail "$name: $lines stderr lines, want 1"; cat "$work/stderr" >&2; }
    [[ -z $(ls -A "$work/out") ]] || fail "$name: left $(ls -A "$work/out")"
    [[ ! -s $work/stdout ]] || fail "$name: wrote to stdout"
    [[ $rc -eq 2 && $lines -eq 1 ]] && pass "$name: $(cat "$work/stderr")"
}

expect_error "missing file" "$work/in/nope.pdf"
expect_error "a directory" "$work/in"
expect_error "empty file" "$work/in/empty.pdf"
expect_error "text named .pdf" "$work/in/text.pdf"
expect_error "random bytes" "$work/in/random.pdf"
expect_error "random bytes after a PDF header" "$work/in/random-after-header.pdf"
expect_error "truncated PDF" "$work/in/truncated.pdf"
expect_error "encrypted, no password" "$data/resolution-fr-encrypted.pdf"
expect_error "encrypted, wrong password" "$data/resolution-fr-encrypted.pdf" --password wrong
expect_error "unknown option" "$sample" --no-such-option
expect_error "bad --progress value" "$sample" --progress sometimes

# Output into a directory that does not exist.
"$cli" "$sample" -o "$work/missing/dir/out.xml" 2>"$work/stderr"
rc=$?
[[ $rc -eq 2 && $(wc -l < "$work/stderr") -eq 1 ]] && pass "unwritable output: $(cat "$work/stderr")" ||
    fail "unwritable output: exit $rc"

# A failed conversion leaves an existing output as it was.
echo keep > "$work/out/existing.xml"
"$cli" "$work/in/truncated.pdf" -o "$work/out/existing.xml" 2>/dev/null
[[ $(cat "$work/out/existing.xml") == keep && $(ls -A "$work/out") == existing.xml ]] &&
    pass "existing output kept on error" || fail "existing output changed on error"
finish
