-- PostgreSQL form of h2/V9__case_summaries.sql: same tables, columns and indexes; TIMESTAMPTZ (microseconds) for H2's TIMESTAMP(9) WITH TIME ZONE, TEXT for CLOB.
-- Issue 14: one summary row per case, what the case list, agenda and dashboard show, so they need not load
-- every case with its events. Kept current in the transaction that changes the case or its evidence; a row
-- whose version differs from the rules in use, whose recompute_at has passed, or that is missing, is
-- computed again before it is read. next_* is the soonest open deadline (explanation not stored).
CREATE TABLE case_summaries (
    case_id          UUID PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    title            VARCHAR,
    status           VARCHAR(40) NOT NULL,
    assignee         VARCHAR,
    platform_name    VARCHAR,
    product          VARCHAR(40),
    amount           DECIMAL(14, 2),
    order_no         VARCHAR,
    consumer_name    VARCHAR,
    consumer_phone   VARCHAR,
    tags             VARCHAR NOT NULL,
    problem_kind     VARCHAR(40),
    created_at       TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ,
    verdict          VARCHAR(40),
    next_rule        VARCHAR(100),
    next_start_at    TIMESTAMPTZ,
    next_due_at      TIMESTAMPTZ,
    next_basis       VARCHAR,
    next_estimate    BOOLEAN NOT NULL,
    next_event       UUID,
    open_deadlines   INT NOT NULL,
    -- the earliest due time of any open deadline (next_due_at is the one the list shows): `due` reads by it
    soonest_due_at   TIMESTAMPTZ,
    evidence_score   INT,
    search_key       VARCHAR NOT NULL,
    recompute_at     TIMESTAMPTZ,
    version          VARCHAR(200) NOT NULL
);

CREATE INDEX case_summaries_created ON case_summaries (created_at);
CREATE INDEX case_summaries_soonest_due ON case_summaries (soonest_due_at);
CREATE INDEX case_summaries_recompute ON case_summaries (recompute_at);
