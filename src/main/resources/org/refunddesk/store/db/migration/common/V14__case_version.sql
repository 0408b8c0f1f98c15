-- Team mode (issue 16): every case row carries a version, raised by each change of the case (fields, events,
-- assignment); a save made from an older version is refused instead of overwriting someone else's change.
ALTER TABLE cases ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
