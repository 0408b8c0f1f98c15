-- Issue 14: what the dashboard counts with SQL aggregates instead of reading every summary row. missed: one of the
-- listed deadlines is missed; open_due_first: the earliest due time of a listed open deadline (the next-deadlines
-- list reads summaries in this order and stops early); created_month: the month the case was opened, in Shanghai
-- (yyyy-MM), for the claimed-per-month chart. Stored summaries get them when recomputed (the format version changes).
ALTER TABLE case_summaries ADD COLUMN missed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_summaries ADD COLUMN open_due_first TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE case_summaries ADD COLUMN created_month VARCHAR(7);

CREATE INDEX case_summaries_open_due ON case_summaries (open_due_first, case_id);
