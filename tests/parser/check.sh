#!/bin/sh
# check.sh - compare Weft's parser with CPython 3.11's ast module.
# Builds tests/c/test_parser.c, then prints a line per mismatch. Inputs:
# tests/parser/*.py (ast.dump(tree, include_attributes=True) must match, so node
# positions are checked too), tests/parser/errors/*.py (SyntaxError
# kind, message, line and column must match), plus the seed programs and
# benchmarks when present. A file named *.eval.py / *.single.py is parsed in that
# mode. tests/parser/weft/X.py must print X.expect (deliberate differences from
# CPython, e.g. `match`); tests/parser/stress/*.py must just not crash.
# Developer tool: needs python3.11 on PATH; not part of `make test`.
# Usage: tests/parser/check.sh [-v] [FILE...]     (-v shows both outputs)
set -u
cd "$(dirname "$0")/../.." || exit 2
PY=${PYTHON:-python3.11}
BIN=${BIN:-/tmp/weft_test_parser}
CFLAGS="-std=gnu11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wundef -Wwrite-strings -O2"
gcc $CFLAGS -Ivm vm/ast.c vm/lexer.c vm/parser.c vm/parser_expr.c tests/c/test_parser.c -o "$BIN" -lm || exit 2
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
all=0
if [ $# -gt 0 ]; then
    files="$*"
else
    all=1
    files="$(ls tests/parser/*.py tests/parser/errors/*.py 2>/dev/null)"
    for d in ../shared/seed-programs ../shared/bench/py; do
        [ -d "$d" ] && files="$files $(ls "$d"/*.py)"
    done
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# one CPython process writes every reference output: $tmp/<n>.want
printf '%s\n' $files > "$tmp/list"
"$PY" - "$tmp" <<'PYEOF' || exit 2
import ast, sys, warnings
warnings.simplefilter("ignore")
tmp = sys.argv[1]
for n, path in enumerate(open(tmp + "/list").read().split()):
    mode = "eval" if path.endswith(".eval.py") else "single" if path.endswith(".single.py") else "exec"
    try:
        # like running the file: UTF-8, BOM skipped, universal newlines
        src = open(path, encoding="utf-8-sig").read()
        out = ast.dump(ast.parse(src, mode=mode), include_attributes=True)
    except SyntaxError as e:
        out = f"{type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})"
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        out = f"{type(e).__name__}: {e}"
    with open(f"{tmp}/{n}.want", "w", encoding="utf-8") as f:
        f.write(out + "\n")
PYEOF
pass=0; fail=0; n=0
report() {  # file want got
    fail=$((fail+1))
    echo "MISMATCH: $1"
    if [ $verbose = 1 ]; then
        printf "  want: %s\n" "$2" | cut -c1-800
        printf "  got:  %s\n" "$3" | cut -c1-800
    fi
}
for f in $files; do
    mode=exec
    case "$f" in *.eval.py) mode=eval;; *.single.py) mode=single;; esac
    want=$(cat "$tmp/$n.want")
    n=$((n+1))
    got=$("$BIN" -a -m $mode "$f" | sed 's/ \[incomplete\]$//')
    if [ "$want" = "$got" ]; then pass=$((pass+1)); else report "$f" "$want" "$got"; fi
done
if [ $all = 1 ]; then
    for f in tests/parser/weft/*.py; do
        want=$(cat "${f%.py}.expect")
        got=$("$BIN" "$f")
        if [ "$want" = "$got" ]; then pass=$((pass+1)); else report "$f" "$want" "$got"; fi
    done
    for f in tests/parser/stress/*.py; do
        "$BIN" "$f" >/dev/null 2>&1
        rc=$?
        if [ $rc -le 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "CRASH ($rc): $f"; fi
    done
fi
echo "passed $pass, failed $fail"
[ $fail = 0 ]
