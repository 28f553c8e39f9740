#!/usr/bin/env bash
# Installs har-validator (pinned in package-lock.json) with `npm ci` when node_modules is missing, then
# validates the HAR files given as arguments. Used by tst_har_schema; also by hand:
#   tests/core-extra/har-validator/run-validator.sh some.har
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -d "$here/node_modules/har-validator" ]]; then
  echo "run-validator: installing har-validator with npm ci" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/validate.js" "$@"
