-- A checksum over everything a case's rows hold (its row, tags and events), written with every write of the case and
-- compared on every read of a whole case (issue 15: a bit flipped inside a text reads as valid text otherwise).
-- CRC32C as an unsigned 32-bit number. NULL: a row saved before this version, not yet computed (the next save of
-- the case or the next `check` computes it).
ALTER TABLE cases ADD COLUMN checksum BIGINT;
