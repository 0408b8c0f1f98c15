package org.refunddesk.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of a team server (issue 16): each logs in as their own PostgreSQL role, a member of
 * {@code refunddesk_coordinator} or {@code refunddesk_helper}. Adding one goes through the server's
 * {@code refunddesk_add_member} function, which only a coordinator may run (checked by the server).
 */
public final class TeamMembers {
    public static final String COORDINATORS = "refunddesk_coordinator";
    public static final String HELPERS = "refunddesk_helper";
    private static final String PASSWORD_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Database database;

    public TeamMembers(Database database) {
        if (database.dialect() != Dialect.POSTGRESQL) {
            throw new StoreException("people and rights belong to a team server; this is the store on this computer");
        }
        this.database = database;
    }

    public record Member(String name, boolean coordinator) {
    }

    /** Creates the login role {@code name} in the coordinators' or the helpers' group. */
    public void add(String name, char[] password, boolean coordinator) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT refunddesk_add_member(?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, new String(password));
                ps.setBoolean(3, coordinator);
                ps.execute();
            }
            return null;
        });
    }

    /** Everyone in the two groups, coordinators first. */
    public List<Member> list() {
        return database.inTransaction(c -> {
            List<Member> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.rolname, g.rolname = ? AS coordinator"
                    + " FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid"
                    + " WHERE g.rolname IN (?, ?) ORDER BY coordinator DESC, r.rolname")) {
                ps.setString(1, COORDINATORS);
                ps.setString(2, COORDINATORS);
                ps.setString(3, HELPERS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Member(rs.getString(1), rs.getBoolean(2)));
                    }
                }
            }
            return out;
        });
    }

    /** What the login role of this connection is on the server: what the status bar says next to its name. */
    public enum Role {
        OWNER, COORDINATOR, HELPER, NONE;

        /** The key of its name for people ({@code team.member.kind.*}). */
        public String messageKey() {
            return "team.member.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The role this store is logged in as: the owner (a superuser or the database's owner: {@code team init}, backups),
     * a coordinator, a helper, or none of them (a role the group roles were not granted to).
     */
    public Role currentRole() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.rolsuper OR d.datdba = r.oid,"
                    + " pg_has_role(current_user, ?::name, 'MEMBER'), pg_has_role(current_user, ?::name, 'MEMBER')"
                    + " FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()")) {
                ps.setString(1, COORDINATORS);
                ps.setString(2, HELPERS);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Role.NONE;
                    }
                    return rs.getBoolean(1) ? Role.OWNER : rs.getBoolean(2) ? Role.COORDINATOR
                            : rs.getBoolean(3) ? Role.HELPER : Role.NONE;
                }
            }
        });
    }

    /** A password to hand over once: 20 characters from an alphabet without look-alikes (about 116 bits). */
    public static char[] generatePassword() {
        SecureRandom random = new SecureRandom();
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length()));
        }
        return out;
    }
}
