-- W1, the grid dashboard — the ideal hand-written backend's SQL for one request.
-- A random grid n of the county (id md5('<code>:grid:<n>')::uuid):
--   1. the grid (id, code, name, kind, grid kind, boundary, centre) with its figures: living
--      residents (status 'living'), households, party members (left_on IS NULL) and open events
--      (status in the state machine's OPEN_STATUSES) placed in the grid;
--   2. every key group of the county with the number of current memberships (ended_on IS NULL)
--      of the grid's living residents, by code (zero for groups nobody in the grid is in);
--   3. the first 20 residents of the grid by name then id (21 fetched: the 21st tells that a
--      next page exists) with their masked ID number and current party membership, if any.
-- Three statements in the request's transaction, as gridgov_app with the tenant set for
-- row-level security (the tenant is also named in each WHERE, as GridGov's scoped queries do).
--
-- Run in prepared (or extended) protocol mode — variables are bound as parameters:
--   pgbench -n -M prepared -f w1.pgbench.sql -D tenant=<uuid> -D code=<county code>
--           -D grids=2000 -h 127.0.0.1 -U gridgov_app gridgov_bench
-- (chr(58) is ':' — a literal colon would be taken for a pgbench variable.)
\set n random(1, :grids)
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT g.id, g.code, g.name, g.kind, g.grid_kind, g.boundary, g.center_lng, g.center_lat,
       (SELECT count(*) FROM residents r
         WHERE r.tenant_id = g.tenant_id AND r.grid_id = g.id AND r.status = 'living') AS residents,
       (SELECT count(*) FROM households h
         WHERE h.tenant_id = g.tenant_id AND h.grid_id = g.id) AS households,
       (SELECT count(*) FROM party_members p
         WHERE p.tenant_id = g.tenant_id AND p.grid_id = g.id AND p.left_on IS NULL) AS party_members,
       (SELECT count(*) FROM events e
         WHERE e.tenant_id = g.tenant_id AND e.grid_id = g.id
           AND e.status IN ('reported', 'accepted', 'dispatched', 'handling', 'done')) AS open_events
  FROM regions g
 WHERE g.tenant_id = :tenant
   AND g.id = md5(concat_ws(chr(58), :code::text, 'grid', :n::int))::uuid;
SELECT k.id, k.code, k.name, coalesce(c.members, 0) AS members
  FROM key_groups k
  LEFT JOIN (SELECT m.key_group_id, count(*) AS members
               FROM residents r
               JOIN resident_key_groups m
                 ON m.tenant_id = r.tenant_id AND m.resident_id = r.id AND m.ended_on IS NULL
              WHERE r.tenant_id = :tenant
                AND r.grid_id = md5(concat_ws(chr(58), :code::text, 'grid', :n::int))::uuid
                AND r.status = 'living'
              GROUP BY m.key_group_id) c
    ON c.key_group_id = k.id
 WHERE k.tenant_id = :tenant
 ORDER BY k.code;
SELECT r.id, r.name, r.gender, r.id_card_masked,
       p.id AS party_member_id, p.status AS party_member_status, p.joined_on
  FROM (SELECT tenant_id, id, name, gender, id_card_masked
          FROM residents
         WHERE tenant_id = :tenant
           AND grid_id = md5(concat_ws(chr(58), :code::text, 'grid', :n::int))::uuid
         ORDER BY name, id
         LIMIT 21) r
  LEFT JOIN party_members p
    ON p.tenant_id = r.tenant_id AND p.resident_id = r.id AND p.left_on IS NULL
 ORDER BY r.name, r.id;
COMMIT;
