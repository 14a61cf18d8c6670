#!/usr/bin/env bash
# Walk every slide of a course in the real Present window, as an instructor's clicker does:
# start SpineTutor under Xvfb (a fresh HOME: the user's settings and progress are never read),
# press F5, then Page Down through every slide with real X key presses (xdotool), saving a PNG
# per slide and a report (report.json) of clipped slide text and plate labels under 18 px at
# 1080 lines (12 px at 720). It also checks the clicker with the presenter view focused, a saved
# scene reopened with O, and Esc back to Study; it walks a copy of the pack (it saves a scene).
#   bash tools/present/walk_slides.sh [--size 1920x1080] [--lang en|es] [--out DIR] [--lessons PACK]
# Needs xvfb-run, xdotool and the project's .venv. Exits 1 when a slide has a problem.
set -eu
cd "$(dirname "$0")/../.."
size=1920x1080; lang=en; out=""; lessons=""
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2;; --lang) lang=$2; shift 2;; --out) out=$2; shift 2;;
    --lessons) lessons=$2; shift 2;; *) echo "unknown option $1" >&2; exit 2;;
  esac
done
for tool in xvfb-run xdotool; do
  command -v $tool >/dev/null || { echo "$tool missing: apt-get install -y xvfb xdotool" >&2; exit 2; }
done
[ -n "$out" ] || out=slide-walk-$size-$lang
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config/SpineTutor"
# the walk saves a scene into the pack (to check O): walk a copy, never the course itself
if [ -z "$lessons" ]; then cp -r lessons "$home/course"; lessons=$home/course; fi
if [ "$lang" != en ]; then printf '[look]\nlanguage=%s\n' "$lang" > "$home/.config/SpineTutor/SpineTutor.conf"; fi
unset QT_QPA_PLATFORM
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  XDG_CACHE_HOME=$home/.cache SPINETUTOR_WALK_HOME=$home \
  timeout 900 xvfb-run -a -s "-screen 0 ${size}x24" \
  .venv/bin/python tools/present/walk_slides.py --out "$out" ${lessons:+--lessons "$lessons"}
