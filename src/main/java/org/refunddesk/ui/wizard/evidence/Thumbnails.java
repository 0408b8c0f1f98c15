package org.refunddesk.ui.wizard.evidence;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

import org.refunddesk.domain.EvidenceItem;

/** A small picture of an evidence file: images are scaled down off the FX thread, other files get a blank box. */
final class Thumbnails {
    static final double SIZE = 48;

    private Thumbnails() {
    }

    static Node of(EvidenceItem item, EvidenceWizardViewModel model) {
        return model.thumbnailUri(item).<Node>map(uri -> {
            // backgroundLoading: JavaFX decodes and scales the image on its own loader thread
            ImageView view = new ImageView(new Image(uri, SIZE, SIZE, true, true, true));
            view.getStyleClass().add("evidence-thumbnail");
            return view;
        }).orElseGet(() -> {
            Label blank = new Label();
            blank.setMinSize(SIZE, SIZE);
            blank.getStyleClass().add("evidence-thumbnail-blank");
            return blank;
        });
    }
}
