package org.refunddesk.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32C;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;

/**
 * The {@code cases.checksum} column (V24): a CRC32C over everything a case's rows hold (the case row, its tags and
 * its events), written with every write of the case and compared on every read of a whole case. H2 checks that a
 * page decodes, not what it holds, so a flipped bit inside a text or an id reads as valid data; this catches it.
 * <p>
 * CRC32C rather than SHA-256: the threat is damage, not forgery (whoever can rewrite the file can rewrite the
 * checksum too), CRC32C finds every 1-3 bit error and any other damage but one in 2^32, and the JDK computes it
 * with the CPU's own instruction, so reading 100,000 cases for a backup costs milliseconds more, not seconds.
 * <p>
 * It is taken over the case as the domain sees it, value by value (type-tagged, length-prefixed, null distinct from
 * empty), so H2 and PostgreSQL give the same number: amounts without their scale ({@code 5} = {@code 5.00}) and
 * times to the microsecond, rounded as PostgreSQL's driver rounds them (PostgreSQL keeps no nanoseconds). Events in the case's own order, tags in theirs.
 */
final class CaseChecksum {
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LONG = 2;
    private static final byte LIST = 3;

    private final CRC32C crc = new CRC32C();
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);

    private CaseChecksum() {
    }

    /** The checksum of the case as its rows hold it (an unsigned 32-bit value). */
    static long of(RefundCase rc) {
        CaseChecksum sum = new CaseChecksum();
        sum.add(rc);
        return sum.value();
    }

    /** Whether a stored checksum fits the case read; a null one (a row saved before V24) is not yet computed. */
    static boolean matches(Long stored, RefundCase rc) {
        return stored == null || stored == of(rc);
    }

    private void add(RefundCase rc) {
        uuid(rc.id());
        text(rc.title());
        Consumer consumer = rc.consumer();
        text(consumer.name());
        text(consumer.phone());
        text(consumer.address());
        Consent consent = consumer.consent();
        if (consent == null) {
            nothing();
        } else {
            number(consent.consumerIsUser() ? 1 : 0);
            text(consent.method());
            date(consent.agreedOn());
        }
        text(rc.assignee());
        platform(rc.platform());
        purchase(rc.purchase());
        problem(rc.problem());
        text(rc.status());
        List<RedFlag> flags = rc.redFlags();
        list(flags.size());
        flags.forEach(this::text);
        StoredAssessment a = rc.assessment();
        if (a == null) {
            nothing();
        } else {
            text(a.rulebookVersion());
            text(a.verdict());
            text(a.responsible());
            instant(a.assessedAt());
        }
        instant(rc.createdAt());
        instant(rc.updatedAt());
        list(rc.tags().size());
        rc.tags().forEach(this::text);
        list(rc.events().size());
        rc.events().forEach(this::event);
    }

    private void platform(Platform p) {
        if (p == null) {
            nothing();
            return;
        }
        text(p.name());
        text(p.url());
        text(p.model());
        text(p.status());
        text(p.registeredAddress());
        text(p.operator());
        text(p.creditCode());
        text(p.legalRepresentative());
    }

    private void purchase(Purchase p) {
        if (p == null) {
            nothing();
            return;
        }
        text(p.orderNo());
        text(p.product());
        text(p.delivery());
        amount(p.amount());
        instant(p.paidAt());
        text(p.payment());
        text(p.paymentRef());
        text(p.targetAccount());
        text(p.advertisedValidity());
    }

    private void problem(Problem p) {
        if (p == null) {
            nothing();
            return;
        }
        text(p.kind());
        instant(p.discoveredAt());
        number((p.cardKeyExtracted() ? 1 : 0) | (p.used() ? 2 : 0) | (p.activated() ? 4 : 0) | (p.reordered() ? 8 : 0));
        if (p.refundWindowHours() == null) {
            nothing();
        } else {
            number(p.refundWindowHours());
        }
        text(p.feeDisclosed());
    }

    private void event(CaseEvent e) {
        uuid(e.id());
        text(e.type());
        instant(e.at());
        text(e.channel());
        text(e.ref());
        instant(e.deadlineAt());
        amount(e.amount());
        text(e.note());
        uuid(e.voids());
        text(e.text());
    }

    private void nothing() {
        room(1);
        buffer.put(NULL);
    }

    private void list(int size) {
        room(5);
        buffer.put(LIST).putInt(size);
    }

    private void number(long value) {
        room(9);
        buffer.put(LONG).putLong(value);
    }

    private void uuid(UUID id) {
        if (id == null) {
            nothing();
            return;
        }
        number(id.getMostSignificantBits());
        number(id.getLeastSignificantBits());
    }

    private void instant(Instant at) {
        if (at == null) {
            nothing();
            return;
        }
        // to the microsecond, rounded half up as PostgreSQL's driver rounds what it sends; H2 keeps nanoseconds, so
        // the same rounding of the value read back gives the same number on both engines
        Instant micros = at.getNano() % 1_000 >= 500 ? at.plusNanos(1_000) : at;
        number(micros.getEpochSecond());
        number(micros.getNano() / 1_000);
    }

    private void date(LocalDate day) {
        if (day == null) {
            nothing();
        } else {
            number(day.toEpochDay());
        }
    }

    private void amount(BigDecimal amount) {
        text(amount == null ? null : amount.compareTo(BigDecimal.ZERO) == 0 ? "0" : amount.stripTrailingZeros().toPlainString());
    }

    /** Enums by name, booleans as true/false, text as its UTF-16 units (no encoding step: the sum is internal). */
    private void text(Object value) {
        if (value == null) {
            nothing();
            return;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        room(5);
        buffer.put(TEXT).putInt(s.length());
        byte[] bytes = buffer.array();
        int i = 0;
        while (i < s.length()) {
            room(2);
            int at = buffer.position();
            int end = Math.min(s.length(), i + buffer.remaining() / 2);
            for (; i < end; i++) { // straight into the array: a ByteBuffer call per character cost most of the time
                char ch = s.charAt(i);
                bytes[at++] = (byte) (ch >>> 8);
                bytes[at++] = (byte) ch;
            }
            buffer.position(at);
        }
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            drain();
        }
    }

    private void drain() {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
    }

    private long value() {
        drain();
        return crc.getValue();
    }
}
