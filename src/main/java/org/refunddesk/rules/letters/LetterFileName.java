package org.refunddesk.rules.letters;

import java.time.Instant;
import java.util.regex.Pattern;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.i18n.Messages;

/**
 * The default file name of a saved draft: the order number (else the case title), the channel and the
 * date, e.g. {@code KM20261120001-12315-2026-11-25.docx}, so drafts of different cases never share a name.
 */
public final class LetterFileName {
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+");
    private static final int MAX = 60;

    private LetterFileName() {
    }

    public static String of(RefundCase c, Channel channel, Instant now, Messages messages) {
        String base = c.purchase() != null && c.purchase().orderNo() != null && !c.purchase().orderNo().isBlank()
                ? c.purchase().orderNo() : c.title();
        String safe = UNSAFE.matcher(base == null ? "" : base.strip()).replaceAll("_");
        if (safe.length() > MAX) {
            safe = safe.substring(0, MAX);
        }
        String prefix = safe.isEmpty() ? "" : safe + "-";
        return prefix + messages.get("letters.file." + channel.name()) + "-"
                + ReasonText.DATE.format(now.atZone(ReasonText.SHANGHAI)) + ".docx";
    }
}
