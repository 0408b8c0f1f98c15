-- PostgreSQL form of h2/V6__platform_identity.sql: same tables, columns and indexes; TIMESTAMPTZ (microseconds) for H2's TIMESTAMP(9) WITH TIME ZONE, TEXT for CLOB.
-- The business's legal identity (issue 12): the registered company name, its unified social credit
-- code (18 characters, GB 32100-2015) and its legal representative; all optional.
ALTER TABLE cases ADD COLUMN platform_operator VARCHAR;
ALTER TABLE cases ADD COLUMN platform_credit_code VARCHAR(18);
ALTER TABLE cases ADD COLUMN platform_legal_representative VARCHAR;
