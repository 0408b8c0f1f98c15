package org.refunddesk.ui.main;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What Help → About shows besides fixed texts: the app version, if known from the jar, and the last automatic
 * backup (looked up when the dialog opens).
 */
public record AboutInfo(Optional<String> version, Supplier<Optional<LastBackup>> lastAutoBackup) {
    /** An automatic backup: when (Beijing time) and where. */
    public record LastBackup(LocalDateTime takenAt, Path file) {
    }

    public AboutInfo(Optional<String> version) {
        this(version, Optional::empty);
    }

    /** The version written into the jar's manifest by the build; empty when run from classes. */
    public static AboutInfo fromPackage(Class<?> anyAppClass) {
        Package pkg = anyAppClass.getPackage();
        return new AboutInfo(Optional.ofNullable(pkg == null ? null : pkg.getImplementationVersion()));
    }

    public AboutInfo withLastAutoBackup(Supplier<Optional<LastBackup>> last) {
        return new AboutInfo(version, last);
    }
}
