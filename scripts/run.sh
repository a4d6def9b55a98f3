#!/usr/bin/env bash
# THE main command: installs dependencies, builds, and opens the example job in the designer.
#   usage: scripts/run.sh [--headless] [more streamwright arguments...]
# Without a display the GUI cannot start: pass --headless, or run under xvfb-run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

headless=0
for arg in "$@"; do
  [[ $arg == --headless ]] && headless=1
done
# Fail before the long build when the GUI could not open anyway.
if [[ $headless == 0 && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  cat >&2 <<'MSG'
run.sh: no display (DISPLAY is not set), so the designer window cannot open. Either
  scripts/run.sh --headless                 run the example job without the GUI, or
  xvfb-run -a scripts/run.sh                use a virtual X display.
MSG
  exit 2
fi

bash scripts/install-deps.sh
bash scripts/build.sh "$repo/build"
# app/gui/CMakeLists.txt does not set an output directory, so the binary may sit in app/gui/.
app=$repo/build/app/streamwright
[[ -x $app ]] || app=$repo/build/app/gui/streamwright
exec "$app" "$repo/resources/examples/datagen-to-print.json" "$@"
