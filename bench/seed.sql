-- LiveDesk benchmark data set, generated set-based (INSERT ... SELECT generate_series) in one transaction.
--
-- Run by run.sh against a database that the server has just migrated (Flyway V1) and in which the admin and
-- the API-created agents (agent1..agentN@bench.test, made through POST /api/v1/users so their password hash is
-- a real PBKDF2 one) already exist. Everything else is bulk-inserted here.
--
-- psql variables (run.sh passes them; defaults are the issue's scale):
--   inboxes, agents, contacts, conversations, marker
-- Average messages per conversation is 10 (1..19, uniform), so messages ~= 10 x conversations.
--
-- The data is deterministic (setseed) so two runs of the benchmark measure the same rows.
-- Shape, chosen to look like a busy helpdesk rather than to flatter any index:
--   * inbox sizes are skewed (inbox 1 gets ~7% of contacts, inbox 50 ~1.4%);
--   * every agent is a member of 3..5 inboxes (~16 members per inbox);
--   * status 35% OPEN, 10% PENDING, 5% SNOOZED, 50% RESOLVED;
--   * 60% assigned to a member of the conversation's inbox, 10% to the inbox's AI agent, 30% unassigned;
--   * last_activity_at: resolved ones spread over a year, open ones skewed to the last 90 days;
--   * ~30% of conversations carry 1-2 labels (so the per-page label batch query returns rows);
--   * messages alternate customer / agent with a private note every 7th; incoming ones carry a channel id.

\set ON_ERROR_STOP on
\timing on
\if :{?inboxes}
\else
\set inboxes 50
\endif
\if :{?agents}
\else
\set agents 200
\endif
\if :{?contacts}
\else
\set contacts 300000
\endif
\if :{?conversations}
\else
\set conversations 1000000
\endif
\if :{?marker}
\else
\set marker 'livedesk-bench-seed'
\endif

-- Bulk-load settings for this session only. session_replication_role = replica skips the FK triggers
-- (the rows are consistent by construction, and the FK constraints stay declared); no parallel query so
-- random() after setseed() gives the same rows every time.
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET max_parallel_workers_per_gather = 0;
SET session_replication_role = replica;
SET client_min_messages = warning;

BEGIN;

-- Refuse to seed twice: run.sh drops and recreates the database instead.
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM conversation) OR EXISTS (SELECT 1 FROM inbox) THEN
        RAISE EXCEPTION 'livedesk_bench already has data; run.sh recreates the database to reseed';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM user_account WHERE email = 'agent1@bench.test') THEN
        RAISE EXCEPTION 'agent1@bench.test missing: create the login agents through the REST API first';
    END IF;
    IF (SELECT max(id) FROM user_account) >= 1000 THEN
        RAISE EXCEPTION 'unexpected user ids >= 1000; bulk agents use ids from 1000';
    END IF;
END $$;

SELECT setseed(0.20261124);

-- One "now" for the whole data set (UTC, as the app stores instants in TIMESTAMP without zone).
CREATE TEMP TABLE bench_clock AS SELECT (now() AT TIME ZONE 'UTC')::timestamp(6) AS t;

-- Secondary indexes are dropped during the load and rebuilt from their own definitions afterwards
-- (a sorted build is much faster than 10M incremental inserts). Primary keys stay.
CREATE TEMP TABLE bench_saved_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
WHERE t.relname IN ('message', 'conversation', 'conversation_label', 'contact', 'contact_identity')
  AND t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary;
DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT name FROM bench_saved_index LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP;
END $$;

\echo '--- inboxes, AI agents, teams, labels'
-- Inboxes (API channel: a Facebook inbox would need a page token and could try to reach Facebook).
INSERT INTO inbox (id, name, channel_type, greeting_enabled, greeting_message, csat_enabled, business_hours_enabled,
                   time_zone, out_of_office_message, auto_assignment, assignment_method, agent_capacity,
                   created_at, updated_at, version)
SELECT g, 'Bench inbox ' || g, 'API', false, NULL, false, false, 'UTC', NULL, true,
       CASE WHEN g % 2 = 0 THEN 'ROUND_ROBIN' ELSE 'LOAD_BASED' END, 20,
       c.t - interval '400 days', c.t - interval '400 days', 0
FROM generate_series(1, :inboxes) g, bench_clock c;

INSERT INTO ai_agent (id, inbox_id, name, model, instructions, encrypted_api_key, enabled, created_at, updated_at, version)
SELECT g, g, 'Bench AI ' || g, 'bench-model', 'Answer order questions politely.', NULL, true,
       c.t - interval '300 days', c.t - interval '300 days', 0
FROM generate_series(1, :inboxes) g, bench_clock c;

INSERT INTO team (id, name, description, created_at, version)
SELECT g, 'Bench team ' || g, 'Seeded by the benchmark', c.t - interval '400 days', 0
FROM generate_series(1, 5) g, bench_clock c;

INSERT INTO label (id, title, description, color)
SELECT g, 'topic-' || lpad(g::text, 2, '0'), 'Seeded label', '#' || lpad(to_hex(g * 654321 % 16777216), 6, '0')
FROM generate_series(1, 20) g;

\echo '--- agents and inbox memberships'
-- Agents: the API-created ones keep their ids (k = 0..n-1 by id); the rest get ids 1000 + k and share the
-- password hash of agent1, so every seeded agent can log in with the benchmark password.
CREATE TEMP TABLE bench_agent AS
SELECT (row_number() OVER (ORDER BY id) - 1)::int AS k, id AS user_id
FROM user_account WHERE role = 'AGENT';

INSERT INTO user_account (id, email, display_name, password_hash, role, availability, active, created_at, updated_at, version)
SELECT 1000 + k, 'agent' || (k + 1) || '@bench.test', 'Agent ' || (k + 1),
       (SELECT password_hash FROM user_account WHERE email = 'agent1@bench.test'), 'AGENT',
       (ARRAY['ONLINE', 'BUSY', 'OFFLINE'])[1 + k % 3], true, c.t - interval '380 days', c.t - interval '380 days', 0
FROM generate_series((SELECT count(*)::int FROM bench_agent), :agents - 1) k, bench_clock c;

INSERT INTO bench_agent
SELECT k, 1000 + k FROM generate_series((SELECT count(*)::int FROM bench_agent), :agents - 1) k;

-- Agent k is in 3..5 inboxes: (7k + 13j) mod inboxes, which spreads members evenly over all inboxes.
INSERT INTO inbox_member (inbox_id, user_id)
SELECT DISTINCT 1 + (a.k * 7 + j * 13) % :inboxes, a.user_id
FROM bench_agent a, generate_series(0, 2 + a.k % 3) j;

INSERT INTO team_member (team_id, user_id) SELECT 1 + k % 5, user_id FROM bench_agent;

-- Members of each inbox, numbered, so a conversation can pick one at random with an equality join.
CREATE TEMP TABLE bench_member AS
SELECT inbox_id, user_id, row_number() OVER (PARTITION BY inbox_id ORDER BY user_id)::int AS rn,
       count(*) OVER (PARTITION BY inbox_id)::int AS n
FROM inbox_member;
CREATE INDEX ON bench_member (inbox_id, rn);

\echo '--- contacts and their identities'
-- Contacts, each with one identity (page-scoped id) in its home inbox; inbox sizes are skewed.
INSERT INTO contact (id, name, avatar_url, email, phone, locale, profile_fetched_at, created_at, updated_at, version)
SELECT g, 'Customer ' || g,
       CASE WHEN g % 3 = 0 THEN 'https://example.invalid/avatar/' || g || '.jpg' END,
       CASE WHEN g % 2 = 0 THEN 'customer' || g || '@example.com' END,
       NULL, 'en_US', c.t - interval '30 days', c.t - (g % 400) * interval '1 day', c.t - (g % 400) * interval '1 day', 0
FROM generate_series(1, :contacts) g, bench_clock c;

INSERT INTO contact_identity (id, contact_id, inbox_id, source_id, created_at)
SELECT g, g, 1 + floor(:inboxes * power(random(), 1.5))::int, 'psid-' || g, c.t - (g % 400) * interval '1 day'
FROM generate_series(1, :contacts) g, bench_clock c;

\echo '--- conversations (drawn into a temp table)'
-- Conversations: draw everything once into a temp table, which the conversation and message inserts share.
CREATE TEMP TABLE bench_conversation AS
WITH draw AS (
    SELECT g AS id, 1 + floor(random() * :contacts)::bigint AS contact_id,
           random() AS r_status, random() AS r_assign, random() AS r_pick, random() AS r_time,
           random() AS r_prio, random() AS r_team, random() AS r_label, random() AS r_span,
           1 + floor(random() * 19)::int AS n  -- messages in the conversation, 1..19 (mean 10)
    FROM generate_series(1, :conversations) g
), shaped AS (
    SELECT d.*, ci.inbox_id,
           CASE WHEN r_status < 0.35 THEN 'OPEN' WHEN r_status < 0.45 THEN 'PENDING'
                WHEN r_status < 0.50 THEN 'SNOOZED' ELSE 'RESOLVED' END AS status
    FROM draw d JOIN contact_identity ci ON ci.contact_id = d.contact_id
)
SELECT s.id, s.inbox_id, s.contact_id, s.status, s.n, s.r_label,
       CASE WHEN r_prio < 0.70 THEN 'NONE' WHEN r_prio < 0.80 THEN 'LOW' WHEN r_prio < 0.90 THEN 'MEDIUM'
            WHEN r_prio < 0.97 THEN 'HIGH' ELSE 'URGENT' END AS priority,
       CASE WHEN r_assign < 0.60 THEN m.user_id END AS assignee_user_id,
       CASE WHEN r_assign >= 0.60 AND r_assign < 0.70 THEN s.inbox_id END AS assignee_ai_agent_id,
       CASE WHEN r_team < 0.20 THEN 1 + s.id % 5 END AS team_id,
       date_trunc('milliseconds', c.t - CASE WHEN s.status = 'RESOLVED' THEN r_time * interval '365 days'
                                             ELSE r_time * r_time * interval '90 days' END) AS last_activity_at,
       interval '5 minutes' + r_span * interval '3 days' AS span
FROM shaped s
CROSS JOIN bench_clock c
LEFT JOIN bench_member m ON m.inbox_id = s.inbox_id AND m.rn = 1 + floor(s.r_pick * m.n)::int;

-- Message j of a conversation: type, text and time. Kept as SQL functions (inlined by the planner) so the
-- conversation's preview and last customer message agree with its messages.
CREATE FUNCTION pg_temp.msg_type(j int) RETURNS text IMMUTABLE LANGUAGE sql AS
$$ SELECT CASE WHEN j % 7 = 0 THEN 'PRIVATE_NOTE' WHEN j % 2 = 1 THEN 'INCOMING' ELSE 'OUTGOING' END $$;
CREATE FUNCTION pg_temp.msg_text(conv bigint, j int) RETURNS text IMMUTABLE LANGUAGE sql AS
$$ SELECT CASE WHEN j % 7 = 0 THEN 'Note: repeat customer, check order #' || (conv * 31 + j) % 100000 || ' first.'
               WHEN j % 2 = 1 THEN 'Hi, where is my order #' || (conv * 31 + j) % 100000 || '? It was due yesterday.'
               ELSE 'Thanks for waiting! Order #' || (conv * 31 + j) % 100000 || ' ships today, tracking follows.' END $$;
CREATE FUNCTION pg_temp.msg_at(last_at timestamp, span interval, j int, n int) RETURNS timestamp IMMUTABLE LANGUAGE sql AS
$$ SELECT CASE WHEN n = 1 THEN last_at ELSE date_trunc('milliseconds', last_at - span * ((n - j)::float8 / (n - 1))) END $$;
-- The last message a customer wrote: the largest odd j <= n that is not a private note (j % 7 = 0).
CREATE FUNCTION pg_temp.last_incoming(n int) RETURNS int IMMUTABLE LANGUAGE sql AS
$$ SELECT CASE WHEN n % 2 = 1 AND n % 7 <> 0 THEN n WHEN n % 2 = 1 THEN n - 2
               WHEN (n - 1) % 7 <> 0 THEN n - 1 ELSE n - 3 END $$;

INSERT INTO conversation (id, inbox_id, contact_id, status, priority, assignee_user_id, assignee_ai_agent_id, team_id,
                          snoozed_until, last_activity_at, last_customer_message_at, last_message_preview,
                          created_at, resolved_at, updated_at, version)
SELECT b.id, b.inbox_id, b.contact_id, b.status, b.priority, b.assignee_user_id, b.assignee_ai_agent_id, b.team_id,
       CASE WHEN b.status = 'SNOOZED' THEN c.t + (1 + b.id % 30) * interval '1 day' END,
       b.last_activity_at,
       pg_temp.msg_at(b.last_activity_at, b.span, pg_temp.last_incoming(b.n), b.n),
       left(pg_temp.msg_text(b.id, b.n), 280),
       b.last_activity_at - b.span,
       CASE WHEN b.status = 'RESOLVED' THEN b.last_activity_at END,
       b.last_activity_at, 0
FROM bench_conversation b, bench_clock c;

INSERT INTO conversation_label (conversation_id, label_id)
SELECT id, 1 + id % 20 FROM bench_conversation WHERE r_label < 0.30
UNION ALL
SELECT id, 1 + (id % 20 + 1 + (id / 20) % 19) % 20 FROM bench_conversation WHERE r_label < 0.10;

\echo '--- messages'
-- Messages: id = conversation id * 20 + j (unique, as j < 20). Replies in unassigned conversations are SYSTEM
-- messages (greetings); PAGE_OUTSIDE_LIVEDESK would be more varied but does not fit sender_kind VARCHAR(16).
INSERT INTO message (id, conversation_id, inbox_id, message_type, sender_kind, sender_user_id, sender_ai_agent_id,
                     content, content_attributes, external_id, delivery_status, failure_code, failure_reason,
                     created_at, updated_at, version)
SELECT b.id * 20 + j, b.id, b.inbox_id, pg_temp.msg_type(j),
       CASE pg_temp.msg_type(j)
           WHEN 'INCOMING' THEN 'CUSTOMER'
           WHEN 'PRIVATE_NOTE' THEN CASE WHEN b.assignee_user_id IS NOT NULL THEN 'AGENT' ELSE 'SYSTEM' END
           ELSE CASE WHEN b.assignee_user_id IS NOT NULL THEN 'AGENT'
                     WHEN b.assignee_ai_agent_id IS NOT NULL THEN 'AI_AGENT' ELSE 'SYSTEM' END END,
       CASE WHEN pg_temp.msg_type(j) <> 'INCOMING' THEN b.assignee_user_id END,
       CASE WHEN pg_temp.msg_type(j) = 'OUTGOING' THEN b.assignee_ai_agent_id END,
       pg_temp.msg_text(b.id, j), NULL,
       CASE WHEN pg_temp.msg_type(j) = 'INCOMING' THEN 'm_' || (b.id * 20 + j) END,
       CASE pg_temp.msg_type(j) WHEN 'INCOMING' THEN 'RECEIVED' WHEN 'PRIVATE_NOTE' THEN 'STORED'
            ELSE CASE WHEN j = b.n THEN 'SENT' ELSE 'DELIVERED' END END,
       NULL, NULL,
       pg_temp.msg_at(b.last_activity_at, b.span, j, b.n), pg_temp.msg_at(b.last_activity_at, b.span, j, b.n), 0
FROM bench_conversation b CROSS JOIN LATERAL generate_series(1, b.n) j;

\echo '--- rebuilding the secondary indexes'
-- Rebuild the secondary indexes exactly as the migration defined them (unique ones also validate the data).
DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT definition FROM bench_saved_index LOOP EXECUTE r.definition; END LOOP;
END $$;

-- Sequences: EclipseLink draws a value V and uses V-49..V, so leave every sequence a multiple of 50 above max(id).
SELECT setval('user_account_seq', ((SELECT max(id) FROM user_account) / 50 + 2) * 50),
       setval('inbox_seq', ((SELECT max(id) FROM inbox) / 50 + 2) * 50),
       setval('ai_agent_seq', ((SELECT max(id) FROM ai_agent) / 50 + 2) * 50),
       setval('team_seq', ((SELECT max(id) FROM team) / 50 + 2) * 50),
       setval('label_seq', ((SELECT max(id) FROM label) / 50 + 2) * 50),
       setval('contact_seq', ((SELECT max(id) FROM contact) / 50 + 2) * 50),
       setval('contact_identity_seq', ((SELECT max(id) FROM contact_identity) / 50 + 2) * 50),
       setval('conversation_seq', ((SELECT max(id) FROM conversation) / 50 + 2) * 50),
       setval('message_seq', ((SELECT max(id) FROM message) / 50 + 2) * 50);

-- The marker run.sh checks: written in the same transaction, so it exists only if everything above did.
SELECT format('COMMENT ON DATABASE %I IS %L', current_database(), :'marker') \gexec

COMMIT;

RESET session_replication_role;

\echo '--- VACUUM ANALYZE'
-- Statistics and the visibility map, as autovacuum would have them on a database in steady state.
VACUUM (ANALYZE) user_account, inbox, inbox_member, ai_agent, team, team_member, label, contact, contact_identity,
    conversation, conversation_label, message;

SELECT 'inbox' AS "table", count(*) AS "rows" FROM inbox
UNION ALL SELECT 'user_account (agents)', count(*) FROM user_account WHERE role = 'AGENT'
UNION ALL SELECT 'inbox_member', count(*) FROM inbox_member
UNION ALL SELECT 'contact', count(*) FROM contact
UNION ALL SELECT 'contact_identity', count(*) FROM contact_identity
UNION ALL SELECT 'conversation', count(*) FROM conversation
UNION ALL SELECT 'conversation_label', count(*) FROM conversation_label
UNION ALL SELECT 'message', count(*) FROM message;
