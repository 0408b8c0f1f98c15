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
}
