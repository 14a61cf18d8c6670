#!/bin/sh
# Collect the interface strings into the .ts files and compile the .qm files the app loads.
#   tools/i18n/update_translations.sh
# Then translate the new entries (pyside6-linguist, or any editor: fill <translation> and drop
# type="unfinished") and run this script again to compile. tests/test_i18n.py fails while a
# string has no finished translation or a .qm is older than its .ts.
set -eu
cd "$(dirname "$0")/../.."
BIN="${VENV_BIN:-.venv/bin}"
for lang in es; do
    "$BIN/pyside6-lupdate" -extensions py -no-obsolete -locations none \
        $(find spinetutor/ui -name '*.py' | sort) -ts "spinetutor/translations/spinetutor_$lang.ts"
    "$BIN/pyside6-lrelease" "spinetutor/translations/spinetutor_$lang.ts" \
        -qm "spinetutor/translations/spinetutor_$lang.qm"
done
