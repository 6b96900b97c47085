#!/usr/bin/env bash
# Runs a pgbench script of this folder once through psql, for checking: its results, or with
# EXPLAIN=1 each statement's plan (EXPLAIN ANALYZE, BUFFERS) — that the statements are index-bound.
# The random picks are fixed: N (default 1) for `\set x random(...)`; \if runs its branch.
#
#   PGURL=postgres://gridgov_app@127.0.0.1:5432/gridgov_bench N=17 EXPLAIN=1 \
#     ./explain.sh w1.pgbench.sql -v tenant=<uuid> -v code=371601 [-v category=<uuid>]
#
# Writing statements (w3) are run too, inside their transaction: they commit. With EXPLAIN=1,
# w3's \gset is dropped: pass -v w3_event=<an event's uuid> for the steps to have a target.
set -euo pipefail
script=$1; shift
awk -v n="${N:-1}" -v explain="${EXPLAIN:-0}" '
  BEGIN { start = 1 }
  /^\\set [a-z0-9_]+ random\(/ { print $1 " " $2 " " n; next }
  /^\\aset/ { print ";"; start = 1; next }
  /^\\if / { print "\\if true"; next }
  /^\\/ { print; next }
  {
    line = $0
    line = gensub(/:(tenant|category|leaf_category|department|w3_event)\>/, ":\047\\1\047", "g", line)
    if (explain == 1) sub(/ \\gset$/, ";", line)
    if (start && explain == 1 && line ~ /^(SELECT|INSERT|UPDATE|WITH)/ && line !~ /^SELECT set_config/)
      line = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " line
    if (line ~ /^[A-Za-z]/) start = 0
    if (line ~ /;[ \t]*$/ || line ~ /\\gset$/) start = 1
    print line
  }
' "$script" | psql -X -v ON_ERROR_STOP=1 "${PGURL:-postgres://gridgov_app@127.0.0.1:5432/gridgov_bench}" "$@"
