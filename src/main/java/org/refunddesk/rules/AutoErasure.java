package org.refunddesk.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;

/**
 * When a closed case is erased automatically (Settings, off by default): {@code months} after it last changed,
 * counted in Asia/Shanghai; Home reminds {@link #REMINDER_DAYS} days before.
 */
public final class AutoErasure {
    public static final int REMINDER_DAYS = 7;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private AutoErasure() {
    }

    /** The moment the case will be erased; null when it will not (not closed, or automatic erasure off). */
    public static Instant eraseAt(RefundCase c, int months) {
        return eraseAt(c.status(), c.updatedAt(), c.createdAt(), months);
    }

    /** The same from a case's status and times (Home reads them from the case summaries). */
    public static Instant eraseAt(CaseStatus status, Instant updatedAt, Instant createdAt, int months) {
        Instant last = updatedAt != null ? updatedAt : createdAt;
        if (months <= 0 || status != CaseStatus.CLOSED || last == null) {
            return null;
        }
        return last.atZone(SHANGHAI).plusMonths(months).toInstant();
    }

    /** True in the last {@link #REMINDER_DAYS} days before the case is erased. */
    public static boolean remindNow(RefundCase c, int months, Instant now) {
        return remindNow(eraseAt(c, months), now);
    }

    /** True when {@code at} (an {@link #eraseAt}, null: never) is less than {@link #REMINDER_DAYS} days ahead. */
    public static boolean remindNow(Instant at, Instant now) {
        return at != null && now.isBefore(at) && !now.isBefore(at.minus(Duration.ofDays(REMINDER_DAYS)));
    }
}
