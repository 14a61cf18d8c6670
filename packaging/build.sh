#!/usr/bin/env bash
# Build the one-folder bundle dist/spinetutor/ with PyInstaller (installed into .venv if missing).
# Usage: packaging/build.sh [--clean]      (run from anywhere; needs .venv from scripts/setup-venv.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
[ -x "$PY" ] || PY=.venv/Scripts/python.exe   # Git Bash on Windows
if [ ! -x "$PY" ]; then
    echo "No .venv found: run scripts/setup-venv.sh first." >&2
    exit 1
fi
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    echo "Installing PyInstaller into .venv ..."
    "$PY" -m pip install -q 'pyinstaller>=6.0'
fi

clean=()
if [ "${1:-}" = "--clean" ]; then
    rm -rf build/spinetutor dist/spinetutor dist/SpineTutor.app
    clean=(--clean)
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN \
    --workpath build --distpath dist packaging/spinetutor.spec
end=$(date +%s)

size=$(du -sh dist/spinetutor | cut -f1)
files=$(find dist/spinetutor -type f | wc -l | tr -d ' ')
echo "Built dist/spinetutor in $((end - start)) s: ${size}, ${files} files."
echo "Try it: dist/spinetutor/spinetutor --self-test"
