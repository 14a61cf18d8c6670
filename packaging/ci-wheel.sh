#!/usr/bin/env bash
# CI: build the wheel and sdist, check them, install the wheel (not editable) into a clean
# virtual environment, and use the installed copy from an empty folder with an empty HOME:
# --self-test, snapshot and validate; then the same through pipx. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PY=$root/.venv/bin/python
[ -x "$PY" ] || { echo "ci-wheel: no .venv: run scripts/setup-venv.sh first" >&2; exit 1; }

rm -rf dist/wheel
"$PY" -m build --outdir dist/wheel . >/dev/null
"$PY" -m twine check --strict dist/wheel/*
wheel=$(ls dist/wheel/spinetutor-*.whl)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The locked versions without their hashes, as constraints for installing the wheel.
sed -e 's/ *\\$//' -e '/^ *--hash=/d' -e '/^ *#/d' -e '/^$/d' requirements/lock.txt \
    > "$scratch/constraints.txt"

"$PY" -m venv "$scratch/venv"
"$scratch/venv/bin/python" -m pip install -q -c "$scratch/constraints.txt" "$wheel"

# Run the installed app where it can only use what the wheel carries: an empty folder, an
# empty HOME, no checkout on the path.
empty="$scratch/empty"
mkdir -p "$empty/home"
run_installed() {
    (cd "$empty" && env -u PYTHONPATH HOME="$empty/home" XDG_CONFIG_HOME="$empty/home/.config" \
        XDG_DATA_HOME="$empty/home/.local/share" XDG_CACHE_HOME="$empty/home/.cache" \
        QT_QPA_PLATFORM=offscreen "$@")
}
bin="$scratch/venv/bin"
run_installed "$bin/spinetutor" --version
run_installed "$bin/spinetutor" --self-test
run_installed "$bin/spinetutor" snapshot --select disc:L4-L5 --out "$empty/plate.png" --size 1280x800
[ -s "$empty/plate.png" ] || { echo "ci-wheel: the installed snapshot wrote no picture" >&2; exit 1; }
lessons=$(run_installed "$bin/python" -c 'from spinetutor.paths import lessons_dir; print(lessons_dir())')
case "$lessons" in
    "$scratch/venv/"*) ;;
    *) echo "ci-wheel: the installed app reads lessons from $lessons, not from the wheel" >&2; exit 1;;
esac
run_installed "$bin/spinetutor" validate "$lessons"

# pipx, as a user installs a desktop app from PyPI.
export PIPX_HOME="$scratch/pipx" PIPX_BIN_DIR="$scratch/pipx-bin" PIPX_MAN_DIR="$scratch/pipx-man"
"$PY" -m pipx install --python "$PY" --pip-args="-c $scratch/constraints.txt" "$wheel" >/dev/null 2>&1
run_installed "$PIPX_BIN_DIR/spinetutor" --self-test >/dev/null
echo "ci-wheel: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB) installed with pip and with pipx: self-test, snapshot and validate passed from an empty folder"
