#!/usr/bin/env bash
# Self-hosting: the gateway in production — no dev login, no demo community — serving the H5 app and the cloud
# function, each built first if it is not built yet. Create your community first with: npm run setup -- FILE
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then npm install --no-audit --no-fund --loglevel=error; fi
if [ ! -f dist/cloud/functions/linli/index.js ]; then npm run build:cloud; fi
if [ ! -f dist/h5/index.html ]; then npm run build:h5; fi
NODE_ENV=production exec npx tsx cloud/server/start.ts
