-- Cases and their append-only event log (issue 2). Amounts are yuan at fen scale; instants are stored
-- with their offset (always UTC as written by the store). Enums are stored by name.
CREATE TABLE cases (
    id                          UUID PRIMARY KEY,
    title                       VARCHAR,
    consumer_name               VARCHAR,
    consumer_phone              VARCHAR,
    consumer_address            VARCHAR,
    assignee                    VARCHAR,
    platform_name               VARCHAR,
    platform_url                VARCHAR,
    platform_model              VARCHAR(40),
    platform_status             VARCHAR(40),
    platform_registered_address VARCHAR,
    has_purchase                BOOLEAN NOT NULL,
    order_no                    VARCHAR,
    product                     VARCHAR(40),
    delivery                    VARCHAR(40),
    amount                      DECIMAL(14, 2),
    paid_at                     TIMESTAMP(9) WITH TIME ZONE,
    payment                     VARCHAR(40),
    payment_ref                 VARCHAR,
    target_account              VARCHAR,
    advertised_validity         VARCHAR,
    has_problem                 BOOLEAN NOT NULL,
    problem_kind                VARCHAR(40),
    discovered_at               TIMESTAMP(9) WITH TIME ZONE,
    card_key_extracted          BOOLEAN NOT NULL,
    used                        BOOLEAN NOT NULL,
    activated                   BOOLEAN NOT NULL,
    reordered                   BOOLEAN NOT NULL,
    refund_window_hours         INT,
    status                      VARCHAR(40) NOT NULL,
    red_flags                   VARCHAR NOT NULL,
    assessment_rulebook_version VARCHAR,
    assessment_verdict          VARCHAR(40),
    assessment_responsible      VARCHAR(40),
    assessment_at               TIMESTAMP(9) WITH TIME ZONE,
    has_assessment              BOOLEAN NOT NULL,
    created_at                  TIMESTAMP(9) WITH TIME ZONE,
    updated_at                  TIMESTAMP(9) WITH TIME ZONE
);

CREATE INDEX cases_created_at ON cases (created_at);

-- Tags keep their order; one row per tag.
CREATE TABLE case_tags (
    case_id  UUID NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INT NOT NULL,
    tag      VARCHAR NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- The event log: rows are only ever inserted (corrections are EVENT_VOIDED events); seq keeps append order.
CREATE TABLE case_events (
    id          UUID NOT NULL,
    case_id     UUID NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq         INT NOT NULL,
    type        VARCHAR(40) NOT NULL,
    occurred_at TIMESTAMP(9) WITH TIME ZONE,
    channel     VARCHAR(40),
    ref         VARCHAR,
    deadline_at TIMESTAMP(9) WITH TIME ZONE,
    amount      DECIMAL(14, 2),
    note        VARCHAR,
    voids       UUID,
    body_text   CLOB,
    PRIMARY KEY (case_id, id),
    UNIQUE (case_id, seq)
);
