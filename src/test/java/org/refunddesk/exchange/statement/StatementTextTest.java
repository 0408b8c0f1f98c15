package org.refunddesk.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StatementTextTest {
    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void theByteCheckAgreesWithTheJdksStrictUtf8DecoderOnSeededRandomInput() {
        Random random = new Random(17);
        byte[][] pieces = {"交易".getBytes(StandardCharsets.UTF_8), "¥".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4}, {'a'}, {(byte) 0x80}};
        for (int round = 0; round < 20_000; round++) {
            ByteBuffer b = ByteBuffer.allocate(64);
            int parts = random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                byte[] piece = random.nextInt(4) == 0 ? new byte[] {(byte) random.nextInt(256)} : pieces[random.nextInt(pieces.length)];
                if (b.remaining() >= piece.length) {
                    b.put(piece);
                }
            }
            byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position());
            assertThat(StatementText.validUtf8(bytes, 0)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(jdkAccepts(bytes));
        }
    }

    @Test
    void recordsKeepTheLineTheyStartOnAcrossQuotedLineBreaks() {
        List<RawRecord> records = StatementText.records("a,b\n\"x\ny\",z\r\nlast,\"q\"\"uote\"\n");
        assertThat(records).extracting(RawRecord::number).containsExactly(1, 2, 4);
        assertThat(records.get(1).cells()).containsExactly("x\ny", "z");
        assertThat(records.get(2).cells()).containsExactly("last", "q\"uote");
    }
}
