package org.refunddesk.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday notice, as in the holiday-cn files: special dates (holidays and adjusted
 * working days) and the notices they come from. {@code source} says where it was read from.
 */
public record HolidayYear(int year, List<String> papers, List<SpecialDay> days, String source) {
    public HolidayYear {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /** A year whose notice is not published yet: the file exists but says nothing. */
    public boolean published() {
        return !days.isEmpty() || !papers.isEmpty();
    }

    /** {@code offDay} true: a holiday; false: an adjusted working day. */
    public record SpecialDay(LocalDate date, String name, boolean offDay) {
    }
}
