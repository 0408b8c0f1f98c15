package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.testing.SampleCases;

class SecondInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessOnTheSameDataFolderGetsOneClearLineAndTheFirstKeepsWorking() throws Exception {
        try (Database first = Database.open(dir)) {
            first.cases().create(SampleCases.minimal("第一个实例"));

            Process second = SecondJvm.java(Launcher.class.getName(), "--data-dir", dir.toString(), "cases", "list")
                    .start();
            second.getOutputStream().close();
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(second.exitValue()).isEqualTo(4); // the folder is in use (issue 15), not an internal failure
            assertThat(out).isEmpty();
            assertThat(err.lines()).singleElement().asString()
                    .startsWith("数据文件夹 ").contains(dir.getFileName().toString(), "正被", "再试");
            first.cases().create(SampleCases.minimal("还能用"));
            assertThat(first.cases().count()).isEqualTo(2);
        }
    }
}
