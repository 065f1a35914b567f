-- Lists that do not narrow by status ("all", or "mine" in every status) also sort by last activity: without
-- these, PostgreSQL sorted every matching row (over 100 ms at a million conversations); with them it reads
-- the newest rows in order and stops after one page (measured with bench/run.sh).
CREATE INDEX ix_conversation_activity_list ON conversation (last_activity_at, id);
CREATE INDEX ix_conversation_assignee_activity_list ON conversation (assignee_user_id, last_activity_at, id);
