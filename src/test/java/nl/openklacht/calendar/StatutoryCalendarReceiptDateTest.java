package nl.openklacht.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The receipt date is the date in Europe/Amsterdam, never in UTC. */
class StatutoryCalendarReceiptDateTest {

    private final StatutoryCalendar calendar = TestCalendars.shipped();

    @Test
    void aSubmissionJustAfterMidnightInAmsterdamIsReceivedThatDayAlthoughItIsTheDayBeforeInUtc() {
        Instant halfPastMidnightCet = Instant.parse("2026-03-23T23:30:00Z"); // 00:30 CET, 24 March
        assertThat(LocalDate.ofInstant(halfPastMidnightCet, ZoneOffset.UTC)).isEqualTo("2026-03-23");
        assertThat(calendar.receiptDate(halfPastMidnightCet)).isEqualTo("2026-03-24");
    }

    @ParameterizedTest(name = "{0} is received on {1} ({2})")
    @CsvSource({
        "2026-06-30T22:15:00Z, 2026-07-01, 00:15 CEST",
        "2026-06-30T21:59:59Z, 2026-06-30, 23:59:59 CEST",
        "2026-01-15T22:59:59Z, 2026-01-15, 23:59:59 CET",
        "2026-01-15T23:00:00Z, 2026-01-16, 00:00 CET",
        // spring forward: Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST (01:00 UTC)
        "2026-03-28T22:59:59Z, 2026-03-28, 23:59:59 CET",
        "2026-03-28T23:00:00Z, 2026-03-29, 00:00 CET",
        "2026-03-29T00:59:59Z, 2026-03-29, 01:59:59 CET",
        "2026-03-29T01:00:00Z, 2026-03-29, 03:00 CEST",
        "2026-03-29T21:59:59Z, 2026-03-29, 23:59:59 CEST",
        "2026-03-29T22:00:00Z, 2026-03-30, 00:00 CEST",
        // fall back: Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET (01:00 UTC)
        "2026-10-24T21:59:59Z, 2026-10-24, 23:59:59 CEST",
        "2026-10-24T22:00:00Z, 2026-10-25, 00:00 CEST",
        "2026-10-25T22:59:59Z, 2026-10-25, 23:59:59 CET",
        "2026-10-25T23:00:00Z, 2026-10-26, 00:00 CET"
    })
    void theReceiptDateIsTheCalendarDateInAmsterdamAcrossSummerTimeAndTheSwitchNights(
            Instant receivedAt, LocalDate expected, String amsterdamTime) {
        assertThat(calendar.receiptDate(receivedAt)).as(amsterdamTime).isEqualTo(expected);
    }

    @Test
    void aSubmissionAtHalfPastMidnightGetsTheDeadlineOfThatDay() {
        // Tue 24 March 2026 00:30 CET: raw end Tue 5 May (holiday), deadline Wed 6 May
        LocalDate received = calendar.receiptDate(Instant.parse("2026-03-23T23:30:00Z"));
        assertThat(calendar.handlingDeadline(received, false)).isEqualTo("2026-05-06");
    }
}
