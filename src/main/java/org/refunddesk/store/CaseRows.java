package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;

/** The {@code cases} and {@code case_tags} rows of a case (its events are {@link EventRows}). */
final class CaseRows {
    private static final String COLUMNS = "title, consumer_name, consumer_phone, consumer_address, assignee, "
            + "platform_name, platform_url, platform_model, platform_status, platform_registered_address, "
            + "platform_operator, platform_credit_code, platform_legal_representative, "
            + "has_purchase, order_no, product, delivery, amount, paid_at, payment, payment_ref, target_account, "
            + "advertised_validity, has_problem, problem_kind, discovered_at, card_key_extracted, used, activated, "
            + "reordered, refund_window_hours, fee_disclosed, status, red_flags, has_assessment, assessment_rulebook_version, "
            + "assessment_verdict, assessment_responsible, assessment_at, created_at, updated_at, "
            + "consumer_is_user, consent_method, consent_date";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
    /** Every write of a case row writes its checksum ({@link CaseChecksum}) with it. */
    static final String INSERT = "INSERT INTO cases (" + COLUMNS + ", checksum, id) VALUES ("
            + "?, ".repeat(COLUMN_COUNT + 1) + "?)";
    /** A row as stores before V24 wrote it (tests of old stores). */
    static final String INSERT_WITHOUT_CHECKSUM = "INSERT INTO cases (" + COLUMNS + ", id) VALUES ("
            + "?, ".repeat(COLUMN_COUNT) + "?)";
    static final String UPDATE = "UPDATE cases SET "
            + Arrays.stream(COLUMNS.split(",")).map(c -> c.trim() + " = ?").collect(Collectors.joining(", "))
            + ", checksum = ? WHERE id = ?";
    static final String SELECT = "SELECT id, " + COLUMNS + ", checksum FROM cases";

    private CaseRows() {
    }

    static void insert(Connection c, RefundCase rc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, rc);
            ps.executeUpdate();
        }
        insertTags(c, rc);
    }

    static void update(Connection c, RefundCase rc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            bind(ps, rc);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_tags WHERE case_id = ?")) {
            Sql.setUuid(ps, 1, rc.id());
            ps.executeUpdate();
        }
        insertTags(c, rc);
    }

    static boolean exists(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cases WHERE id = ?")) {
            Sql.setUuid(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The case with this id, or every case when the id is null; newest first, with tags and events. */
    static List<RefundCase> select(Connection c, UUID caseId) throws SQLException {
        return select(c, caseId, damaged -> {
            throw new DamagedCaseException(damaged);
        });
    }

    /**
     * As {@link #select(Connection, UUID)}, handing each damaged row to {@code damage} and reading on: one damaged
     * row never hides the others.
     */
    static List<RefundCase> select(Connection c, UUID caseId, java.util.function.Consumer<DamagedCase> damage)
            throws SQLException {
        Map<UUID, List<String>> tags = tags(c, caseId);
        Map<UUID, String> badEvents = new HashMap<>();
        Map<UUID, List<CaseEvent>> events = EventRows.byCase(c, caseId, badEvents);
        String sql = SELECT + (caseId == null ? "" : " WHERE id = ?") + " ORDER BY created_at DESC NULLS LAST, id";
        List<RefundCase> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (caseId != null) {
                Sql.setUuid(ps, 1, caseId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = Sql.uuid(rs, "id");
                    String badEvent = badEvents.get(id);
                    if (badEvent != null) {
                        damage.accept(new DamagedCase(id, readableTitle(rs), badEvent));
                        continue;
                    }
                    RefundCase rc = readOrNote(rs, id, tags.getOrDefault(id, List.of()),
                            events.getOrDefault(id, List.of()), damage);
                    if (rc != null) {
                        result.add(rc);
                    }
                }
            }
        }
        return result;
    }

    /** The row as a case, or null after handing what is wrong with it to {@code damage}. */
    static RefundCase readOrNote(ResultSet rs, UUID id, List<String> tags, List<CaseEvent> events,
                                 java.util.function.Consumer<DamagedCase> damage) throws SQLException {
        try {
            return read(rs, id, tags, events);
        } catch (BadStoredValue | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            damage.accept(new DamagedCase(id, readableTitle(rs), problem(e)));
            return null;
        }
    }

    /** The title of the row, or null when even that cannot be read. */
    static String readableTitle(ResultSet rs) {
        try {
            return rs.getString("title");
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** What a failed read of a stored value says, in words rather than a class name. */
    static String problem(RuntimeException e) {
        if (e instanceof BadStoredValue) {
            return e.getMessage();
        }
        if (e instanceof NullPointerException) {
            return "a required value is missing" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return "a stored value is not valid: " + e.getMessage();
    }

    /** Binds the row's values, its checksum and its id (the last two parameters of INSERT and UPDATE). */
    static void bind(PreparedStatement ps, RefundCase rc) throws SQLException {
        int i = bindValues(ps, rc);
        ps.setLong(i++, CaseChecksum.of(rc));
        Sql.setUuid(ps, i, rc.id());
    }

    /** As {@link #bind} for {@link #INSERT_WITHOUT_CHECKSUM}. */
    static void bindWithoutChecksum(PreparedStatement ps, RefundCase rc) throws SQLException {
        Sql.setUuid(ps, bindValues(ps, rc), rc.id());
    }

    /** The values of {@link #COLUMNS}; returns the next parameter index. */
    private static int bindValues(PreparedStatement ps, RefundCase rc) throws SQLException {
        int i = 1;
        ps.setString(i++, rc.title());
        Consumer consumer = rc.consumer();
        ps.setString(i++, consumer.name());
        ps.setString(i++, consumer.phone());
        ps.setString(i++, consumer.address());
        ps.setString(i++, rc.assignee());
        Platform platform = rc.platform();
        ps.setString(i++, platform == null ? null : platform.name());
        ps.setString(i++, platform == null ? null : platform.url());
        Sql.setEnum(ps, i++, platform == null ? null : platform.model());
        Sql.setEnum(ps, i++, platform == null ? null : platform.status());
        ps.setString(i++, platform == null ? null : platform.registeredAddress());
        ps.setString(i++, platform == null ? null : platform.operator());
        ps.setString(i++, platform == null ? null : platform.creditCode());
        ps.setString(i++, platform == null ? null : platform.legalRepresentative());
        Purchase p = rc.purchase();
        ps.setBoolean(i++, p != null);
        ps.setString(i++, p == null ? null : p.orderNo());
        Sql.setEnum(ps, i++, p == null ? null : p.product());
        Sql.setEnum(ps, i++, p == null ? null : p.delivery());
        ps.setBigDecimal(i++, p == null ? null : p.amount());
        Sql.setInstant(ps, i++, p == null ? null : p.paidAt());
        Sql.setEnum(ps, i++, p == null ? null : p.payment());
        ps.setString(i++, p == null ? null : p.paymentRef());
        ps.setString(i++, p == null ? null : p.targetAccount());
        ps.setString(i++, p == null ? null : p.advertisedValidity());
        Problem pr = rc.problem();
        ps.setBoolean(i++, pr != null);
        Sql.setEnum(ps, i++, pr == null ? null : pr.kind());
        Sql.setInstant(ps, i++, pr == null ? null : pr.discoveredAt());
        ps.setBoolean(i++, pr != null && pr.cardKeyExtracted());
        ps.setBoolean(i++, pr != null && pr.used());
        ps.setBoolean(i++, pr != null && pr.activated());
        ps.setBoolean(i++, pr != null && pr.reordered());
        Sql.setInteger(ps, i++, pr == null ? null : pr.refundWindowHours());
        ps.setObject(i++, pr == null ? null : pr.feeDisclosed(), java.sql.Types.BOOLEAN);
        Sql.setEnum(ps, i++, rc.status());
        ps.setString(i++, rc.redFlags().stream().map(Enum::name).collect(Collectors.joining(",")));
        StoredAssessment a = rc.assessment();
        ps.setBoolean(i++, a != null);
        ps.setString(i++, a == null ? null : a.rulebookVersion());
        Sql.setEnum(ps, i++, a == null ? null : a.verdict());
        Sql.setEnum(ps, i++, a == null ? null : a.responsible());
        Sql.setInstant(ps, i++, a == null ? null : a.assessedAt());
        Sql.setInstant(ps, i++, rc.createdAt());
        Sql.setInstant(ps, i++, rc.updatedAt());
        return bindConsent(ps, i, consumer.consent());
    }

    private static int bindConsent(PreparedStatement ps, int i, Consent consent) throws SQLException {
        if (consent == null) {
            ps.setNull(i++, java.sql.Types.BOOLEAN);
        } else {
            ps.setBoolean(i++, consent.consumerIsUser());
        }
        Sql.setEnum(ps, i++, consent == null ? null : consent.method());
        ps.setObject(i++, consent == null ? null : consent.agreedOn(), java.sql.Types.DATE);
        return i;
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        boolean isUser = rs.getBoolean("consumer_is_user");
        if (rs.wasNull()) {
            return null;
        }
        return new Consent(isUser, Sql.enumValue(rs, "consent_method", ConsentMethod.class),
                rs.getObject("consent_date", java.time.LocalDate.class));
    }

    static RefundCase read(ResultSet rs, UUID id, List<String> tags, List<CaseEvent> events)
            throws SQLException {
        Consumer consumer = new Consumer(rs.getString("consumer_name"), rs.getString("consumer_phone"),
                rs.getString("consumer_address"), consent(rs));
        // a stored platform always has a model (the record defaults it), so no model means no platform
        Platform platform = rs.getString("platform_model") == null ? null
                : new Platform(rs.getString("platform_name"), rs.getString("platform_url"),
                        Sql.enumValue(rs, "platform_model", PlatformModel.class),
                        Sql.enumValue(rs, "platform_status", PlatformStatus.class),
                        rs.getString("platform_registered_address"), rs.getString("platform_operator"),
                        rs.getString("platform_credit_code"), rs.getString("platform_legal_representative"));
        Purchase purchase = !rs.getBoolean("has_purchase") ? null
                : new Purchase(rs.getString("order_no"), Sql.enumValue(rs, "product", ProductType.class),
                        Sql.enumValue(rs, "delivery", DeliveryMode.class), Sql.amount(rs, "amount"),
                        Sql.instant(rs, "paid_at"), Sql.enumValue(rs, "payment", PaymentChannel.class),
                        rs.getString("payment_ref"), rs.getString("target_account"),
                        rs.getString("advertised_validity"));
        Problem problem = !rs.getBoolean("has_problem") ? null
                : new Problem(Sql.enumValue(rs, "problem_kind", ProblemKind.class), Sql.instant(rs, "discovered_at"),
                        rs.getBoolean("card_key_extracted"), rs.getBoolean("used"), rs.getBoolean("activated"),
                        rs.getBoolean("reordered"), Sql.integer(rs, "refund_window_hours"),
                        rs.getObject("fee_disclosed", Boolean.class));
        StoredAssessment assessment = !rs.getBoolean("has_assessment") ? null
                : new StoredAssessment(rs.getString("assessment_rulebook_version"),
                        Sql.enumValue(rs, "assessment_verdict", Verdict.class),
                        Sql.enumValue(rs, "assessment_responsible", Responsible.class),
                        Sql.instant(rs, "assessment_at"));
        String flags = rs.getString("red_flags");
        List<RedFlag> redFlags = flags.isEmpty() ? List.of()
                : Arrays.stream(flags.split(",")).map(CaseRows::redFlag).toList();
        RefundCase rc = new RefundCase(id, rs.getString("title"), consumer, rs.getString("assignee"), tags, platform,
                purchase, problem, events, Sql.enumValue(rs, "status", CaseStatus.class), redFlags, assessment,
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
        long checksum = rs.getLong("checksum");
        if (!rs.wasNull() && checksum != CaseChecksum.of(rc)) {
            // every value decoded, but not into what was saved: a bit flipped inside a text, an id or a number
            throw new BadStoredValue("checksum", "does not match what the case holds (its title, tags, events or "
                    + "other values changed after it was saved: the data file is damaged)");
        }
        return rc;
    }

    private static RedFlag redFlag(String name) {
        try {
            return RedFlag.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadStoredValue("red_flags", "holds " + BadStoredValue.show(name) + ", which is not a known value");
        }
    }

    static void insertTags(Connection c, RefundCase rc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_tags (case_id, position, tag) VALUES (?, ?, ?)")) {
            for (int i = 0; i < rc.tags().size(); i++) {
                Sql.setUuid(ps, 1, rc.id());
                ps.setInt(2, i);
                ps.setString(3, rc.tags().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<UUID, List<String>> tags(Connection c, UUID caseId) throws SQLException {
        String sql = "SELECT case_id, tag FROM case_tags" + (caseId == null ? "" : " WHERE case_id = ?")
                + " ORDER BY case_id, position";
        Map<UUID, List<String>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (caseId != null) {
                Sql.setUuid(ps, 1, caseId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>()).add(rs.getString("tag"));
                }
            }
        }
        return result;
    }
}
