package org.refunddesk.rules.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final Function<LocalDateTime, LocalDateTime> SELF = t -> t;

    private static List<LocalDateTime> twiceADay(LocalDate from, int days) {
        List<LocalDateTime> all = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            all.add(from.plusDays(i).atTime(9, 0));
            all.add(from.plusDays(i).atTime(18, 30));
        }
        return all;
    }

    @Test
    void keepsTheNewestOfEachOfTheLastSevenDaysAndOfEachOfTheLastFourWeeks() {
        // 2026-11-02 is a Monday; 60 days of backups, two a day, up to Thursday 2026-12-31
        List<LocalDateTime> all = twiceADay(LocalDate.of(2026, 11, 2), 60);

        List<LocalDateTime> kept = BackupRotation.DEFAULT.keep(all, SELF);

        List<LocalDateTime> daily = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            daily.add(LocalDate.of(2026, 12, 31).minusDays(i).atTime(18, 30));
        }
        // the last 4 weeks' newest: Thu 12-31 (this week), Sun 12-27, Sun 12-20, Sun 12-13
        assertThat(kept).containsAll(daily)
                .contains(LocalDateTime.of(2026, 12, 27, 18, 30), LocalDateTime.of(2026, 12, 20, 18, 30),
                        LocalDateTime.of(2026, 12, 13, 18, 30))
                .hasSize(7 + 2) // 12-27 and 12-31 are both daily and weekly
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(kept).doesNotContain(LocalDateTime.of(2026, 12, 31, 9, 0), LocalDateTime.of(2026, 12, 6, 18, 30));
    }

    @Test
    void aComputerLeftOffForAMonthKeepsItsOldBackupsNotAnEmptyFolder() {
        List<LocalDateTime> all = List.of(LocalDateTime.of(2026, 1, 5, 10, 0), LocalDateTime.of(2026, 1, 6, 10, 0),
                LocalDateTime.of(2026, 3, 1, 10, 0));

        assertThat(BackupRotation.DEFAULT.keep(all, SELF)).containsExactly(LocalDateTime.of(2026, 3, 1, 10, 0),
                LocalDateTime.of(2026, 1, 6, 10, 0), LocalDateTime.of(2026, 1, 5, 10, 0));
    }

    @Test
    void fewerBackupsThanTheLimitsAreAllKept() {
        List<LocalDateTime> all = twiceADay(LocalDate.of(2026, 5, 1), 1).subList(1, 2);
        assertThat(BackupRotation.DEFAULT.keep(all, SELF)).isEqualTo(all);
        assertThat(BackupRotation.DEFAULT.keep(List.<LocalDateTime>of(), SELF)).isEmpty();
    }
}
