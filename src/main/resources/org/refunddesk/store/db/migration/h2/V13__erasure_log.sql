-- Erasures (issue 18): proof that data was erased, holding no personal data at all: when, how many cases
-- and evidence files, a random receipt id to quote to the person who asked, and whether it was automatic.
CREATE TABLE erasure_log (
    receipt    VARCHAR(40) PRIMARY KEY,
    erased_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    cases      INT NOT NULL,
    files      INT NOT NULL,
    automatic  BOOLEAN NOT NULL
);
