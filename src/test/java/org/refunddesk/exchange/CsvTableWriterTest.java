package org.refunddesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableWriterTest {
    @Test
    void writesUtf8WithBomQuotesWhatNeedsItAndDisarmsFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter.write(out, List.of("时间", "谁", "做了什么"), List.of(
                List.of("2026-11-25 10:30:15", "=HYPERLINK(\"x\")", "修改了状态、标题"),
                List.of("a,b", "say \"hi\"", "two\nlines"),
                List.of("-1", "@who", "+3")));
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("时间,谁,做了什么\r\n"
                + "2026-11-25 10:30:15,\"'=HYPERLINK(\"\"x\"\")\",修改了状态、标题\r\n"
                + "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                + "'-1,'@who,'+3\r\n");
    }
}
