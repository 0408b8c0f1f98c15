package org.refunddesk.ui.handover;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;

/**
 * What the import preview shows of a case file before anything is stored: its title, platform, amount and
 * how many events it records, and whether the same case (same id) is already in the store.
 */
public record CaseFilePreview(RefundCase refundCase, String title, String platform, String amount, int events,
                              boolean alreadyStored) {

    /** Blank text where the file leaves a field empty: the dialog shows a visible dash, nothing invented. */
    public static CaseFilePreview of(RefundCase c, boolean alreadyStored) {
        String platform = c.platform() == null || c.platform().name() == null ? "" : c.platform().name();
        String amount = c.purchase() == null || c.purchase().amount() == null ? "" : Money.format(c.purchase().amount());
        return new CaseFilePreview(c, c.title() == null ? "" : c.title(), platform, amount,
                c.effectiveEvents().size(), alreadyStored);
    }
}
