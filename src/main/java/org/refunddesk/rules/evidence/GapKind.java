package org.refunddesk.rules.evidence;

/**
 * What the evidence chain lacks, declared in priority order: a gap report lists gaps in this order.
 * Missing required items come first (without them a claim fails), then the corroboration checks of
 * DOMAIN.md §3, then recommended items and hints.
 */
public enum GapKind {
    /** A required checklist item has no file. */
    MISSING_REQUIRED,
    /** No file shows the order number. */
    NO_ORDER_NUMBER,
    /** A direct top-up, but no purchase proof shows the bound phone number / account. */
    ACCOUNT_NOT_SHOWN,
    /** False advertising, but no file shows the promise wording. */
    NO_PROMISE_WORDING,
    /** No purchase proof or statement shows the amount. */
    NO_AMOUNT,
    /** No purchase proof or statement shows the time of purchase. */
    NO_PURCHASE_TIME,
    /** Everything is a single file, or all files are of one category: nothing corroborates it. */
    ISOLATED_EVIDENCE,
    /** No communication shows when the refund was applied for. */
    NO_REFUND_APPLICATION_TIME,
    /** A recommended checklist item has no file. */
    MISSING_RECOMMENDED,
    /** A file has nothing ticked under "what it shows", so it cannot corroborate anything. */
    NOTHING_TICKED;

    /** Gaps that lower the score and that a reviewer would likely reject the claim for. */
    public boolean serious() {
        return ordinal() <= ISOLATED_EVIDENCE.ordinal();
    }
}
