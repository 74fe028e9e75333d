package nl.openklacht.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Atw art. 3: which days are holidays or equated days. Expected dates are taken from a real calendar. */
class StatutoryCalendarHolidayTest {

    private final StatutoryCalendar calendar = TestCalendars.shipped();

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2030, 2030-04-21",
        "2038, 2038-04-25",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2019, 2019-04-21",
        "1943, 1943-04-25",
        "2285, 2285-03-22"
    })
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(StatutoryCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0}: Goede Vrijdag {1}, Tweede Paasdag {2}, Hemelvaart {3}, Tweede Pinksterdag {4}")
    @CsvSource({
        "2024, 2024-03-29, 2024-04-01, 2024-05-09, 2024-05-20",
        "2025, 2025-04-18, 2025-04-21, 2025-05-29, 2025-06-09",
        "2026, 2026-04-03, 2026-04-06, 2026-05-14, 2026-05-25",
        "2027, 2027-03-26, 2027-03-29, 2027-05-06, 2027-05-17",
        "2030, 2030-04-19, 2030-04-22, 2030-05-30, 2030-06-10",
        "2038, 2038-04-23, 2038-04-26, 2038-06-03, 2038-06-14"
    })
    void theEasterRelatedHolidaysAreHolidays(
            int year,
            LocalDate goedeVrijdag,
            LocalDate tweedePaasdag,
            LocalDate hemelvaart,
            LocalDate pinkstermaandag) {
        assertThat(List.of(goedeVrijdag, tweedePaasdag, hemelvaart, pinkstermaandag))
                .allSatisfy(day -> {
                    assertThat(day.getYear()).isEqualTo(year);
                    assertThat(calendar.isAtwHoliday(day))
                            .as("%s is a holiday", day)
                            .isTrue();
                    assertThat(calendar.isWorkingDay(day))
                            .as("%s is a working day", day)
                            .isFalse();
                });
        assertThat(goedeVrijdag.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(hemelvaart.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(pinkstermaandag.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-04-02, Witte Donderdag",
        "2026-04-04, Stille Zaterdag",
        "2026-04-07, Tuesday after Easter",
        "2026-05-13, Wednesday before Hemelvaart",
        "2026-05-26, Tuesday after Pinksteren",
        "2030-05-31, Friday after Hemelvaart 2030, not in the decree data"
    })
    void theDaysAroundTheEasterHolidaysAreNotHolidays(LocalDate day, String what) {
        assertThat(calendar.isAtwHoliday(day)).as(what).isFalse();
    }

    @Test
    void eerstePaasdagAndEerstePinksterdagAreNotListedButAreSundaysAnyway() {
        for (LocalDate sunday : List.of(parse("2026-04-05"), parse("2026-05-24"), parse("2027-03-28"))) {
            assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(calendar.isWorkingDay(sunday)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "2024-01-01",
                "2025-01-01",
                "2026-01-01",
                "2027-01-01",
                "2030-01-01",
                "2024-12-25",
                "2024-12-26",
                "2026-12-25",
                "2026-12-26",
                "2030-12-25",
                "2030-12-26",
                "2038-12-25",
                "2038-12-26"
            })
    void nieuwjaarsdagAndBothChristmasDaysAreHolidaysEveryYear(LocalDate day) {
        assertThat(calendar.isAtwHoliday(day)).isTrue();
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2025-12-24", "2026-12-24", "2026-12-31", "2027-12-31"})
    void christmasEveAndNewYearsEveAreNoHolidays(LocalDate day) {
        assertThat(calendar.isAtwHoliday(day)).isFalse();
    }

    @ParameterizedTest(name = "5 May {0}")
    @ValueSource(strings = {"2025-05-05", "2026-05-05", "2027-05-05", "2030-05-05", "2038-05-05"})
    void fiveMayIsAHolidayEveryYearNotOnlyInLustrumYears(LocalDate day) {
        assertThat(calendar.isAtwHoliday(day)).isTrue();
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @Test
    void fourMay2026IsANormalWorkingDay() {
        LocalDate monday = parse("2026-05-04");
        assertThat(calendar.isAtwHoliday(monday)).isFalse();
        assertThat(calendar.isEquatedDay(monday)).isFalse();
        assertThat(calendar.isWorkingDay(monday)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-04-27", "2027-04-27", "2030-04-27", "2032-04-27"})
    void koningsdagIsTheTwentySeventhOfApril(LocalDate day) {
        assertThat(calendar.isAtwHoliday(day)).isTrue();
        assertThat(calendar.isAtwHoliday(day.minusDays(1))).isFalse();
    }

    @Test
    void in2038TweedePaasdagAndKoningsdagFollowEachOther() {
        assertThat(calendar.isAtwHoliday(parse("2038-04-26"))).isTrue(); // Tweede Paasdag, Monday
        assertThat(calendar.isAtwHoliday(parse("2038-04-27"))).isTrue(); // Koningsdag, Tuesday
        // a term ending on Easter Sunday 25 April 2038 runs to Wednesday 28 April
        assertThat(calendar.roll(parse("2038-04-25"))).isEqualTo(parse("2038-04-28"));
    }

    @Test
    void koningsdagOnASaturdayStaysOnSaturdayTheTwentySeventh() {
        assertThat(calendar.isAtwHoliday(parse("2024-04-27"))).isTrue();
        assertThat(calendar.isAtwHoliday(parse("2024-04-26"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2024-04-26"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2031})
    void koningsdagMovesToSaturdayWhenThe27thIsASunday(int year) {
        LocalDate saturday = LocalDate.of(year, 4, 26);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isAtwHoliday(saturday)).isTrue();
        assertThat(calendar.isAtwHoliday(LocalDate.of(year, 4, 27))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2031})
    void koningsdagIsNeverAnObservedMonday(int year) {
        LocalDate monday = LocalDate.of(year, 4, 28);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendar.isAtwHoliday(monday)).isFalse();
        assertThat(calendar.isWorkingDay(monday)).isTrue();
    }

    @Test
    void theShippedDataContainsEveryKnownEquatedDay() {
        assertThat(TestCalendars.shippedEquatedDays())
                .contains(
                        parse("2017-04-28"),
                        parse("2017-05-26"),
                        parse("2018-05-11"),
                        parse("2018-12-24"),
                        parse("2018-12-31"),
                        parse("2019-05-31"),
                        parse("2019-12-27"),
                        parse("2022-05-27"),
                        parse("2023-04-28"),
                        parse("2023-05-19"),
                        parse("2024-05-10"),
                        parse("2024-12-27"),
                        parse("2025-05-30"),
                        parse("2026-01-02"),
                        parse("2026-05-15"),
                        parse("2027-05-07"),
                        parse("2028-04-28"),
                        parse("2028-05-26"));
    }

    @Test
    void everyShippedEquatedDayIsAWeekdayThatIsNotAlreadyAHoliday() {
        assertThat(TestCalendars.shippedEquatedDays()).allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(calendar.isAtwHoliday(day))
                    .as("%s is already a holiday", day)
                    .isFalse();
            assertThat(calendar.isEquatedDay(day)).isTrue();
            assertThat(calendar.isWorkingDay(day)).isFalse();
        });
    }

    @Test
    void anEquatedDayIsNeverDerivedOnlyConfigured() {
        StatutoryCalendar withoutData = new StatutoryCalendar(List.of());
        assertThat(withoutData.isEquatedDay(parse("2026-05-15"))).isFalse();
        assertThat(withoutData.isWorkingDay(parse("2026-05-15"))).isTrue();

        StatutoryCalendar withADay = new StatutoryCalendar(List.of(parse("2026-05-04")));
        assertThat(withADay.isEquatedDay(parse("2026-05-04"))).isTrue();
        assertThat(withADay.isAtwHoliday(parse("2026-05-04"))).isFalse();
        assertThat(withADay.isWorkingDay(parse("2026-05-04"))).isFalse();
    }

    @Test
    void weekendsAreNoWorkingDaysAndOrdinaryWeekdaysAre() {
        assertThat(calendar.isWorkingDay(parse("2026-03-21"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(parse("2026-03-22"))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(parse("2026-03-23"))).isTrue(); // Monday
        assertThat(calendar.isWorkingDay(parse("2026-03-27"))).isTrue(); // Friday
    }
}
