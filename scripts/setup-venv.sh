#!/usr/bin/env bash
# Create .venv with a Python >= 3.12 (PySide6 6.12 aborts CPython 3.10/3.11) and install
# SpineTutor with its test extra at the exact versions of requirements/lock.txt (hash-checked).
# Looks for python3.13/python3.12, then pyenv.
#
#   bash scripts/setup-venv.sh                 locked install into .venv
#   VENV=DIR UNLOCKED=1 bash scripts/setup-venv.sh
#                                              the newest releases pyproject.toml allows, into DIR
#                                              (CI's drift check; refresh the lock with
#                                              scripts/update-lock.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}

find_python() {
    for exe in python3.13 python3.12 python3; do
        if command -v "$exe" >/dev/null 2>&1 &&
            "$exe" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            echo "$exe"; return 0
        fi
    done
    if command -v pyenv >/dev/null 2>&1; then
        for v in $(pyenv versions --bare | grep -E '^3\.(1[2-9])' | sort -rV); do
            if PYENV_VERSION="$v" python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
                echo "env PYENV_VERSION=$v python3"; return 0
            fi
        done
    fi
    return 1
}

if [ ! -x "$venv/bin/python" ]; then
    py=$(find_python) || {
        echo "SpineTutor needs Python 3.12 or newer (PySide6 6.12 crashes Python 3.11)." >&2
        echo "Install python3.12 or python3.13 (or pyenv with one of them) and try again." >&2
        exit 1
    }
    $py -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip)
if [ -n "${UNLOCKED:-}" ]; then
    "${pip[@]}" install -q --upgrade pip
    "${pip[@]}" install -q --upgrade --upgrade-strategy eager -e '.[test]'
    exit 0
fi
"${pip[@]}" install -q --require-hashes -r requirements/lock.txt
"${pip[@]}" install -q --no-deps -e .
"$venv/bin/python" scripts/check_lock.py
