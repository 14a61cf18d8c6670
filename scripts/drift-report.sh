#!/usr/bin/env bash
# Run the test suite against the newest releases that pyproject.toml allows (not the lock) and
# print what changed and what broke. Always exits 0: it reports drift, it does not gate.
set -uo pipefail
cd "$(dirname "$0")/.."
venv=.venv-latest
rm -rf "$venv"
if ! VENV=$venv UNLOCKED=1 bash scripts/setup-venv.sh >/dev/null 2>&1; then
    echo "drift report: installing the newest releases failed"
    exit 0
fi
echo "drift report: newer than requirements/lock.txt:"
locked=$(grep -E '^[A-Za-z0-9_.-]+==' requirements/lock.txt | sed 's/ .*//' | tr 'A-Z_' 'a-z-')
"$venv/bin/python" -m pip freeze --exclude-editable 2>/dev/null | tr 'A-Z_' 'a-z-' | while read -r line; do
    name=${line%%==*}
    lock=$(printf '%s\n' "$locked" | grep -E "^${name}==" || true)
    if [ -n "$lock" ] && [ "$lock" != "$line" ]; then
        echo "  ${lock} -> ${line#*==}"
    fi
done
out=$(mktemp)
QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m pytest -q -p no:cacheprovider --maxfail=20 \
    -o addopts="" >"$out" 2>&1
status=$?
failed=$(grep -E '^FAILED|^ERROR' "$out" || true)
summary=$(tail -n 1 "$out")
if [ "$status" -eq 0 ]; then
    echo "drift report: the newest releases pass the suite (${summary//=/})"
else
    echo "drift report: with the newest releases the suite does NOT pass (${summary//=/}):"
    printf '%s\n' "$failed" | sed 's/^/  /' | head -n 40
    echo "drift report: fix these before refreshing the lock (bash scripts/update-lock.sh)"
fi
rm -rf "$venv" "$out"
exit 0
