package org.refunddesk.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog and notification the app shows goes through here, so view models can ask the user
 * something and tests can answer instead (see {@code ScriptedDialogService} in the tests).
 * Texts arrive already localised. Call on the FX thread.
 */
public interface DialogService {

    /** Asks a yes/no question; true only when the user confirms. */
    boolean confirm(String title, String message);

    void info(String title, String message);

    void error(String title, String message);

    /** The file the user picked to read, or empty when cancelled. */
    Optional<Path> showFileOpen(String title, FileType type);

    /** Where the user wants to write, or empty when cancelled. */
    Optional<Path> showFileSave(String title, String suggestedName, FileType type);

    /** A short message that disappears by itself (e.g. "case saved"). */
    void notify(String message);

    /**
     * Asks the user to pick one of {@code choices} (or cancel); the index picked, or empty when cancelled.
     * Implementations without a choice dialog offer the first choice as a yes/no question.
     */
    default Optional<Integer> choose(String title, String message, java.util.List<String> choices) {
        return confirm(title, message + "\n\n" + choices.get(0)) ? Optional.of(0) : Optional.empty();
    }
}
