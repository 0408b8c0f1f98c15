package org.refunddesk.app;

import java.util.List;
import java.util.Objects;

import javafx.scene.image.Image;

/** The window icons, generated from icons/refunddesk.svg (see icons/README.md). */
final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static final String FOLDER = "/org/refunddesk/icons/";

    private AppIcons() {
    }

    /** Class-path locations of every size, smallest first. */
    static List<String> resources() {
        return SIZES.stream().map(size -> FOLDER + "refunddesk-" + size + ".png").toList();
    }

    /** The icons as images, for {@code stage.getIcons()}; the window system picks the size it needs. */
    static List<Image> images() {
        return resources().stream()
                .map(path -> new Image(Objects.requireNonNull(AppIcons.class.getResource(path), path).toExternalForm()))
                .toList();
    }
}
