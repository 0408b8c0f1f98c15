-- PostgreSQL form of h2/V5__fee_disclosed.sql: same tables, columns and indexes; TIMESTAMPTZ (microseconds) for H2's TIMESTAMP(9) WITH TIME ZONE, TEXT for CLOB.
-- Issue 11: whether a fee deducted from a refund was disclosed and agreed before payment.
-- NULL = not known (the rule engine then says what decides it).
ALTER TABLE cases ADD COLUMN fee_disclosed BOOLEAN;
