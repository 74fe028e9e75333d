package nl.openklacht.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Awb 9:11 and 9:8 deadlines with the Atw roll. Every expected date was worked out by hand from a real calendar. */
class StatutoryCalendarDeadlineTest {

    private final StatutoryCalendar calendar = TestCalendars.shipped();

    @ParameterizedTest(name = "received {0}, {1} weeks: deadline {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # received | weeks | deadline   | why
            2025-03-21 | 6     | 2025-05-02 | Fri, ordinary
            2025-03-22 | 6     | 2025-05-06 | raw end Sat 3 May; weekend, then 5 May
            2026-03-24 | 6     | 2026-05-06 | raw end Tue 5 May; 5 May counts every year
            2026-02-20 | 6     | 2026-04-07 | raw end Goede Vrijdag 3 Apr; weekend; Tweede Paasdag 6 Apr
            2026-04-02 | 6     | 2026-05-18 | raw end Hemelvaart 14 May; equated Fri 15 May; weekend
            2026-11-13 | 6     | 2026-12-28 | raw end Christmas Fri 25 Dec; 26 Dec is a Saturday
            2002-01-08 | 10    | 2002-03-19 | advisory committee, ordinary Tuesday
            """)
    void theWorkedExamplesOfTheDomainReferenceGiveTheirDeadlines(
            LocalDate received, int weeks, LocalDate expected, String why) {
        assertThat(calendar.handlingDeadline(received, weeks == 10)).as(why).isEqualTo(expected);
    }

    @Test
    void anAdvisoryCommitteeMakesItTenWeeksInsteadOfSix() {
        LocalDate tuesday = parse("2002-01-08");
        assertThat(calendar.handlingDeadline(tuesday, false)).isEqualTo(parse("2002-02-19"));
        assertThat(calendar.handlingDeadline(tuesday, true)).isEqualTo(parse("2002-03-19"));
    }

    @ParameterizedTest(name = "received {0}: deadline {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20 | 2027-01-04 | raw end Fri 1 Jan 2027 Nieuwjaarsdag; 2-3 Jan weekend
            2025-11-20 | 2026-01-05 | raw end Thu 1 Jan 2026; equated Fri 2 Jan; weekend
            2018-11-19 | 2019-01-02 | raw end equated Mon 31 Dec 2018; Nieuwjaarsdag Tue
            2027-11-13 | 2027-12-27 | raw end Sat 25 Dec 2027; Sun 26 Dec; Mon 27 Dec is an ordinary day
            2022-11-13 | 2022-12-27 | raw end Sun 25 Dec 2022; Tweede Kerstdag Mon 26 Dec
            2024-11-13 | 2024-12-30 | raw end Wed 25 Dec 2024; Thu 26 Dec; equated Fri 27 Dec; weekend
            """)
    void aTermEndingAroundChristmasOrNewYearRollsOverTheHolidaysAndIntoTheNewYear(
            LocalDate received, LocalDate expected, String why) {
        assertThat(calendar.handlingDeadline(received, false)).as(why).isEqualTo(expected);
    }

    @Test
    void newYearsEveIsAnOrdinaryWorkingDay() {
        // received Thu 2026-11-19, raw end Thu 2026-12-31
        assertThat(calendar.handlingDeadline(parse("2026-11-19"), false)).isEqualTo(parse("2026-12-31"));
    }

    @Test
    void aTermEndingOnSaturdayKoningsdagRollsToTheFollowingMondayWhichIsNotAHoliday() {
        // received Sat 2025-03-15, raw end Sat 2025-04-26 (Koningsdag), Sun 27 Apr, Mon 28 Apr is a working day
        assertThat(calendar.handlingDeadline(parse("2025-03-15"), false)).isEqualTo(parse("2025-04-28"));
    }

    @Test
    void anEquatedDayRolls() {
        assertThat(calendar.roll(parse("2026-05-15"))).isEqualTo(parse("2026-05-18"));
    }

    @Test
    void aBridgeDayThatIsNotInTheFileDoesNotRoll() {
        // Monday 4 May 2026, before Tuesday 5 May, is not equated by the decree
        assertThat(calendar.roll(parse("2026-05-04"))).isEqualTo(parse("2026-05-04"));
        // the Friday after Hemelvaart 2030 is not (yet) in the file: only data makes it equated
        assertThat(calendar.roll(parse("2030-05-31"))).isEqualTo(parse("2030-05-31"));
    }

    @Test
    void aWorkingDayDoesNotRollAndRollingNeverGoesBack() {
        assertThat(calendar.roll(parse("2026-03-24"))).isEqualTo(parse("2026-03-24"));
        assertThat(calendar.roll(parse("2026-03-28"))).isEqualTo(parse("2026-03-30"));
        assertThat(calendar.roll(parse("2026-03-29"))).isEqualTo(parse("2026-03-30"));
    }

    @Test
    void anExtensionCountsFromTheUnrolledBaseEndNotFromTheRolledDeadline() {
        LocalDate received = parse("2026-02-20"); // raw end Goede Vrijdag 3 Apr 2026, rolled to Tue 7 Apr
        assertThat(calendar.handlingDeadline(received, false)).isEqualTo(parse("2026-04-07"));
        // 3 Apr + 1 week = Fri 10 Apr, a working day; from the rolled date it would wrongly be Tue 14 Apr
        assertThat(calendar.extendedDeadline(received, false, 1)).isEqualTo(parse("2026-04-10"));
    }

    @Test
    void anExtensionAfterAnEquatedDayAlsoCountsFromTheUnrolledBaseEnd() {
        LocalDate received = parse("2026-04-02"); // raw end Hemelvaart Thu 14 May 2026, rolled to Mon 18 May
        // 14 May + 2 weeks = Thu 28 May (Tweede Pinksterdag 25 May lies before it); not Mon 1 Jun
        assertThat(calendar.extendedDeadline(received, false, 2)).isEqualTo(parse("2026-05-28"));
    }

    @Test
    void anExtendedDeadlineIsItselfRolled() {
        // received Fri 2026-11-13: raw end Fri 25 Dec 2026 + 1 week = Fri 1 Jan 2027, then weekend
        assertThat(calendar.extendedDeadline(parse("2026-11-13"), false, 1)).isEqualTo(parse("2027-01-04"));
    }

    @Test
    void anExtensionOfOneToFourWeeksIsAllowed() {
        LocalDate received = parse("2025-03-21"); // raw end Fri 2025-05-02
        assertThat(calendar.extendedDeadline(received, false, 1)).isEqualTo(parse("2025-05-09"));
        assertThat(calendar.extendedDeadline(received, false, 2)).isEqualTo(parse("2025-05-16"));
        assertThat(calendar.extendedDeadline(received, false, 3)).isEqualTo(parse("2025-05-23"));
        // Fri 2025-05-30 is the equated day after Hemelvaart: rolled to Mon 2 June
        assertThat(calendar.extendedDeadline(received, false, 4)).isEqualTo(parse("2025-06-02"));
    }

    @Test
    void anExtensionOfTheAdvisoryCommitteeTermCountsFromTenWeeks() {
        // received Tue 2002-01-08: raw end Tue 2002-03-19 + 4 weeks = Tue 2002-04-16
        assertThat(calendar.extendedDeadline(parse("2002-01-08"), true, 4)).isEqualTo(parse("2002-04-16"));
    }

    @ParameterizedTest(name = "{0} weeks")
    @ValueSource(ints = {0, 5, -1})
    void anExtensionOutsideOneToFourWeeksIsRefused(int weeks) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.extendedDeadline(parse("2025-03-21"), false, weeks))
                .withMessageContaining(String.valueOf(weeks));
    }

    @ParameterizedTest(name = "received {0}: notice due {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-24 | 2026-04-21 | Tue, ordinary
            2026-03-06 | 2026-04-07 | raw end Goede Vrijdag 3 Apr 2026; weekend; Tweede Paasdag
            2026-03-30 | 2026-04-28 | raw end Koningsdag Mon 27 Apr 2026
            2026-12-03 | 2026-12-31 | Thu, New Year's Eve is no holiday
            2026-12-04 | 2027-01-04 | raw end Nieuwjaarsdag Fri 1 Jan 2027; weekend
            2025-12-05 | 2026-01-05 | raw end equated Fri 2 Jan 2026; weekend
            2025-12-04 | 2026-01-05 | raw end Nieuwjaarsdag Thu 1 Jan 2026; equated Fri; weekend
            """)
    void theNotHandledNoticeIsDueFourWeeksAfterReceiptRolled(LocalDate received, LocalDate expected, String why) {
        assertThat(calendar.notHandledNoticeDeadline(received)).as(why).isEqualTo(expected);
    }

    @Test
    void aDeadlineIsNotOverdueOnItsOwnDayButFromTheNextDay() {
        LocalDate deadline = parse("2026-05-06");
        assertThat(calendar.isOverdue(deadline, parse("2026-05-05"))).isFalse();
        assertThat(calendar.isOverdue(deadline, deadline)).isFalse();
        assertThat(calendar.isOverdue(deadline, parse("2026-05-07"))).isTrue();
    }

    @Test
    void oneYearAfterTwentyNinthFebruaryIsTwentyEighthFebruary() {
        assertThat(calendar.oneYearAfter(parse("2024-02-29"))).isEqualTo(parse("2025-02-28"));
    }

    @Test
    void oneYearAfterIsPlainCalendarArithmeticWithoutTheAtwRoll() {
        assertThat(calendar.oneYearAfter(parse("2026-03-15"))).isEqualTo(parse("2027-03-15"));
        // Sat 2025-03-22 → Sun 2026-03-22: stays on the Sunday
        assertThat(calendar.oneYearAfter(parse("2025-03-22"))).isEqualTo(parse("2026-03-22"));
        // 1 Jan stays 1 Jan
        assertThat(calendar.oneYearAfter(parse("2025-01-01"))).isEqualTo(parse("2026-01-01"));
    }
}
