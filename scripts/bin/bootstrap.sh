#!/usr/bin/env bash
# Makes sure this checkout has Node >= 22, pnpm and an installed workspace.
# Idempotent and quiet when there is nothing to do; safe to run before every make target.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/.tools"
required_major="$(tr -dc '0-9' < "$root/.nvmrc")"
pnpm_version="12.21.0"

export PATH="$tools/pnpm/node_modules/.bin:$tools/node/node_modules/.bin:$PATH"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "$required_major" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "bootstrap: Node >= $required_major is required and npm is not available to install it" >&2
    exit 1
  fi
  echo "bootstrap: node $(node --version 2>/dev/null || echo missing) is older than $required_major; installing node@$required_major into .tools/" >&2
  npm install --prefix "$tools/node" --no-audit --no-fund --loglevel=error "node@$required_major" >&2
  hash -r
  if [ "$(node_major)" -lt "$required_major" ]; then
    echo "bootstrap: installing node@$required_major did not give a working node (got $(node --version 2>&1))" >&2
    exit 1
  fi
fi

if ! command -v pnpm >/dev/null 2>&1; then
  echo "bootstrap: installing pnpm@$pnpm_version into .tools/" >&2
  npm install --prefix "$tools/pnpm" --no-audit --no-fund --loglevel=error "pnpm@$pnpm_version" >&2
  hash -r
fi

# Reinstall only when a manifest or the lockfile is newer than the last install.
stamp="$root/node_modules/.bootstrap-stamp"
needs_install=0
if [ ! -f "$stamp" ]; then
  needs_install=1
else
  while IFS= read -r manifest; do
    if [ "$manifest" -nt "$stamp" ]; then needs_install=1; break; fi
  done < <(cd "$root" && ls pnpm-lock.yaml pnpm-workspace.yaml package.json shared/package.json scripts/package.json solutions/*/*/package.json 2>/dev/null)
fi
if [ "$needs_install" = 1 ]; then
  (cd "$root" && pnpm install --reporter=silent >&2)
  touch "$stamp"
fi
