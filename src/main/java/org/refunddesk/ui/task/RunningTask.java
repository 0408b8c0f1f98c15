package org.refunddesk.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the status bar needs from a running task: its title, progress (-1 = indeterminate, else 0..1)
 * and latest message. Read these on the FX thread.
 */
public interface RunningTask {
    String title();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();
}
