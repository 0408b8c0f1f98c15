package org.refunddesk.store;

import java.util.Objects;
import java.util.UUID;

/**
 * A stored case whose row does not read back into a valid case (damaged file, hand-edited database):
 * its id, its title when that much is readable (else null), and what is wrong, in words.
 */
public record DamagedCase(UUID id, String title, String problem) {
    public DamagedCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(problem, "problem");
    }

    /** "id «title»: problem", for a command's output. */
    public String describe() {
        return id + (title == null ? "" : " \u00AB" + title + "\u00BB") + ": " + problem;
    }
}
