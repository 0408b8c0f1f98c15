package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataFolderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            linux default                | Linux        | -         | -                  | -              | -             | /home/ann/.local/share/refunddesk
            linux with XDG_DATA_HOME     | Linux        | -         | /data/xdg          | -              | -             | /data/xdg/refunddesk
            linux with blank XDG         | Linux        | -         | '  '               | -              | -             | /home/ann/.local/share/refunddesk
            windows with APPDATA         | Windows 11   | -         | -                  | /w/AppData/R   | -             | /w/AppData/R/RefundDesk
            windows without APPDATA      | Windows 10   | -         | -                  | -              | -             | /home/ann/AppData/Roaming/RefundDesk
            macOS                        | Mac OS X     | -         | /data/xdg          | -              | -             | /home/ann/Library/Application Support/RefundDesk
            REFUNDDESK_HOME wins over OS | Linux        | -         | /data/xdg          | -              | /opt/rd       | /opt/rd
            --data-dir wins over all     | Windows 11   | /cli/dir  | -                  | /w/AppData/R   | /opt/rd       | /cli/dir
            """)
    void theDataFolderIsResolvedInOrderOfPrecedence(String name, String os, String override, String xdg,
                                                    String appData, String home, String expected) {
        Map<String, String> env = new HashMap<>();
        if (xdg != null) {
            env.put("XDG_DATA_HOME", xdg);
        }
        if (appData != null) {
            env.put("APPDATA", appData);
        }
        if (home != null) {
            env.put(DataFolder.ENV_HOME, home);
        }

        Path resolved = DataFolder.resolve(override, env, os, "/home/ann");

        assertThat(resolved).isEqualTo(Path.of(expected).toAbsolutePath());
    }
}
