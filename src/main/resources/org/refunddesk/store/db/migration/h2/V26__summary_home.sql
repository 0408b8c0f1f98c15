-- Issue 14: what Home ("needs you") reads instead of every whole case. your_move: the next step's kind when the next
-- move is the person's (null otherwise). A stored summary is current until recompute_at, the first moment after it
-- was computed at which a deadline falls due, so its listed (open or missed, dated) deadlines are all due before
-- recompute_at or at/after it: missed_last is the latest due time before it, due_next the earliest at/after it.
-- Home reads the cases waiting for the person, those whose missed_last is within 30 days and those whose due_next is
-- within 24 hours (one indexed range each) and decides the rest from the listed deadlines. Stored summaries get them
-- when recomputed (the projector's format version changes).
ALTER TABLE case_summaries ADD COLUMN your_move VARCHAR(40);
ALTER TABLE case_summaries ADD COLUMN missed_last TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE case_summaries ADD COLUMN due_next TIMESTAMP(9) WITH TIME ZONE;

CREATE INDEX case_summaries_your_move ON case_summaries (your_move);
CREATE INDEX case_summaries_missed_last ON case_summaries (missed_last);
CREATE INDEX case_summaries_due_next ON case_summaries (due_next);
