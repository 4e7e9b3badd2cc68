#!/usr/bin/env bash
# Runs every test: builds the three targets (unless already built by CI), then unit, integration,
# page, compiled-weapp and Chromium end-to-end tests, and prints one closing summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

# A fresh clone may run the tests before ever starting the app.
if [ ! -d node_modules ]; then npm install --no-audit --no-fund; fi

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian chromium for the browser tests…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi
fi

if [ "${LINLI_PREBUILT:-}" != 1 ]; then
  npm run build
fi

report=$(mktemp)
status=0
npx jest --ci --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$report" || true
rm -f "$report"
exit $status
