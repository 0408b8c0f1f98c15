package org.refunddesk.ui.privacy;

import java.util.Arrays;

/**
 * What the user asked for in the passphrase form: turn encryption on, change the passphrase, or remove it.
 * {@code current} is empty for {@link Kind#ENCRYPT}, {@code newPassphrase} for {@link Kind#REMOVE}.
 */
public record EncryptionRequest(Kind kind, char[] current, char[] newPassphrase, boolean recoveryKey) {
    public enum Kind { ENCRYPT, CHANGE, REMOVE }

    /** Overwrites the passphrases once the store has been rewritten. */
    public void wipe() {
        Arrays.fill(current, '\0');
        Arrays.fill(newPassphrase, '\0');
    }
}
