#!/usr/bin/env bash
# The whole check, from a fresh clone on a machine with only Node and npm:
# system packages, dependencies, lint, typecheck, fresh bundles and docs, and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source test/pnpm.sh

step() { printf '\n=== %s\n' "$*"; }

step "system packages"
bash test/install-system-packages.sh
step "dependencies"
pnpm install --frozen-lockfile --reporter=silent
step "lint and format"
pnpm run --silent lint
step "typecheck"
pnpm run --silent typecheck
step "bundles match a clean build"
pnpm run --silent check-dist
step "tests"
pnpm run --silent test
