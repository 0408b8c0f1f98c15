-- Issue 14: what Home ("needs you") reads instead of every whole case. your_move: the next step's kind when the next
-- move is the person's (null otherwise); listed_due_last: the latest due time of a listed (open or missed, dated)
-- deadline. Home reads the cases waiting for the person and those with a listed deadline due after 30 days ago
-- (one indexed range each) and decides the rest from the listed deadlines. Stored summaries get them when recomputed
-- (the projector's format version changes).
ALTER TABLE case_summaries ADD COLUMN your_move VARCHAR(40);
ALTER TABLE case_summaries ADD COLUMN listed_due_last TIMESTAMPTZ;

CREATE INDEX case_summaries_your_move ON case_summaries (your_move);
CREATE INDEX case_summaries_listed_due_last ON case_summaries (listed_due_last);
