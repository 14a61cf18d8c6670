#!/usr/bin/env bash
# Remake docs/images/{disc-L4-L5,region-dorsum,study,dashboard,consult,present}.png from the real app at
# 1920x1080 under Xvfb, with a fresh HOME (the user's settings and progress are never read).
#   bash tools/docs/screenshots.sh        (needs xvfb-run and the project's .venv)
set -eu
cd "$(dirname "$0")/../.."
command -v xvfb-run >/dev/null || { echo "xvfb-run missing: apt-get install -y xvfb" >&2; exit 2; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
unset QT_QPA_PLATFORM
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  XDG_CACHE_HOME=$home/.cache SPINETUTOR_SCREENSHOT_HOME=$home \
  timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/docs/screenshots.py
