-- PostgreSQL form of h2/V12__summary_dashboard.sql: same tables, columns and indexes; TIMESTAMPTZ (microseconds) for H2's TIMESTAMP(9) WITH TIME ZONE, TEXT for CLOB.
-- Issue 14: what the agenda and dashboard read of a case, so they need no whole case either. deadlines: the open
-- and missed deadlines with a due time, one per record-separator, fields unit-separated (rule, state, start, due,
-- estimate, source event); last_activity_at: latest of last edit and last event; refunds: received refunds (at, amount).
-- Stored summaries lack them until recomputed: the projector's format version changes with this migration.
ALTER TABLE case_summaries ADD COLUMN deadlines VARCHAR NOT NULL DEFAULT '';
ALTER TABLE case_summaries ADD COLUMN last_activity_at TIMESTAMPTZ;
ALTER TABLE case_summaries ADD COLUMN refunds VARCHAR NOT NULL DEFAULT '';

-- Newest first and soonest due first straight from an index: H2 otherwise sorts (and first materialises) every row
-- before handing over the first one (`cases list --json`, the case list, `due`).
CREATE INDEX cases_newest ON cases (created_at DESC, id);
CREATE INDEX case_summaries_newest ON case_summaries (created_at DESC, case_id);
CREATE INDEX case_summaries_due_order ON case_summaries (soonest_due_at, case_id);
