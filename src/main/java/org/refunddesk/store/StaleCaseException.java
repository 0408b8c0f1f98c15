package org.refunddesk.store;

import java.util.UUID;

import org.refunddesk.domain.RefundCase;

/**
 * A save made from an older version of the case than the stored one (someone else saved in between): refused, so
 * nobody's change is overwritten unseen. Carries both sides for the side-by-side view: the version the save was based
 * on, and the stored version with the stored case. Nothing was changed.
 */
public final class StaleCaseException extends StoreException {
    private final UUID caseId;
    private final long baseVersion;
    private final long storedVersion;
    private final transient RefundCase storedCase;

    public StaleCaseException(UUID caseId, long baseVersion, long storedVersion, RefundCase storedCase) {
        super("case " + caseId + " was changed by someone else since it was read (version " + baseVersion
                + ", now " + storedVersion + "); nothing was saved");
        this.caseId = caseId;
        this.baseVersion = baseVersion;
        this.storedVersion = storedVersion;
        this.storedCase = storedCase;
    }

    public UUID caseId() {
        return caseId;
    }

    /** The version the refused save was made from. */
    public long baseVersion() {
        return baseVersion;
    }

    /** The version in the store now. */
    public long storedVersion() {
        return storedVersion;
    }

    /** The case as stored now (what the other side saved). */
    public RefundCase storedCase() {
        return storedCase;
    }

    /** The same as {@link #storedCase()}: the name the conflict view and the offline queue use. */
    public RefundCase stored() {
        return storedCase;
    }

    /** The stored case with its version: what a retry is based on. */
    public VersionedCase storedVersioned() {
        return new VersionedCase(storedCase, storedVersion);
    }
}
