-- Team mode (issue 16), PostgreSQL only: the audit and change-notification triggers (postgresql/V17). The embedded
-- store has one user and no other client to notify; this version keeps both engines' histories alike.
VALUES 1;
