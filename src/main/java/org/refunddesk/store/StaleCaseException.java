package org.refunddesk.store;
import java.util.UUID;
import org.refunddesk.domain.RefundCase;
/** A save based on a version of the case that is no longer the stored one; nothing was written. */
public final class StaleCaseException extends StoreException {
    private final UUID caseId; private final long baseVersion; private final long storedVersion; private final RefundCase stored;
    public StaleCaseException(UUID caseId, long baseVersion, long storedVersion, RefundCase stored) {
        super("case " + caseId + " changed on the server: version " + storedVersion + ", edit based on " + baseVersion);
        this.caseId = caseId; this.baseVersion = baseVersion; this.storedVersion = storedVersion; this.stored = stored; }
    public UUID caseId() { return caseId; } public long baseVersion() { return baseVersion; }
    public long storedVersion() { return storedVersion; } public RefundCase stored() { return stored; }
}
