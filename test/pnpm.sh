# Sourced by the entry scripts: `pnpm` is the version pinned in package.json's packageManager, fetched
# through npx, so a machine with only Node and npm needs nothing else (corepack is not required).
ARCHWAY_PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
pnpm() {
  npx --yes "pnpm@${ARCHWAY_PNPM_VERSION}" "$@"
}
