package nl.openklacht.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The calendar as configured in production: equated days from the real CSV resource. */
final class TestCalendars {

    static final String EQUATED_DAYS_RESOURCE = "/calendar/atw-equated-days.csv";

    private TestCalendars() {}

    static List<LocalDate> shippedEquatedDays() {
        try (InputStream csv = TestCalendars.class.getResourceAsStream(EQUATED_DAYS_RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException(EQUATED_DAYS_RESOURCE + " is not on the class path");
            }
            return EquatedDays.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StatutoryCalendar shipped() {
        return new StatutoryCalendar(shippedEquatedDays());
    }
}
