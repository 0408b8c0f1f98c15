package org.refunddesk.store;

/** The file is above the size that needs the user's explicit confirmation; nothing was copied. */
public class LargeEvidenceException extends StoreException {
    private final long size;
    private final long limit;

    public LargeEvidenceException(String name, long size, long limit) {
        super(name + " is " + size / (1024 * 1024) + " MB; files over " + limit / (1024 * 1024)
                + " MB need an explicit confirmation");
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
