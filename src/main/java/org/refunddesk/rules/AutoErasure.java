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
        Instant last = c.updatedAt() != null ? c.updatedAt() : c.createdAt();
        if (months <= 0 || c.status() != CaseStatus.CLOSED || last == null) {
            return null;
        }
        return last.atZone(SHANGHAI).plusMonths(months).toInstant();
    }

    /** True in the last {@link #REMINDER_DAYS} days before the case is erased. */
    public static boolean remindNow(RefundCase c, int months, Instant now) {
        Instant at = eraseAt(c, months);
        return at != null && now.isBefore(at) && !now.isBefore(at.minus(Duration.ofDays(REMINDER_DAYS)));
    }
}
