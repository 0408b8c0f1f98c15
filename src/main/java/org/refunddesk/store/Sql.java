package org.refunddesk.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Null-safe conversions between JDBC columns and domain values (instants are written in UTC). */
final class Sql {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

    private Sql() {
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** By position: a reader of many rows saves the driver's name lookup per column and row. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        ps.setString(index, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return enumValue(rs, rs.findColumn(column), type);
    }

    /** By position; the column is named (from the result's metadata) only when its value is not known. */
    static <E extends Enum<E>> E enumValue(ResultSet rs, int column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw notKnown(rs.getMetaData().getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), name);
        }
    }

    private static BadStoredValue notKnown(String column, String name) {
        return new BadStoredValue(column, "holds " + BadStoredValue.show(name) + ", which is not a known value");
    }

    /** A case amount: none, or a positive number of yuan within the input limit (10,000,000.00). */
    static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0)) {
            throw new BadStoredValue(column, "holds " + BadStoredValue.show(value.toPlainString())
                    + ", not an amount between 0 and 10000000.00 yuan");
        }
        return value;
    }

    static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setObject(index, value);
    }

    /** A list of ids for {@code = ANY(?)}: H2 takes an Object[], PostgreSQL a typed SQL array. */
    static void setUuids(PreparedStatement ps, int index, Object[] ids) throws SQLException {
        if (Dialect.of(ps.getConnection()) == Dialect.POSTGRESQL) {
            ps.setArray(index, ps.getConnection().createArrayOf("uuid", ids));
        } else {
            ps.setObject(index, ids);
        }
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
