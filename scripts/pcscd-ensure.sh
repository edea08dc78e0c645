#!/usr/bin/env bash
# Starts pcscd in the foreground mode under setsid when none is serving (there is no init
# system on CI machines). One pcscd serves the whole machine: a working one is kept; one that
# is shutting down is waited for.
set -euo pipefail
socket=/run/pcscd/pcscd.comm
serving() { pgrep -x pcscd >/dev/null && [ -S "$socket" ]; }

for _ in $(seq 50); do                      # let a pcscd that is stopping finish
  pgrep -x pcscd >/dev/null && [ ! -S "$socket" ] || break
  sleep 0.1
done
if serving; then
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
for _ in $(seq 50); do serving && break; sleep 0.1; done
serving || { echo "pcscd did not start; see $log" >&2; exit 1; }
sleep 0.5   # let it load the reader drivers (vpcd) before the first client
echo "pcscd started (log: $log)"
