#!/usr/bin/env bash
# Installs ajv (pinned in package-lock.json) with `npm ci` when node_modules is missing, then validates the
# Postman collections given as arguments against Postman's v2.1.0 schema (../collections). Used by
# tst_postman; also by hand: tests/core-extra/postman-schema/run-validator.sh some.postman_collection.json
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -d "$here/node_modules/ajv" ]]; then
  echo "run-validator: installing ajv with npm ci" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/validate.js" "$here/../collections/postman-schema-v2.1.0" "$@"
