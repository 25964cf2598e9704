#!/usr/bin/env bash
# Runs the project's forge with the pinned compiler.
#
# forge cannot download solc here, so unless FOUNDRY_SOLC names a compiler already, it is pointed at
# tools/solc (solc-js 0.8.28 from npm, byte-identical output). Users with stock Foundry and svm can
# run `forge` directly instead: foundry.toml pins the same version.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FOUNDRY_SOLC="${FOUNDRY_SOLC:-$root/tools/solc}"
forge_bin="$root/node_modules/.bin/forge"
if [[ ! -x "$forge_bin" ]]; then
  forge_bin="$(command -v forge || true)"
  [[ -n "$forge_bin" ]] || { echo "forge not found: run 'npm ci' (linux-x64) or install Foundry" >&2; exit 127; }
fi
cd "$root"
exec "$forge_bin" "$@"
