-- Team mode (issue 16): evidence files kept in the store itself, content-addressed by SHA-256 (one copy of equal
-- files). A file is split into chunks of at most 1 MiB so it is streamed in and out (no limit below 2 GB, no
-- whole file in memory) and rows stay small; size_bytes and sha256 are checked when it is written and read.
CREATE TABLE evidence_blobs (
    sha256     CHAR(64) PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    chunks     INT NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE evidence_chunks (
    sha256 CHAR(64) NOT NULL REFERENCES evidence_blobs (sha256) ON DELETE CASCADE,
    n      INT NOT NULL,
    bytes  BYTEA NOT NULL,
    PRIMARY KEY (sha256, n)
);
