package org.refunddesk.store;

import org.refunddesk.domain.EvidenceItem;

/** A vault file that no longer matches what was recorded when it was added. */
public record EvidenceProblem(EvidenceItem item, Kind kind) {
    public enum Kind {
        /** The content's SHA-256 differs from the recorded one. */
        CHANGED,
        /** The file is no longer in the vault folder. */
        MISSING,
        /** The file (or its case folder) is a symbolic link: the vault never follows one, whatever it points to. */
        SYMLINK,
        /** The file is there but cannot be read (its permissions): not missing, and not checked either. */
        UNREADABLE;

        /** The message key of the one-line report ({@code evidence.cli.changed} …). */
        public String messageKey() {
            return "evidence.cli." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
