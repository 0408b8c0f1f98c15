package org.refunddesk.ui.dialog;

import java.util.List;

/** A file type for open/save dialogs: a localised description and patterns like {@code "*.json"}. */
public record FileType(String description, List<String> patterns) {
    public FileType {
        patterns = List.copyOf(patterns);
    }

    public static FileType of(String description, String... patterns) {
        return new FileType(description, List.of(patterns));
    }
}
