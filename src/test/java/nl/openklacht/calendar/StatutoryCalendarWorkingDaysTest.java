package nl.openklacht.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting working days for service norms and reminders. Expected dates counted by hand on a real calendar. */
class StatutoryCalendarWorkingDaysTest {

    private final StatutoryCalendar calendar = TestCalendars.shipped();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-20 | 5 | 2026-03-27 | Fri over one weekend to Fri
            2026-03-23 | 4 | 2026-03-27 | Mon to Fri, same week
            2026-03-21 | 1 | 2026-03-23 | from a Saturday: Monday is the first working day
            2026-04-02 | 1 | 2026-04-07 | Goede Vrijdag, weekend, Tweede Paasdag skipped
            2026-04-02 | 5 | 2026-04-13 | Tue 7, Wed 8, Thu 9, Fri 10, Mon 13 April
            2026-05-13 | 1 | 2026-05-18 | Hemelvaart, equated Fri 15 May, weekend skipped
            2026-05-13 | 5 | 2026-05-22 | Mon 18 to Fri 22 May
            2026-12-24 | 1 | 2026-12-28 | Christmas Fri 25, Sat 26, Sun 27 skipped
            2026-12-24 | 5 | 2027-01-04 | Mon 28, Tue 29, Wed 30, Thu 31 Dec; Nieuwjaarsdag and weekend; Mon 4 Jan
            2025-12-31 | 1 | 2026-01-05 | Nieuwjaarsdag, equated Fri 2 Jan, weekend skipped
            """)
    void plusWorkingDaysSkipsWeekendsHolidaysAndEquatedDays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.plusWorkingDays(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} - {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-27 | 5 | 2026-03-20 | Fri back over one weekend to Fri
            2026-03-23 | 1 | 2026-03-20 | Monday back to Friday
            2026-04-07 | 1 | 2026-04-02 | Tweede Paasdag, weekend, Goede Vrijdag skipped
            2026-05-18 | 5 | 2026-05-07 | equated Fri 15, Hemelvaart Thu 14 skipped; Wed 13 to Thu 7 May
            2027-01-04 | 5 | 2026-12-24 | Nieuwjaarsdag, Thu 31 to Mon 28 Dec, weekend, Christmas; Thu 24 Dec
            2026-05-06 | 5 | 2026-04-28 | reminder before the 6 May deadline: 5 May skipped
            2026-05-06 | 6 | 2026-04-24 | one more: Koningsdag Mon 27 April and the weekend skipped
            """)
    void minusWorkingDaysCountsBackwardsTheSameWay(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.minusWorkingDays(from, days)).as(why).isEqualTo(expected);
    }

    @Test
    void zeroWorkingDaysIsTheStartDateItself() {
        assertThat(calendar.plusWorkingDays(parse("2026-03-21"), 0)).isEqualTo(parse("2026-03-21"));
        assertThat(calendar.minusWorkingDays(parse("2026-03-21"), 0)).isEqualTo(parse("2026-03-21"));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(parse("2026-03-23"), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.minusWorkingDays(parse("2026-03-23"), -1));
    }
}
