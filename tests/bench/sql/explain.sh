#!/usr/bin/env bash
# Runs a pgbench script of this folder once through psql, for checking: its results, or with
# EXPLAIN=1 each statement's plan (EXPLAIN ANALYZE, BUFFERS) — that the statements are index-bound.
# The random picks are fixed: N (default 1) for `\set n random(...)`; \if runs its branch.
#
#   PGURL=postgres://gridgov_app@127.0.0.1:5432/gridgov_bench N=17 EXPLAIN=1 \
#     ./explain.sh w1.pgbench.sql -v tenant=<uuid> -v code=371601 [-v category=<uuid>]
#
# Writing statements (w3) are run too, inside their transaction: they commit.
set -euo pipefail
script=$1; shift
n=${N:-1}
prefix=""
if [[ "${EXPLAIN:-0}" == 1 ]]; then prefix="EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "; fi
sed -E \
  -e "s/^\\\\set n random\\(.*\\)$/\\\\set n $n/" \
  -e "s/^\\\\set ([a-z0-9_]+) random\\(.*\\)$/\\\\set \\1 $n/" \
  -e "s/:(tenant|category|event|actor|department|grid|street)\\b/:'\\1'/g" \
  -e "s/^\\\\aset.*$/;/" \
  -e "s/^\\\\gset.*$/;/" \
  -e "s/^\\\\if .*$/\\\\if true/" \
  -e "/^SELECT set_config/! s/^(SELECT|INSERT|UPDATE|WITH)\\b/$prefix\\1/" \
  "$script" \
  | psql -X -v ON_ERROR_STOP=1 "${PGURL:-postgres://gridgov_app@127.0.0.1:5432/gridgov_bench}" "$@"
