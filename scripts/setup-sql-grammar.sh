#!/usr/bin/env bash
# Installs the independent Flink SQL grammar (npm dt-sql-parser) into tests/sql and bundles
# tests/sql/check.mjs into tests/sql/dist/check.cjs. The bundle is needed because plain node
# cannot import dt-sql-parser's ESM build (ERR_UNSUPPORTED_DIR_IMPORT).
# Idempotent: npm runs only when node_modules is missing or older than package*.json, and
# esbuild only when the bundle is older than its inputs.
set -euo pipefail
cd "$(dirname "$0")/../tests/sql"

command -v node >/dev/null || { echo "setup-sql-grammar: node is not installed (run scripts/install-deps.sh)" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup-sql-grammar: npm is not installed (run scripts/install-deps.sh)" >&2; exit 1; }

# npm writes this file after every successful install, so its age is the install's age.
marker=node_modules/.package-lock.json
if [[ ! -f $marker || package.json -nt $marker || package-lock.json -nt $marker ]]; then
  if [[ -f package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
fi

bundle=dist/check.cjs
if [[ ! -f $bundle || check.mjs -nt $bundle || $marker -nt $bundle ]]; then
  mkdir -p dist
  node_modules/.bin/esbuild check.mjs --bundle --platform=node --format=cjs \
    --log-level=warning --outfile="$bundle.tmp"
  mv -f "$bundle.tmp" "$bundle"
fi
echo "setup-sql-grammar: $(pwd)/$bundle ready"
