#!/usr/bin/env bash
# CI: build the bundle from a clean state, then run the bundled binary's --self-test offscreen.
# Exits non-zero if the build fails or the self-test reports anything missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/build.sh --clean

exe=dist/spinetutor/spinetutor
[ -x "$exe" ] || exe=dist/spinetutor/spinetutor.exe
if [ ! -x "$exe" ]; then
    echo "ci-bundle: no bundled executable in dist/spinetutor/" >&2
    exit 1
fi

# Run from an unrelated folder with a throwaway HOME so the bundle can only use what it carries
# and never touches a real user's settings.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
start=$(date +%s%N)
(cd "$scratch" && HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" QT_QPA_PLATFORM=offscreen \
    "$OLDPWD/$exe" --self-test) || status=$?
took=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$status" -ne 0 ]; then
    echo "ci-bundle: bundled self-test FAILED (exit $status)" >&2
    exit "$status"
fi
# The first start must read the parsed plate shipped in the bundle, not parse the SVG (which
# would write a cache file into the fresh user cache folder).
if compgen -G "$scratch/cache/SpineTutor/plate-*.bin" > /dev/null; then
    echo "ci-bundle: the bundle parsed the plate SVG: its shipped plate file is missing" >&2
    exit 1
fi
echo "ci-bundle: bundled self-test passed in ${took} ms on a first start"
