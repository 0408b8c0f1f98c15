-- PostgreSQL form of h2/V20 (gen_random_uuid instead of H2's RANDOM_UUID). Issue 15: every store has an identity, written once when the store is created (or first migrated), and carried
-- in each full backup's manifest, so recover and the automatic-backup rotation use only this store's backups even
-- when several data folders share one backup folder. A store restored into a fresh folder takes the identity of
-- the backup it came from (it is the same store, moved).
CREATE TABLE store_identity (
    singleton  INT                      DEFAULT 1 NOT NULL PRIMARY KEY CHECK (singleton = 1),
    store_id   UUID                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO store_identity (singleton, store_id, created_at) VALUES (1, gen_random_uuid(), CURRENT_TIMESTAMP);

-- Read by backups and recover; never changed by the app roles.
GRANT SELECT ON store_identity TO refunddesk_coordinator, refunddesk_helper;
