-- W4, one object by id — the ideal hand-written backend's SQL for one request.
-- A random resident n of the county (id md5('<code>:resident:<n>')::uuid), all columns,
-- read as gridgov_app inside the request's transaction with the tenant set for row-level
-- security (the tenant is also named in the WHERE, as GridGov's scoped queries do).
--
-- Run as gridgov_app, in prepared (or extended) protocol mode — the variables are bound as
-- parameters, so the script does not work with -M simple:
--   pgbench -n -M prepared -f w4.pgbench.sql -D tenant=<uuid> -D code=<county code>
--           -D residents=<R> -h 127.0.0.1 -U gridgov_app gridgov_bench
-- (chr(58) is ':' — a literal colon would be taken for a pgbench variable.)
\set n random(1, :residents)
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT *
  FROM residents
 WHERE tenant_id = :tenant
   AND id = md5(concat_ws(chr(58), :code::text, 'resident', :n::int))::uuid;
COMMIT;
