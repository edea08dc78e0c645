#!/usr/bin/env bash
# Starts pcscd in the foreground mode under setsid when none is running (there is no init
# system on CI machines). One pcscd serves the whole machine: an existing one is kept.
set -euo pipefail
if pgrep -x pcscd >/dev/null; then
  echo "pcscd already running (pid $(pgrep -x pcscd | head -1))"
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "pcscd is not running and this user cannot start it: run 'sudo pcscd'" >&2
  exit 1
fi
log=${PCSCD_LOG:-/tmp/pcscd.log}
if [ "$(id -u)" = 0 ]; then setsid pcscd -f >"$log" 2>&1 </dev/null &
else sudo setsid pcscd -f >"$log" 2>&1 </dev/null & fi
for _ in $(seq 50); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done
echo "pcscd started (log: $log)"
