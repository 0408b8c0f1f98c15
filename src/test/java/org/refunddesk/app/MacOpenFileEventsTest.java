package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MacOpenFileEventsTest {

    @Test
    void onlyMacOsGetsTheHandler() {
        assertThat(MacOpenFileEvents.isMac("Mac OS X")).isTrue();
        assertThat(MacOpenFileEvents.isMac("Linux")).isFalse();
        assertThat(MacOpenFileEvents.isMac("Windows 11")).isFalse();
        // this machine is not a Mac: nothing is installed, so a file argument stays the only way in
        if (!MacOpenFileEvents.isMac(System.getProperty("os.name"))) {
            assertThat(MacOpenFileEvents.install(p -> { })).isFalse();
        }
    }

    @Test
    void everyFileOfAnOpenEventReachesTheHandOverInOrderAsAnAbsolutePath() {
        List<Path> opened = new ArrayList<>();
        MacOpenFileEvents.deliver(List.of(new File("a.refundcase.json"), new File("/tmp/b.rdbackup")), opened::add);
        assertThat(opened).containsExactly(Path.of("a.refundcase.json").toAbsolutePath(), Path.of("/tmp/b.rdbackup"));
    }
}
