-- Team mode (issue 16), PostgreSQL only: the coordinator and helper roles and row-level security
-- (postgresql/V18). The embedded store has one user; this version keeps both engines' histories alike.
VALUES 1;
