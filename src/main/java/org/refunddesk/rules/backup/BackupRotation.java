package org.refunddesk.rules.backup;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last {@code days} days that have a backup and the
 * newest of each of the last {@code weeks} weeks (Monday to Sunday) that have one; the two sets overlap, the rest
 * may go. Counted over days and weeks that have backups, so a computer left off for a month keeps its old ones.
 */
public record BackupRotation(int days, int weeks) {
    /** 7 daily and 4 weekly backups. */
    public static final BackupRotation DEFAULT = new BackupRotation(7, 4);

    public BackupRotation {
        if (days < 1 || weeks < 0) {
            throw new IllegalArgumentException("keep at least one daily backup");
        }
    }

    /** The backups to keep, newest first; {@code takenAt} gives each one's local time (Beijing). */
    public <T> List<T> keep(List<T> backups, Function<T, LocalDateTime> takenAt) {
        List<T> newestFirst = backups.stream().sorted(Comparator.comparing(takenAt).reversed()).toList();
        Map<Object, T> newestPerDay = new LinkedHashMap<>();
        Map<Object, T> newestPerWeek = new LinkedHashMap<>();
        for (T backup : newestFirst) {
            LocalDateTime at = takenAt.apply(backup);
            newestPerDay.putIfAbsent(at.toLocalDate(), backup);
            newestPerWeek.putIfAbsent(at.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), backup);
        }
        Set<T> kept = new LinkedHashSet<>();
        newestPerDay.values().stream().limit(days).forEach(kept::add);
        newestPerWeek.values().stream().limit(weeks).forEach(kept::add);
        return newestFirst.stream().filter(kept::contains).toList();
    }
}
