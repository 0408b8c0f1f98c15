package org.refunddesk.ui.wizard.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.ui.cases.DateTimeText;

/**
 * A moment the user enters as a date plus an "HH:mm" time, read in Asia/Shanghai. An empty time means
 * the start of the day only when {@code timeOptional}; otherwise it is an error.
 */
public final class DateTimeAnswer {

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public boolean isEmpty() {
        return date.get() == null;
    }

    /** Parses "9:05" or "09:05" (a full-width colon too); empty when the text is not a time of day. */
    public static Optional<LocalTime> parseTime(String text) {
        return DateTimeText.parseTime(text == null ? null : text.replace('\uFF1A', ':'));
    }

    /** The instant, when the date is set and the time is valid. */
    public Optional<Instant> instant() {
        if (date.get() == null) {
            return Optional.empty();
        }
        return parseTime(time.get()).map(t -> DateTimeText.toInstant(date.get(), t));
    }

    public void set(Instant instant) {
        if (instant == null) {
            date.set(null);
            time.set("");
            return;
        }
        date.set(DateTimeText.dateOf(instant));
        time.set(DateTimeText.timeOf(instant));
    }

    /**
     * The error key for this answer ("" when fine): required and missing, unreadable time, or in the future.
     */
    public String errorKey(boolean required, Instant now) {
        if (date.get() == null) {
            return required ? "wizard.error.dateMissing" : "";
        }
        if (parseTime(time.get()).isEmpty()) {
            return "wizard.error.time";
        }
        return instant().filter(i -> i.isAfter(now)).isPresent() ? "wizard.error.future" : "";
    }
}
