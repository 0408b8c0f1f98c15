package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The jpackage argument files read on every OS: what JDK 17's jpackage reads in a Windows code page is
 * ASCII, the Chinese description lives where UTF-8 is read, and the file types are registered.
 */
class InstallerConfigTest {
    private static final Path INSTALLER = Path.of("installer");

    @Test
    void everythingJpackageReadsOnWindowsIsAscii() throws IOException {
        List<Path> files;
        try (Stream<Path> windows = Files.list(INSTALLER.resolve("windows"))) {
            files = Stream.concat(Stream.of(INSTALLER.resolve("common.cfg")),
                    windows.filter(p -> p.toString().endsWith(".cfg") || p.toString().endsWith(".properties"))).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                assertThat(bytes[i] & 0xff).as("%s, byte %d", file, i).isLessThan(0x80);
            }
        }
    }

    @Test
    void linuxAndMacosKeepTheChineseDescription() throws IOException {
        for (String os : List.of("linux", "macos")) {
            assertThat(Files.readString(INSTALLER.resolve(os).resolve("jpackage.cfg"), StandardCharsets.UTF_8))
                    .contains("--description \"退款维权助手 RefundDesk");
        }
    }

    @Test
    void linuxRegistersBothFileTypesAndTheMenuEntryPassesTheOpenedFiles() throws IOException {
        String cfg = Files.readString(INSTALLER.resolve("linux/jpackage.cfg"), StandardCharsets.UTF_8);
        assertThat(cfg).contains("--file-associations installer/linux/case-file.properties")
                .contains("--file-associations installer/linux/backup-file.properties");
        Properties caseFile = properties(INSTALLER.resolve("linux/case-file.properties"));
        assertThat(caseFile.getProperty("extension")).isEqualTo("refundcase.json");
        assertThat(caseFile.getProperty("mime-type")).isEqualTo("application/vnd.refunddesk.case+json");
        assertThat(properties(INSTALLER.resolve("linux/backup-file.properties")).getProperty("extension"))
                .isEqualTo("rdbackup");
        assertThat(Files.readAllLines(INSTALLER.resolve("linux/resources/RefundDesk.desktop")))
                .contains("Exec=APPLICATION_LAUNCHER %F", "DESKTOP_MIMES");
    }

    @Test
    void windowsHasAConsoleLauncherForTheCommandLine() throws IOException {
        assertThat(Files.readString(INSTALLER.resolve("windows/jpackage.cfg")))
                .contains("--add-launcher refunddesk-cli=installer/windows/refunddesk-cli.properties");
        assertThat(properties(INSTALLER.resolve("windows/refunddesk-cli.properties")).getProperty("win-console"))
                .isEqualTo("true");
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
