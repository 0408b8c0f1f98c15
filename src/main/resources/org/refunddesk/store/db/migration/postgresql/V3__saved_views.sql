-- PostgreSQL form of h2/V3__saved_views.sql: same tables, columns and indexes; TIMESTAMPTZ (microseconds) for H2's TIMESTAMP(9) WITH TIME ZONE, TEXT for CLOB.
-- Caseload (issue 7): named filters a helper can reopen. The filter is kept in its one-line text form
-- ("status=NEW; assignee=张志愿; due-within=3d", see CaseFilter.toText) so new criteria need no migration.
CREATE TABLE saved_view (
    name        VARCHAR(100)  NOT NULL PRIMARY KEY,
    filter_text VARCHAR(1000) NOT NULL,
    saved_at    TIMESTAMPTZ NOT NULL
);
