# Shared helpers for the integration tests (sourced, not run).
set -uo pipefail
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# Validates TEI files against the schema in one JVM start. jing prints
# classpath notices on stderr that are not findings; only its stdout and exit
# status count.
validate() {
    local schema=$1; shift
    local out
    if out=$(jing "$schema" "$@" 2>/dev/null); then pass "valid TEI: $#" file\(s\)
    else fail "schema validation:"; echo "$out" | head -20 >&2; fi
}
finish() {
    if [[ $failures -gt 0 ]]; then echo "$failures check(s) failed" >&2; exit 1; fi
    echo "all checks passed"
}
