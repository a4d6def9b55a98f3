#!/usr/bin/env bash
# THE main command: installs dependencies, builds, and opens the example job in the designer.
#   usage: scripts/run.sh [--headless] [JOB.json] [more streamwright arguments...]
# Without a display the GUI cannot start: pass --headless, or run under xvfb-run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

headless=0
job=$repo/resources/examples/datagen-to-print.json
args=()
for arg in "$@"; do
  if [[ $arg == --headless ]]; then headless=1; fi
  # A job file given on the command line replaces the example.
  if [[ $arg == *.json ]]; then job=$arg; else args+=("$arg"); fi
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
exec "$repo/build/app/streamwright" "${args[@]}" "$job"
