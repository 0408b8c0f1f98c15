-- The evidence vault (issue 5). Each row describes one file copied into <dataDir>/evidence/<case_id>/
-- under stored_name; the file is never changed in place, sha256 is its content when added.
-- trashed_at set: removed by the user, the file sits in <dataDir>/evidence-trash/<case_id>/ until the
-- trash is emptied. Facts are EvidenceFact names separated by commas.
CREATE TABLE evidence (
    id             UUID PRIMARY KEY,
    case_id        UUID NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    category       VARCHAR(40) NOT NULL,
    checklist_item VARCHAR(100),
    stored_name    VARCHAR(100) NOT NULL UNIQUE,
    original_name  VARCHAR(1000) NOT NULL,
    media_type     VARCHAR(200) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         CHAR(64) NOT NULL,
    added_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    captured_at    TIMESTAMP(9) WITH TIME ZONE,
    source         VARCHAR(500),
    facts          VARCHAR(1000) NOT NULL,
    note           VARCHAR(4000),
    trashed_at     TIMESTAMP(9) WITH TIME ZONE,
    -- attach order, so files added in the same instant keep their order
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE INDEX evidence_case ON evidence (case_id, seq);

-- What happened to evidence after it was added: removed (with the user's reason), restored, purged.
-- Rows are only ever inserted; no foreign key, so the log outlives the evidence and the case.
CREATE TABLE evidence_log (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evidence_id   UUID NOT NULL,
    case_id       UUID NOT NULL,
    action        VARCHAR(20) NOT NULL,
    at            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000),
    original_name VARCHAR(1000) NOT NULL,
    sha256        CHAR(64) NOT NULL
);

CREATE INDEX evidence_log_case ON evidence_log (case_id, seq);
