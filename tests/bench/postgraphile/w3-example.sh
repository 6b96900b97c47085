#!/usr/bin/env bash
# One W3 operation against the running PostGraphile, with curl: setup, report, then the five
# steps — the reference for a client (the benchmark runner) of w3.graphql. Prints each answer.
#   ./w3-example.sh <tenant uuid> <county code> <leaf category uuid> <department uuid>
# Env URL / PORT as for query.sh. Needs jq, GNU date.
set -euo pipefail
cd "$(dirname "$0")"
tenant=$1 code=$2 category=$3 department=$4
uuid() { cat /proc/sys/kernel/random/uuid; }
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:%S.%3NZ; }
q() { ./query.sh w3.graphql "$1" "$2"; }
fail_on_errors() { if jq -e '.errors' >/dev/null <<<"$1"; then echo "$1" >&2; exit 1; fi; echo "$1"; }

grid=$(printf '%s' "$code:grid:1" | md5sum | cut -c1-32 | sed -E 's/(.{8})(.{4})(.{4})(.{4})(.{12})/\1-\2-\3-\4-\5/')
setup=$(q "$(jq -n --arg t "$tenant" --arg g "$grid" --arg c "$category" \
  '{tenantId:$t, gridId:$g, categoryId:$c}')" W3Setup)
fail_on_errors "$setup"
department_name=$(psql -X -Atq "${ADMIN_URL:-postgres://postgres@127.0.0.1:5432/gridgov_bench}" \
  -c "select name from departments where id = '$department'" 2>/dev/null || echo "")

event=$(uuid)
now=$(at now)
report_vars=$(jq -n --argjson s "$setup" --arg t "$tenant" --arg e "$event" --arg h "$(uuid)" \
  --arg n "PGL-$(date -u +%Y%m%d)-${event:0:8}" --arg c "$category" --arg now "$now" \
  --arg y "$(at '+60 minutes')" --arg o "$(at '+96 minutes')" --arg d "$(at '+120 minutes')" \
  '{tenantId:$t, eventId:$e, historyId:$h, number:$n, categoryId:$c,
    family:$s.data.category.family, description:"基准测试事件：楼道堆放杂物，堵塞消防通道。",
    regionId:$s.data.grid.rowId, streetId:$s.data.grid.streetId,
    communityId:$s.data.grid.communityId, gridId:$s.data.grid.gridId,
    now:$now, yellowAt:$y, orangeAt:$o, deadline:$d}')
fail_on_errors "$(q "$report_vars" W3Report)"

# step <action> <from> <to> <patch json> <department concerned or ""> <deadline before or ""> <details or null>
step() {
  local vars
  vars=$(jq -n --arg t "$tenant" --arg e "$event" --arg h "$(uuid)" --arg now "$(at now)" \
    --arg a "$1" --arg f "$2" --arg to "$3" --argjson p "$4" --arg dep "$5" --arg dl "$6" \
    --argjson details "$7" \
    '{tenantId:$t, eventId:$e, historyId:$h, now:$now, patch:($p + {updatedAt:$now}),
      action:$a, fromStatus:$f, toStatus:$to,
      departmentId:(if $dep == "" then null else $dep end),
      deadlineBefore:(if $dl == "" then null else $dl end), details:$details}')
  fail_on_errors "$(q "$vars" W3Step)"
}
d1=$(at '+120 minutes')   # (the report's deadline, as the client computed it)
step accept reported accepted '{"status":"accepted","version":2}' "" "$d1" null
d2=$(at '+240 minutes')
step dispatch accepted dispatched "$(jq -n --arg d "$department" --arg s "$(at now)" \
  --arg y "$(at '+120 minutes')" --arg o "$(at '+192 minutes')" --arg dl "$d2" \
  '{status:"dispatched", departmentId:$d, dispatchLevel:"grid", phase:"sign_for", phaseSeq:2,
    extensionPending:false, phaseStartedAt:$s, phaseYellowAt:$y, phaseOrangeAt:$o,
    phaseDeadline:$dl, version:3}')" "$department" "$d1" \
  "$(jq -n --arg n "$department_name" '{department:$n}')"
d3=$(at '+72 hours')
step sign_for dispatched handling "$(jq -n --arg s "$(at now)" --arg y "$(at '+36 hours')" \
  --arg o "$(at '+3456 minutes')" --arg dl "$d3" \
  '{status:"handling", phase:"handle", phaseSeq:3, phaseStartedAt:$s, phaseYellowAt:$y,
    phaseOrangeAt:$o, phaseDeadline:$dl, version:4}')" "$department" "$d2" null
d4=$(at '+24 hours')
step complete handling done "$(jq -n --arg s "$(at now)" --arg y "$(at '+12 hours')" \
  --arg o "$(at '+1152 minutes')" --arg dl "$d4" \
  '{status:"done", result:"已清理完毕。", phase:"verify", phaseSeq:4, phaseStartedAt:$s,
    phaseYellowAt:$y, phaseOrangeAt:$o, phaseDeadline:$dl, version:5}')" "$department" "$d3" null
step close done closed "$(jq -n --arg c "$(at now)" \
  '{status:"closed", closedAt:$c, closedLevel:"grid", phase:null, phaseStartedAt:null,
    phaseYellowAt:null, phaseOrangeAt:null, phaseDeadline:null, version:6}')" "$department" "$d4" null
