package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What of the macOS open-file route runs here: which system gets the handler, and the inbox's order. */
class MacOpenFileEventsTest {

    @Test
    void onlyMacOsGetsTheHandler() {
        assertThat(MacOpenFileEvents.isMac("Mac OS X")).isTrue();
        assertThat(MacOpenFileEvents.isMac("Linux")).isFalse();
        assertThat(MacOpenFileEvents.isMac("Windows 11")).isFalse();
        // this machine is not a Mac: nothing is installed, so a file argument stays the only way in
        if (!MacOpenFileEvents.isMac(System.getProperty("os.name"))) {
            assertThat(MacOpenFileEvents.installBeforeJavaFx()).isFalse();
        }
    }

    @Test
    void filesOpenedBeforeTheWindowIsUpWaitAndThenReachItFirstInOrderAsAbsolutePaths() {
        MacOpenFileEvents.Inbox inbox = new MacOpenFileEvents.Inbox();
        List<Path> opened = new ArrayList<>();

        // the launch event: macOS sends it while JavaFX is still starting
        inbox.deliver(List.of(new File("a.refundcase.json"), new File("/tmp/b.rdbackup")));
        assertThat(opened).isEmpty();

        inbox.receiveWith(opened::add);
        assertThat(opened).containsExactly(Path.of("a.refundcase.json").toAbsolutePath(), Path.of("/tmp/b.rdbackup"));

        // a double-click while the app runs goes straight through
        inbox.deliver(List.of(new File("/tmp/c.refundcase.json")));
        assertThat(opened).endsWith(Path.of("/tmp/c.refundcase.json")).hasSize(3);
    }

    @Test
    void afterTheWindowClosesFilesWaitForTheNextOneInsteadOfReachingTheOldOne() {
        MacOpenFileEvents.Inbox inbox = new MacOpenFileEvents.Inbox();
        List<Path> first = new ArrayList<>();
        List<Path> second = new ArrayList<>();
        inbox.receiveWith(first::add);
        inbox.receiveWith(null);

        inbox.deliver(List.of(new File("/tmp/d.refundcase.json")));
        assertThat(first).isEmpty();

        inbox.receiveWith(second::add);
        assertThat(second).containsExactly(Path.of("/tmp/d.refundcase.json"));
        assertThat(first).isEmpty();
    }
}
