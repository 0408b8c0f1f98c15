package org.refunddesk.exchange.evidence;

import java.io.IOException;

/** A file's content no longer matches the hash recorded when it was added; nothing was written. */
public class EvidenceChangedException extends IOException {
    private final String originalName;

    public EvidenceChangedException(String originalName) {
        super("evidence changed since it was added: " + originalName);
        this.originalName = originalName;
    }

    public String originalName() {
        return originalName;
    }
}
