-- Team mode (issue 16): who changed which case, what and when. Rows are only ever inserted (on PostgreSQL by
-- triggers in the changing transaction, see postgresql/V17); no foreign key, so the trail outlives the case.
CREATE TABLE case_audit (
    seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id  UUID NOT NULL,
    who      VARCHAR(200) NOT NULL,
    action   VARCHAR(40) NOT NULL,
    what     VARCHAR(400),
    version  BIGINT,
    at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX case_audit_case ON case_audit (case_id, seq);
