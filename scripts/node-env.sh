# Sourced: puts the project's Node first on PATH (the provisioned Node 24 when present) and
# makes native addons (pcsclite) build against that Node's headers, whatever the machine's
# npm config says about nodedir.
_eidw_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -x "$_eidw_root/.tools/node/bin/node" ]; then
  export PATH="$_eidw_root/.tools/node/bin:$PATH"
fi
_eidw_nodedir=$(node -p 'require("path").resolve(process.execPath, "..", "..")')
export EIDW_NODEDIR="$_eidw_nodedir"; unset _eidw_nodedir
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
unset _eidw_root
