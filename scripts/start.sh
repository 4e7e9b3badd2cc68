#!/usr/bin/env bash
# One command on a fresh machine: install, build the H5 app and the cloud function, seed the demo
# community (first run only), and start the local gateway with dev login.
set -euo pipefail
cd "$(dirname "$0")/.."

npm install --no-audit --no-fund --loglevel=error
npm run build:cloud
npm run build:h5
NODE_ENV=development exec npx tsx cloud/server/start.ts
