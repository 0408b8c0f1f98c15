-- Team mode (issue 16), PostgreSQL only: the audit trigger leaves the row checksum (V24) out of what changed
-- (postgresql/V25). The embedded store keeps no audit trail; this version keeps both engines' histories alike.
VALUES 1;
