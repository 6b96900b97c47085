-- W3, the event workflow — the ideal hand-written backend's SQL for the six requests of one W3
-- operation, as GridGov's runner sends them: report (in grid 1 of the county, under the leaf
-- category :leaf_category), accept, dispatch (to :department), sign for, complete, close.
-- Each request is its own transaction as gridgov_app with the tenant set for row-level security,
-- and ONE statement:
--   * report: bump the day's event counter (an upsert; its row lock serialises concurrent reports
--     as GridGov's does), insert the event (number SJyyyymmdd-nnnn, placed from the grid's row,
--     family from the category, phase 'accept' with its clock) and its 'report' history line;
--   * each step: a conditional UPDATE (id, expected version and status — the optimistic lock and
--     the state machine's check in one) that sets the new status, phase and clock and bumps the
--     version, and the history line (from/to status, the department concerned, the deadline
--     before) from the row after (RETURNING) and before (a CTE reading the row: all parts of the
--     statement see the snapshot from before the UPDATE).
-- The phase clocks use fixed limits (accept 2 h, sign for 4 h, handle 72 h, verify 24 h; yellow at
-- 50 %, orange at 80 %) where GridGov works them out from the category's limits and the working
-- calendar in memory. The actor is fixed ('bench', no user id): an ideal backend has it from the
-- token. Event and history ids are gen_random_uuid() (GridGov: UUIDv7 made by the app).
--
-- Run in prepared (or extended) protocol mode — variables are bound as parameters:
--   pgbench -n -M prepared -f w3.pgbench.sql -D tenant=<uuid> -D code=<county code>
--           -D leaf_category=<uuid of a leaf category> -D department=<uuid of a department>
--           -h 127.0.0.1 -U gridgov_app gridgov_bench
-- Each pgbench transaction counts as one W3 operation (six requests). It writes: one event and six
-- history lines per operation, as GridGov's W3 does.
-- (chr(58) is ':' — a literal colon would be taken for a pgbench variable.)
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
WITH counter AS (
       INSERT INTO tenant_counters (tenant_id, name, value)
       VALUES (:tenant, concat_ws(chr(58), 'event', to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')), 1)
       ON CONFLICT (tenant_id, name) DO UPDATE SET value = tenant_counters.value + 1
       RETURNING value),
     grid AS (
       SELECT id, street_id, community_id, grid_id, micro_grid_id
         FROM regions
        WHERE tenant_id = :tenant AND id = md5(concat_ws(chr(58), :code::text, 'grid', 1))::uuid),
     category AS (
       SELECT id, family FROM event_categories WHERE tenant_id = :tenant AND id = :leaf_category),
     event AS (
       INSERT INTO events (tenant_id, id, number, category_id, family, description, urgency, source,
                           status, level, region_id, street_id, community_id, grid_id, micro_grid_id,
                           reported_at, phase, phase_seq, phase_started_at, phase_yellow_at,
                           phase_orange_at, phase_deadline, extension_pending, version,
                           created_at, updated_at)
       SELECT :tenant, gen_random_uuid(),
              'SJ' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'
                   || lpad(counter.value::text, greatest(4, length(counter.value::text)), '0'),
              category.id, category.family, '基准测试事件：楼道堆放杂物，堵塞消防通道。', 'routine', 'patrol',
              'reported', 'grid', grid.id, grid.street_id, grid.community_id, grid.grid_id, grid.micro_grid_id,
              now(), 'accept', 1, now(), now() + interval '60 minutes',
              now() + interval '96 minutes', now() + interval '120 minutes', false, 1, now(), now()
         FROM counter, grid, category
       RETURNING tenant_id, id, status, level)
INSERT INTO event_history (tenant_id, id, event_id, action, from_status, to_status, actor_id,
                           actor_name, at, level)
SELECT tenant_id, gen_random_uuid(), id, 'report', NULL, status, NULL, 'bench', now(), level
  FROM event
RETURNING event_id AS w3_event \gset
COMMIT;
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
WITH b AS (
       SELECT department_id, phase_deadline FROM events WHERE tenant_id = :tenant AND id = :w3_event),
     moved AS (
       UPDATE events e
          SET status = 'accepted', version = e.version + 1, updated_at = now()
         FROM b
        WHERE e.tenant_id = :tenant AND e.id = :w3_event AND e.version = 1 AND e.status = 'reported'
       RETURNING e.tenant_id, e.id, e.status, e.level,
                 coalesce(b.department_id, e.department_id) AS department_id, b.phase_deadline)
INSERT INTO event_history (tenant_id, id, event_id, action, from_status, to_status, actor_id,
                           actor_name, at, level, department_id, deadline)
SELECT tenant_id, gen_random_uuid(), id, 'accept', 'reported', status, NULL, 'bench', now(), level,
       department_id, phase_deadline
  FROM moved;
COMMIT;
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
WITH department AS (
       SELECT id, name FROM departments WHERE tenant_id = :tenant AND id = :department),
     b AS (
       SELECT department_id, phase_deadline FROM events WHERE tenant_id = :tenant AND id = :w3_event),
     moved AS (
       UPDATE events e
          SET status = 'dispatched', department_id = department.id, dispatch_level = e.level,
              phase = 'sign_for', phase_seq = e.phase_seq + 1, extension_pending = false,
              phase_started_at = now(), phase_yellow_at = now() + interval '120 minutes',
              phase_orange_at = now() + interval '192 minutes', phase_deadline = now() + interval '240 minutes',
              version = e.version + 1, updated_at = now()
         FROM b, department
        WHERE e.tenant_id = :tenant AND e.id = :w3_event AND e.version = 2 AND e.status = 'accepted'
       RETURNING e.tenant_id, e.id, e.status, e.level,
                 coalesce(b.department_id, e.department_id) AS department_id, b.phase_deadline,
                 jsonb_build_object('department', department.name) AS details)
INSERT INTO event_history (tenant_id, id, event_id, action, from_status, to_status, actor_id,
                           actor_name, at, level, department_id, deadline, details)
SELECT tenant_id, gen_random_uuid(), id, 'dispatch', 'accepted', status, NULL, 'bench', now(), level,
       department_id, phase_deadline, details
  FROM moved;
COMMIT;
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
WITH b AS (
       SELECT department_id, phase_deadline FROM events WHERE tenant_id = :tenant AND id = :w3_event),
     moved AS (
       UPDATE events e
          SET status = 'handling', phase = 'handle', phase_seq = e.phase_seq + 1,
              extension_pending = false, phase_started_at = now(),
              phase_yellow_at = now() + interval '36 hours', phase_orange_at = now() + interval '57.6 hours',
              phase_deadline = now() + interval '72 hours', version = e.version + 1, updated_at = now()
         FROM b
        WHERE e.tenant_id = :tenant AND e.id = :w3_event AND e.version = 3 AND e.status = 'dispatched'
       RETURNING e.tenant_id, e.id, e.status, e.level,
                 coalesce(b.department_id, e.department_id) AS department_id, b.phase_deadline)
INSERT INTO event_history (tenant_id, id, event_id, action, from_status, to_status, actor_id,
                           actor_name, at, level, department_id, deadline)
SELECT tenant_id, gen_random_uuid(), id, 'sign_for', 'dispatched', status, NULL, 'bench', now(), level,
       department_id, phase_deadline
  FROM moved;
COMMIT;
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
WITH b AS (
       SELECT department_id, phase_deadline FROM events WHERE tenant_id = :tenant AND id = :w3_event),
     moved AS (
       UPDATE events e
          SET status = 'done', result = '已清理完毕。', phase = 'verify', phase_seq = e.phase_seq + 1,
              extension_pending = false, phase_started_at = now(),
              phase_yellow_at = now() + interval '12 hours', phase_orange_at = now() + interval '19.2 hours',
              phase_deadline = now() + interval '24 hours', version = e.version + 1, updated_at = now()
         FROM b
        WHERE e.tenant_id = :tenant AND e.id = :w3_event AND e.version = 4 AND e.status = 'handling'
       RETURNING e.tenant_id, e.id, e.status, e.level,
                 coalesce(b.department_id, e.department_id) AS department_id, b.phase_deadline)
INSERT INTO event_history (tenant_id, id, event_id, action, from_status, to_status, actor_id,
                           actor_name, at, level, department_id, deadline)
SELECT tenant_id, gen_random_uuid(), id, 'complete', 'handling', status, NULL, 'bench', now(), level,
       department_id, phase_deadline
  FROM moved;
COMMIT;
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
WITH b AS (
       SELECT department_id, phase_deadline FROM events WHERE tenant_id = :tenant AND id = :w3_event),
     moved AS (
       UPDATE events e
          SET status = 'closed', closed_at = now(), closed_level = e.level, phase = NULL,
              phase_started_at = NULL, phase_yellow_at = NULL, phase_orange_at = NULL,
              phase_deadline = NULL, version = e.version + 1, updated_at = now()
         FROM b
        WHERE e.tenant_id = :tenant AND e.id = :w3_event AND e.version = 5 AND e.status = 'done'
       RETURNING e.tenant_id, e.id, e.status, e.level,
                 coalesce(b.department_id, e.department_id) AS department_id, b.phase_deadline)
INSERT INTO event_history (tenant_id, id, event_id, action, from_status, to_status, actor_id,
                           actor_name, at, level, department_id, deadline)
SELECT tenant_id, gen_random_uuid(), id, 'close', 'done', status, NULL, 'bench', now(), level,
       department_id, phase_deadline
  FROM moved;
COMMIT;
