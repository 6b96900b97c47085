-- W4 bare, for reference: the same lookup as w4.pgbench.sql (a random resident n by id, all
-- columns) without the request transaction and set_config — a single autocommit statement,
-- run as the superuser postgres, so row-level security does not apply.
--
--   pgbench -n -M prepared -f w4-bare.pgbench.sql -D tenant=<uuid> -D code=<county code>
--           -D residents=<R> -h 127.0.0.1 -U postgres gridgov_bench
\set n random(1, :residents)
SELECT *
  FROM residents
 WHERE tenant_id = :tenant
   AND id = md5(concat_ws(chr(58), :code::text, 'resident', :n::int))::uuid;
