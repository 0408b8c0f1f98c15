package org.refunddesk.store;

import java.util.UUID;

/** No case with this id is stored. */
public class CaseNotFoundException extends StoreException {
    private final UUID caseId;

    public CaseNotFoundException(UUID caseId) {
        super("no case with id " + caseId);
        this.caseId = caseId;
    }

    public UUID caseId() {
        return caseId;
    }
}
