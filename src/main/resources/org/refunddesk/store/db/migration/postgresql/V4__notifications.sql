-- PostgreSQL form of h2/V4__notifications.sql: same tables, columns and indexes; TIMESTAMPTZ (microseconds) for H2's TIMESTAMP(9) WITH TIME ZONE, TEXT for CLOB.
-- Deadline warnings already raised (issue 4): one row per (deadline, lead time), so that a restart
-- does not raise them again. lead_seconds 0 = "reported as missed". The deadline key names the case,
-- the rule, the event that started the clock and the due instant (a moved deadline is a new one).
CREATE TABLE raised_notifications (
    deadline_key VARCHAR(200)             NOT NULL,
    lead_seconds BIGINT                   NOT NULL,
    raised_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (deadline_key, lead_seconds)
);
