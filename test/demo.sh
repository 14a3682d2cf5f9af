#!/usr/bin/env bash
# Install dependencies if needed, then run an action locally on its built-in example.
# Extra arguments go to the harness CLI: `npm run demo -- quality-gate --input ...`.
set -euo pipefail
cd "$(dirname "$0")/.."
source test/pnpm.sh
pnpm install --frozen-lockfile --reporter=silent
pnpm run --silent action "$@"
