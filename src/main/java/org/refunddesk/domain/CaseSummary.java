package org.refunddesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the case list, agenda and dashboard show of one case, stored beside it so they need not load
 * every case with all its events: the listed columns, the rule engine's verdict and next open deadline,
 * the evidence completeness score, and a normalised search key. {@code recomputeAt} is the next instant
 * at which one of the case's deadlines passes (null: none), when the summary must be computed again;
 * {@code soonestDueAt} is the earliest due time of any open deadline; {@code version} names the rule book, calendar and checklist it was computed with.
 * {@code deadlines} are the open and missed deadlines that have a due time (what the agenda and dashboard list; no
 * explanations), {@code lastActivityAt} the latest of last edit and last event, {@code refunds} the refunds received,
 * {@code yourMove} the kind of the next step when the next move is the person's (Home's "your move"; null otherwise).
 */
public record CaseSummary(UUID id, String title, CaseStatus status, String assignee, String platformName,
                          ProductType product, BigDecimal amount, String orderNo, String consumerName,
                          String consumerPhone, List<String> tags, ProblemKind problemKind, Instant createdAt,
                          Instant updatedAt, Verdict verdict, Deadline nextDeadline, int openDeadlines, Instant soonestDueAt,
                          Integer evidenceScore, String searchKey, Instant recomputeAt, String version,
                          List<Deadline> deadlines, Instant lastActivityAt, List<Received> refunds, String yourMove) {

    /**
     * The {@code version} of a summary whose case row did not read at the last attempt (issue 15): the listed fields
     * are those stored before the damage; the views show the case as damaged, not as this summary says.
     */
    public static final String DAMAGED = "damaged";

    /** One refund received: when, and how much (the amount paid when the event names none). */
    public record Received(Instant at, BigDecimal amount) {
    }

    public CaseSummary {
        Objects.requireNonNull(id, "id");
        tags = tags == null ? List.of() : List.copyOf(tags);
        searchKey = searchKey == null ? "" : searchKey;
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /** True when the case's row did not read: what this summary lists is from before the damage. */
    public boolean damaged() {
        return DAMAGED.equals(version);
    }

    /** The same summary marked as damaged. */
    public CaseSummary markedDamaged() {
        return damaged() ? this : new CaseSummary(id, title, status, assignee, platformName, product, amount, orderNo,
                consumerName, consumerPhone, tags, problemKind, createdAt, updatedAt, verdict, nextDeadline,
                openDeadlines, soonestDueAt, evidenceScore, searchKey, recomputeAt, DAMAGED, deadlines, lastActivityAt,
                refunds, yourMove);
    }

    /** Without Home's column (as before V26). */
    public CaseSummary(UUID id, String title, CaseStatus status, String assignee, String platformName,
                       ProductType product, BigDecimal amount, String orderNo, String consumerName,
                       String consumerPhone, List<String> tags, ProblemKind problemKind, Instant createdAt,
                       Instant updatedAt, Verdict verdict, Deadline nextDeadline, int openDeadlines, Instant soonestDueAt,
                       Integer evidenceScore, String searchKey, Instant recomputeAt, String version,
                       List<Deadline> deadlines, Instant lastActivityAt, List<Received> refunds) {
        this(id, title, status, assignee, platformName, product, amount, orderNo, consumerName, consumerPhone, tags,
                problemKind, createdAt, updatedAt, verdict, nextDeadline, openDeadlines, soonestDueAt, evidenceScore,
                searchKey, recomputeAt, version, deadlines, lastActivityAt, refunds, null);
    }

    /** Without the dashboard's columns (as before V12). */
    public CaseSummary(UUID id, String title, CaseStatus status, String assignee, String platformName,
                       ProductType product, BigDecimal amount, String orderNo, String consumerName,
                       String consumerPhone, List<String> tags, ProblemKind problemKind, Instant createdAt,
                       Instant updatedAt, Verdict verdict, Deadline nextDeadline, int openDeadlines, Instant soonestDueAt,
                       Integer evidenceScore, String searchKey, Instant recomputeAt, String version) {
        this(id, title, status, assignee, platformName, product, amount, orderNo, consumerName, consumerPhone, tags,
                problemKind, createdAt, updatedAt, verdict, nextDeadline, openDeadlines, soonestDueAt, evidenceScore,
                searchKey, recomputeAt, version, List.of(), updatedAt, List.of());
    }
}
