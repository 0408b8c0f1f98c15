package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.DamagedCase;
import org.refunddesk.store.DamagedCaseException;
import org.refunddesk.store.StoreCheck;
import org.refunddesk.testing.SampleCases;

/**
 * A bit flipped inside a stored value that still reads as a valid value (a title, a tag, an event id, a phone number,
 * an amount, a time) is found by the row's checksum (issue 15, problem 5): {@code check} names the case with exit 3,
 * reading it says it is damaged, the list leaves it out, and the untouched cases read as saved. Seeded, so a failure
 * repeats.
 */
class SilentBitFlipTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
    private static final long SEED = 15;

    @TempDir
    Path tmp;

    /** What a silent flip can hit; each changes one value to another valid one, as the probe saw. */
    private static final List<String> CHANGES = List.of(
            "SELECT title FROM cases WHERE id = ?|UPDATE cases SET title = ? WHERE id = ?",
            "SELECT tag FROM case_tags WHERE case_id = ? AND position = 1|UPDATE case_tags SET tag = ? WHERE case_id = ? AND position = 1",
            "SELECT consumer_phone FROM cases WHERE id = ?|UPDATE cases SET consumer_phone = ? WHERE id = ?",
            "SELECT note FROM case_events WHERE case_id = ? AND seq = 0|UPDATE case_events SET note = ? WHERE case_id = ? AND seq = 0",
            "SELECT order_no FROM cases WHERE id = ?|UPDATE cases SET order_no = ? WHERE id = ?",
            "event id",
            "UPDATE cases SET amount = amount + 0.01 WHERE id = ?",
            "UPDATE cases SET created_at = DATEADD(SECOND, 1, created_at) WHERE id = ?",
            "UPDATE case_events SET amount = amount * 2 WHERE case_id = ? AND amount IS NOT NULL",
            "UPDATE cases SET red_flags = 'PRIVATE_TRANSFER,PASSWORD_REQUESTED' WHERE id = ?");

    @Test
    void everyChangedCaseIsReportedDamagedAndNeverReadAsValid() throws Exception {
        Random random = new Random(SEED);
        Path dir = tmp.resolve("data");
        List<RefundCase> saved = new ArrayList<>();
        try (Database db = Database.open(dir, CLOCK)) {
            for (int i = 0; i < 16; i++) {
                saved.add(db.cases().create(SampleCases.full("案件标题 " + i)));
            }
        }
        List<RefundCase> shuffled = new ArrayList<>(saved);
        Collections.shuffle(shuffled, random);
        List<RefundCase> changed = shuffled.subList(0, CHANGES.size());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("refunddesk"), "refunddesk", "")) {
            for (int i = 0; i < changed.size(); i++) {
                change(c, CHANGES.get(i), changed.get(i).id(), random);
            }
        }
        List<RefundCase> untouched = shuffled.subList(CHANGES.size(), shuffled.size());

        CliRun check = CliRun.of("--data-dir", dir.toString(), "--lang", "en", "check");
        assertThat(check.exitCode()).as(check.err()).isEqualTo(3);
        for (RefundCase rc : changed) {
            assertThat(check.out()).contains(rc.id().toString());
        }
        assertThat(check.out()).contains("checksum")
                .contains(untouched.size() + " cases intact, " + changed.size() + " cases damaged");
        untouched.forEach(rc -> assertThat(check.out()).doesNotContain(rc.id().toString()));

        try (Database db = Database.open(dir, CLOCK)) {
            for (RefundCase rc : changed) {
                assertThatThrownBy(() -> db.cases().find(rc.id())).isInstanceOf(DamagedCaseException.class);
            }
            for (RefundCase rc : untouched) {
                assertThat(db.cases().find(rc.id())).contains(rc);
            }
            assertThat(db.cases().list()).containsExactlyInAnyOrderElementsOf(untouched);
        }
    }

    /** Bits flipped in the file itself, inside the stored text of titles: H2 reads the page, the checksum does not fit. */
    @Test
    void bitsFlippedInsideTheFileAreFoundByCheck() throws Exception {
        Random random = new Random(SEED);
        Path dir = tmp.resolve("file");
        List<RefundCase> saved = new ArrayList<>();
        try (Database db = Database.open(dir, CLOCK)) {
            for (int i = 0; i < 12; i++) {
                saved.add(db.cases().create(SampleCases.full(String.format("title-%04d-abcdefghijklmnop", i))));
            }
        }
        Path file = dir.resolve("refunddesk.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        List<RefundCase> flipped = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            RefundCase rc = saved.get(random.nextInt(saved.size()));
            if (flipped.contains(rc)) {
                continue;
            }
            byte[] title = rc.title().getBytes(StandardCharsets.US_ASCII);
            int at = 11 + random.nextInt(16); // a letter of the tail: flipping bit 1 keeps it a letter
            int found = 0;
            for (int i = indexOf(bytes, title, 0); i >= 0; i = indexOf(bytes, title, i + 1)) {
                bytes[i + at] ^= 0x02; // every copy (the case row, its list entry, older versions in the file)
                found++;
            }
            assertThat(found).as("the title is stored as text in the file").isPositive();
            flipped.add(rc);
        }
        Files.write(file, bytes);

        try (Database db = Database.open(dir, CLOCK)) {
            StoreCheck.Report check = StoreCheck.run(db); // what the check command reports (the CLI: the test above)
            assertThat(check.damaged()).extracting(DamagedCase::id).containsExactlyInAnyOrderElementsOf(
                    flipped.stream().map(RefundCase::id).toList());
            assertThat(check.damaged()).allMatch(d -> d.problem().contains("checksum"));
            for (RefundCase rc : saved) {
                if (flipped.contains(rc)) {
                    assertThatThrownBy(() -> db.cases().find(rc.id())).isInstanceOf(DamagedCaseException.class);
                } else {
                    assertThat(db.cases().find(rc.id())).contains(rc);
                }
            }
        }
    }

    private static void change(Connection c, String change, UUID id, Random random) throws Exception {
        if (change.equals("event id")) {
            UUID old;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM case_events WHERE case_id = ? AND seq = 1")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    old = rs.getObject(1, UUID.class);
                }
            }
            UUID flipped = new UUID(old.getMostSignificantBits(), old.getLeastSignificantBits() ^ (1L << random.nextInt(62)));
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_events SET id = ? WHERE case_id = ? AND id = ?")) {
                ps.setObject(1, flipped);
                ps.setObject(2, id);
                ps.setObject(3, old);
                assertThat(ps.executeUpdate()).isOne();
            }
            return;
        }
        String[] parts = change.split("\\|");
        if (parts.length == 1) {
            try (PreparedStatement ps = c.prepareStatement(parts[0])) {
                ps.setObject(1, id);
                assertThat(ps.executeUpdate()).isPositive();
            }
            return;
        }
        String value;
        try (PreparedStatement ps = c.prepareStatement(parts[0])) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                value = rs.getString(1);
            }
        }
        int at = random.nextInt(value.length());
        char[] chars = value.toCharArray();
        chars[at] ^= (char) (1 << random.nextInt(3)); // a low bit: the character stays a character of its kind
        try (PreparedStatement ps = c.prepareStatement(parts[1])) {
            ps.setString(1, new String(chars));
            ps.setObject(2, id);
            assertThat(ps.executeUpdate()).isOne();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
