#!/usr/bin/env bash
# Refresh requirements/lock.txt: the exact versions (with hashes) that scripts/setup-venv.sh and
# CI install. Run it after changing dependencies in pyproject.toml or requirements/tools.in,
# then run the tests and commit the lock. One resolution for every platform and Python >= 3.12.
set -euo pipefail
cd "$(dirname "$0")/.."
uv=.venv/bin/uv
if [ ! -x "$uv" ]; then
    echo "No .venv/bin/uv: run bash scripts/setup-venv.sh first." >&2
    exit 1
fi
"$uv" pip compile --universal --python-version 3.12 --generate-hashes \
    --custom-compile-command "bash scripts/update-lock.sh" \
    --extra test pyproject.toml requirements/tools.in -o requirements/lock.txt "$@"
echo "requirements/lock.txt refreshed; now: bash scripts/setup-venv.sh && run the tests."
