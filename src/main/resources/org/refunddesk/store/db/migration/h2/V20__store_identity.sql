-- Issue 15: every store has an identity, written once when the store is created (or first migrated), and carried
-- in each full backup's manifest, so recover and the automatic-backup rotation use only this store's backups even
-- when several data folders share one backup folder. A store restored into a fresh folder takes the identity of
-- the backup it came from (it is the same store, moved).
CREATE TABLE store_identity (
    singleton  INT                      DEFAULT 1 NOT NULL PRIMARY KEY CHECK (singleton = 1),
    store_id   UUID                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO store_identity (singleton, store_id, created_at) VALUES (1, RANDOM_UUID(), CURRENT_TIMESTAMP);
