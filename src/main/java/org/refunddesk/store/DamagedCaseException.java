package org.refunddesk.store;

/** The case asked for is stored but its row is damaged: {@code check} lists it, {@code recover} salvages the rest. */
public final class DamagedCaseException extends StoreException {
    private final transient DamagedCase damaged;

    public DamagedCaseException(DamagedCase damaged) {
        super("case " + damaged.describe() + " (run 'check' to list every damaged case, 'recover' to rebuild the store)");
        this.damaged = damaged;
    }

    public DamagedCase damaged() {
        return damaged;
    }
}
