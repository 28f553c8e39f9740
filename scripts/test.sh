#!/usr/bin/env bash
# The README's second command: the same set-up, then every test (unit, integration, newman) with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build}
# newman, pinned by tests/newman/package-lock.json (installed once; reused afterwards).
# Node ships its own CA list; trust the system's too, so a registry behind a TLS-inspecting proxy works.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
if [ ! -d tests/newman/node_modules ]; then
  (cd tests/newman && npm ci --no-audit --no-fund --loglevel=error)
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
