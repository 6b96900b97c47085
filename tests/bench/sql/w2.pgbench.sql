-- W2, a street admin's list of open events — the ideal hand-written backend's SQL for the two
-- requests of one W2 operation: page 1, then page 2 when page 1 says more follow (the GridGov
-- runner asks for page 2 only when hasNextPage; here: when the total is over 20).
-- Each request is its own transaction as gridgov_app with the tenant set for row-level security,
-- and ONE statement: the events of a random street n (id md5('<code>:street:<n>')::uuid)
--   * open (status in the state machine's OPEN_STATUSES),
--   * of category :category or one of its subcategories (as api/src/service/events/listing.rs:
--     category_id = :category OR category_id IN (its children)),
--   * red or orange now (listing.rs's colour_condition: red = phase_deadline <= now(),
--     orange = phase_deadline > now() AND phase_orange_at <= now()),
--   * most urgent first (listing.rs's URGENCY order: red, orange, yellow, green, then no phase;
--     nearest deadline first; newest reported first; id), 20 a page by OFFSET,
-- with the total (count(*) OVER (), GridGov's totalCount) and the names of the event's category,
-- grid and department (joined after the page is cut).
--
-- Run in prepared (or extended) protocol mode — variables are bound as parameters:
--   pgbench -n -M prepared -f w2.pgbench.sql -D tenant=<uuid> -D code=<county code>
--           -D streets=20 -D category=<uuid of a top-level category> -h 127.0.0.1 -U gridgov_app gridgov_bench
-- Each pgbench transaction counts as one W2 operation (one or two requests). pgbench >= 14 (\aset).
-- (chr(58) is ':' — a literal colon would be taken for a pgbench variable.)
\set n random(1, :streets)
\set p1_total 0
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT e.id, e.number, e.status, e.urgency, e.reported_at, e.description,
       e.phase_yellow_at, e.phase_orange_at, e.phase_deadline,
       e.category_id, c.name AS category_name, e.grid_id, g.name AS grid_name,
       e.department_id, d.name AS department_name, e.total
  FROM (SELECT e.tenant_id, e.id, e.number, e.status, e.urgency, e.reported_at, e.description,
               e.phase_yellow_at, e.phase_orange_at, e.phase_deadline,
               e.category_id, e.grid_id, e.department_id,
               CASE WHEN e.phase_deadline IS NULL THEN 0
                    WHEN e.phase_deadline <= now() THEN 4
                    WHEN e.phase_orange_at <= now() THEN 3
                    WHEN e.phase_yellow_at <= now() THEN 2
                    ELSE 1 END AS urgency_rank,
               count(*) OVER () AS total
          FROM events e
         WHERE e.tenant_id = :tenant
           AND e.street_id = md5(concat_ws(chr(58), :code::text, 'street', :n::int))::uuid
           AND e.status IN ('reported', 'accepted', 'dispatched', 'handling', 'done')
           AND (e.category_id = :category
                OR e.category_id IN (SELECT k.id FROM event_categories k
                                      WHERE k.tenant_id = :tenant AND k.parent_id = :category))
           AND ((e.phase_deadline IS NOT NULL AND e.phase_deadline <= now())
                OR (e.phase_deadline > now() AND e.phase_orange_at <= now()))
         ORDER BY urgency_rank DESC, e.phase_deadline, e.reported_at DESC, e.id
         LIMIT 20 OFFSET 0) e
  JOIN event_categories c ON c.tenant_id = e.tenant_id AND c.id = e.category_id
  LEFT JOIN regions g ON g.tenant_id = e.tenant_id AND g.id = e.grid_id
  LEFT JOIN departments d ON d.tenant_id = e.tenant_id AND d.id = e.department_id
 ORDER BY e.urgency_rank DESC, e.phase_deadline, e.reported_at DESC, e.id
\aset p1_
COMMIT;
\if :p1_total > 20
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT e.id, e.number, e.status, e.urgency, e.reported_at, e.description,
       e.phase_yellow_at, e.phase_orange_at, e.phase_deadline,
       e.category_id, c.name AS category_name, e.grid_id, g.name AS grid_name,
       e.department_id, d.name AS department_name, e.total
  FROM (SELECT e.tenant_id, e.id, e.number, e.status, e.urgency, e.reported_at, e.description,
               e.phase_yellow_at, e.phase_orange_at, e.phase_deadline,
               e.category_id, e.grid_id, e.department_id,
               CASE WHEN e.phase_deadline IS NULL THEN 0
                    WHEN e.phase_deadline <= now() THEN 4
                    WHEN e.phase_orange_at <= now() THEN 3
                    WHEN e.phase_yellow_at <= now() THEN 2
                    ELSE 1 END AS urgency_rank,
               count(*) OVER () AS total
          FROM events e
         WHERE e.tenant_id = :tenant
           AND e.street_id = md5(concat_ws(chr(58), :code::text, 'street', :n::int))::uuid
           AND e.status IN ('reported', 'accepted', 'dispatched', 'handling', 'done')
           AND (e.category_id = :category
                OR e.category_id IN (SELECT k.id FROM event_categories k
                                      WHERE k.tenant_id = :tenant AND k.parent_id = :category))
           AND ((e.phase_deadline IS NOT NULL AND e.phase_deadline <= now())
                OR (e.phase_deadline > now() AND e.phase_orange_at <= now()))
         ORDER BY urgency_rank DESC, e.phase_deadline, e.reported_at DESC, e.id
         LIMIT 20 OFFSET 20) e
  JOIN event_categories c ON c.tenant_id = e.tenant_id AND c.id = e.category_id
  LEFT JOIN regions g ON g.tenant_id = e.tenant_id AND g.id = e.grid_id
  LEFT JOIN departments d ON d.tenant_id = e.tenant_id AND d.id = e.department_id
 ORDER BY e.urgency_rank DESC, e.phase_deadline, e.reported_at DESC, e.id;
COMMIT;
\endif
