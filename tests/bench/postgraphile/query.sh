#!/usr/bin/env bash
# Sends one of this folder's .graphql documents to the running PostGraphile, for checking.
#   ./query.sh w1.graphql '{"tenantId":"…","gridId":"…"}' [operationName]
# The x-tenant-id header is the variables' tenantId, or env TENANT. URL: env URL, default
# http://127.0.0.1:${PORT:-5678}/graphql. Needs jq.
set -euo pipefail
doc=$1
vars=${2:-"{}"}
operation=${3:-}
tenant=${TENANT:-$(jq -r '.tenantId // empty' <<<"$vars")}
jq -n --rawfile query "$doc" --argjson variables "$vars" --arg op "$operation" \
    '{query: $query, variables: $variables} + (if $op == "" then {} else {operationName: $op} end)' \
  | curl -sS -X POST "${URL:-http://127.0.0.1:${PORT:-5678}/graphql}" \
      -H 'content-type: application/json' -H "x-tenant-id: $tenant" --data-binary @-
echo
