package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The store's identity (migration V20): a random id written once when the store is made, carried in every full
 * backup's manifest so that recover and the rotation of automatic backups use only this store's backups.
 */
public final class StoreIdentity {
    private final Database db;

    StoreIdentity(Database db) {
        this.db = db;
    }

    /** This store's id; empty only for a store opened read-only before its first migration to V20. */
    public Optional<UUID> id() {
        try {
            return db.inTransaction(StoreIdentity::read);
        } catch (StoreException e) {
            return Optional.empty(); // an older store opened read-only: it has no identity yet
        }
    }

    /** The id as a connection sees it (also on a database H2's recovery tool rebuilt); empty when there is none. */
    public static Optional<UUID> read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT store_id FROM store_identity WHERE singleton = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getObject(1, UUID.class)) : Optional.empty();
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Takes over the identity of the store a backup came from: only for a store that was empty when the backup was
     * restored into it (the same store, moved to a new folder or rebuilt by recover).
     */
    public void adopt(UUID id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE store_identity SET store_id = ? WHERE singleton = 1")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The short form used in automatic backups' file names: the first 12 hex digits. */
    public static String tag(UUID id) {
        return id.toString().replace("-", "").substring(0, 12);
    }
}
