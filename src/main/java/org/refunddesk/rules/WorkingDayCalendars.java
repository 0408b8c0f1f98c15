package org.refunddesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the working-day calendar: the notices shipped with the app, then year files dropped into
 * {@code <dataDir>/holidays/} (same holiday-cn format), which win for the same year — so a 2027
 * notice needs no new release. A data-folder file that is broken is left out and reported; one that
 * is not published yet ({@code "days": []}, no papers) counts as no data.
 */
public final class WorkingDayCalendars {
    static final String RESOURCE_DIR = "/org/refunddesk/rules/holidays/";
    private static final Pattern YEAR_FILE = Pattern.compile("\\d{4}\\.json");
    private static volatile WorkingDayCalendar bundled;

    private WorkingDayCalendars() {
    }

    /** The calendar and what went wrong reading the data folder (each line names the file and field). */
    public record Loaded(WorkingDayCalendar calendar, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Only the notices shipped with the app (read once). */
    public static WorkingDayCalendar bundled() {
        WorkingDayCalendar c = bundled;
        if (c == null) {
            c = WorkingDayCalendar.of(bundledYears().values());
            bundled = c;
        }
        return c;
    }

    public static Loaded load(Path dataDir) {
        List<String> problems = new ArrayList<>();
        Path dir = dataDir == null ? null : dataDir.resolve("holidays");
        if (dir == null || !Files.isDirectory(dir)) {
            return new Loaded(bundled(), problems); // the shipped notices are parsed once, not at every load
        }
        Map<Integer, HolidayYear> years = bundledYears();
        boolean changed = false;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> YEAR_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList()) {
                try {
                    HolidayYear year = HolidayFileParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                    if (year.published()) {
                        years.put(year.year(), year);
                        changed = true;
                    }
                } catch (CalendarDataException e) {
                    problems.add(e.getMessage());
                } catch (IOException e) {
                    problems.add(file + ": cannot be read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot be listed: " + e.getMessage());
        }
        return new Loaded(changed ? WorkingDayCalendar.of(years.values()) : bundled(), problems);
    }

    private static Map<Integer, HolidayYear> bundledYears() {
        Map<Integer, HolidayYear> years = new TreeMap<>();
        // resources can't be listed inside a jar, so probe each year the calendar can hold
        for (int y = WorkingDayCalendar.FIRST_YEAR; y <= WorkingDayCalendar.LAST_YEAR; y++) {
            String name = RESOURCE_DIR + y + ".json";
            try (InputStream in = WorkingDayCalendars.class.getResourceAsStream(name)) {
                if (in != null) {
                    HolidayYear year = HolidayFileParser.parse("built-in " + y + ".json",
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    years.put(year.year(), year);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return years;
    }
}
