package org.refunddesk.ui.main;

import java.util.Optional;

/** What Help → About shows besides fixed texts: the app version, if known from the jar. */
public record AboutInfo(Optional<String> version) {

    /** The version written into the jar's manifest by the build; empty when run from classes. */
    public static AboutInfo fromPackage(Class<?> anyAppClass) {
        Package pkg = anyAppClass.getPackage();
        return new AboutInfo(Optional.ofNullable(pkg == null ? null : pkg.getImplementationVersion()));
    }
}
