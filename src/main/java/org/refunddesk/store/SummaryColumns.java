package org.refunddesk.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;

/** The summary's list columns (V12) as text: records split by RS, fields by US, characters no value holds. */
final class SummaryColumns {
    private static final String RECORD = "\u001E";
    private static final String FIELD = "\u001F";

    private SummaryColumns() {
    }

    static String deadlines(List<Deadline> deadlines) {
        StringBuilder out = new StringBuilder();
        for (Deadline d : deadlines) {
            if (out.length() > 0) {
                out.append(RECORD);
            }
            out.append(d.rule()).append(FIELD).append(d.state().name()).append(FIELD).append(text(d.startAt()))
                    .append(FIELD).append(text(d.dueAt())).append(FIELD).append(d.estimate() ? '1' : '0')
                    .append(FIELD).append(d.sourceEventId() == null ? "" : d.sourceEventId().toString());
        }
        return out.toString();
    }

    static List<Deadline> deadlines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Deadline> out = new ArrayList<>();
        for (String record : text.split(RECORD, -1)) {
            String[] f = record.split(FIELD, -1);
            out.add(new Deadline(f[0], instant(f[2]), instant(f[3]), DeadlineState.valueOf(f[1]), "", "1".equals(f[4]),
                    "", f[5].isEmpty() ? null : UUID.fromString(f[5])));
        }
        return out;
    }

    static String refunds(List<CaseSummary.Received> refunds) {
        StringBuilder out = new StringBuilder();
        for (CaseSummary.Received r : refunds) {
            if (out.length() > 0) {
                out.append(RECORD);
            }
            out.append(r.at()).append(FIELD).append(r.amount().toPlainString());
        }
        return out.toString();
    }

    static List<CaseSummary.Received> refunds(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<CaseSummary.Received> out = new ArrayList<>();
        for (String record : text.split(RECORD, -1)) {
            String[] f = record.split(FIELD, -1);
            out.add(new CaseSummary.Received(parseInstant(f[0]), new BigDecimal(f[1])));
        }
        return out;
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : parseInstant(text);
    }

    /**
     * {@link Instant#parse} of what {@link Instant#toString} wrote, read by hand when it has the written shape
     * (nearly every stored deadline): the agenda and dashboard parse several hundred thousand of them at 100,000
     * cases, and the general parser costs about a microsecond each (issue 14).
     */
    static Instant parseInstant(String text) {
        Instant written = org.refunddesk.domain.IsoTimes.parseWritten(text);
        return written != null ? written : Instant.parse(text);
    }
}
