package nl.openklacht.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The statutory calendar for complaint deadlines under Awb chapter 9.
 *
 * <p>Rules, exactly:
 *
 * <ul>
 *   <li><b>Algemene termijnenwet (Atw) art. 1 lid 1</b>: a statutory term that ends on a Saturday, Sunday or
 *       generally recognised holiday is extended to the next day that is none of these. Rolling is forward only; a
 *       term counted backwards (art. 1 lid 2) is never rolled.
 *   <li><b>Atw art. 3 lid 1</b>: the generally recognised holidays are Nieuwjaarsdag, the Christian second Easter and
 *       Whit day (Tweede Paasdag, Tweede Pinksterdag), both Christmas days, Hemelvaartsdag, the day on which the
 *       King's birthday is celebrated (Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday, never an
 *       observed Monday) and 5 May, every year. Eerste Paasdag and Eerste Pinksterdag are not listed: they are Sundays.
 *   <li><b>Atw art. 3 lid 2</b>: Goede Vrijdag is equated with those holidays.
 *   <li><b>Atw art. 3 lid 3</b>: further days are equated by Royal Decree, published in the Staatscourant, usually
 *       bridge days. They cannot be derived by rule, so this class only knows the dates it is given (see {@link
 *       EquatedDays}).
 *   <li><b>Awb 9:11</b>: a complaint is handled within 6 weeks of receipt, 10 weeks with an advisory committee (lid 1);
 *       the term may be extended once by at most 4 weeks (lid 2), counted from the unrolled end of the base term.
 *   <li><b>Awb 9:8</b>: a decision not to handle a complaint is notified within 4 weeks of receipt.
 *   <li>The Atw does not apply to terms in years (e.g. the one-year limit of 9:8 lid 1 (b) and the ombudsman term):
 *       those are plain calendar arithmetic.
 * </ul>
 *
 * <p>Dates are the civil calendar date in {@link #AMSTERDAM Europe/Amsterdam}. The holidays of art. 3 lid 1 and 2 are
 * applied as currently worded to every year; the historical Koninginnedag (before 2014) and the years before 5 May was
 * added to the Atw are not modelled.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StatutoryCalendar {

    /** The time zone in which receipt dates are determined: the municipality's, never UTC. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final int HANDLING_WEEKS = 6;
    private static final int HANDLING_WEEKS_ADVISORY_COMMITTEE = 10;
    /** Awb 9:11 lid 2: an extension is at most four weeks. */
    public static final int MAX_EXTENSION_WEEKS = 4;

    private static final int NOT_HANDLED_NOTICE_WEEKS = 4;

    private final Set<LocalDate> equatedDays;

    /**
     * @param equatedDays the days equated with a holiday by Royal Decree (Atw art. 3 lid 3), usually read with {@link
     *     EquatedDays#read}
     */
    public StatutoryCalendar(Collection<LocalDate> equatedDays) {
        this.equatedDays = Set.copyOf(Objects.requireNonNull(equatedDays, "equatedDays"));
    }

    /** Today as the municipality counts it: the date in Europe/Amsterdam by the given clock. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(AMSTERDAM));
    }

    /** The receipt date of something that reached the municipality at {@code receivedAt}: its date in Amsterdam. */
    public LocalDate receiptDate(Instant receivedAt) {
        return LocalDate.ofInstant(Objects.requireNonNull(receivedAt, "receivedAt"), AMSTERDAM);
    }

    /** Whether {@code date} is a generally recognised holiday, or Goede Vrijdag (Atw art. 3 lid 1 and 2). */
    public boolean isAtwHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        Month month = date.getMonth();
        int day = date.getDayOfMonth();
        if (month == Month.JANUARY && day == 1) {
            return true; // Nieuwjaarsdag
        }
        if (month == Month.MAY && day == 5) {
            return true; // 5 mei, every year for the Atw
        }
        if (month == Month.DECEMBER && (day == 25 || day == 26)) {
            return true; // Eerste en Tweede Kerstdag
        }
        if (date.equals(koningsdag(year))) {
            return true;
        }
        LocalDate easter = easterSunday(year);
        return date.equals(easter.minusDays(2)) // Goede Vrijdag (art. 3 lid 2)
                || date.equals(easter.plusDays(1)) // Tweede Paasdag
                || date.equals(easter.plusDays(39)) // Hemelvaartsdag
                || date.equals(easter.plusDays(50)); // Tweede Pinksterdag
    }

    /** Whether {@code date} is equated with a holiday by Royal Decree (Atw art. 3 lid 3), per the configured data. */
    public boolean isEquatedDay(LocalDate date) {
        return equatedDays.contains(Objects.requireNonNull(date, "date"));
    }

    /** Whether a statutory term may end on {@code date}: not a Saturday, Sunday, Atw holiday or equated day. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dayOfWeek = Objects.requireNonNull(date, "date").getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY
                && dayOfWeek != DayOfWeek.SUNDAY
                && !isAtwHoliday(date)
                && !isEquatedDay(date);
    }

    /** Atw art. 1: the end of a term falling on a non-working day moves forward to the next working day. */
    public LocalDate roll(LocalDate termEnd) {
        LocalDate date = Objects.requireNonNull(termEnd, "termEnd");
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** Awb 9:11 lid 1: receipt date + 6 weeks (10 with an advisory committee), rolled per Atw art. 1. */
    public LocalDate handlingDeadline(LocalDate receiptDate, boolean advisoryCommittee) {
        return roll(baseEnd(receiptDate, advisoryCommittee));
    }

    /**
     * Awb 9:11 lid 2: the deadline after one extension of {@code extensionWeeks} weeks: the <em>unrolled</em> end of
     * the base term plus the extension, then rolled per Atw art. 1.
     *
     * @throws IllegalArgumentException unless {@code extensionWeeks} is 1 to 4
     */
    public LocalDate extendedDeadline(LocalDate receiptDate, boolean advisoryCommittee, int extensionWeeks) {
        if (extensionWeeks < 1 || extensionWeeks > MAX_EXTENSION_WEEKS) {
            throw new IllegalArgumentException("An extension under Awb 9:11 lid 2 is 1 to " + MAX_EXTENSION_WEEKS
                    + " weeks, not " + extensionWeeks);
        }
        return roll(baseEnd(receiptDate, advisoryCommittee).plusWeeks(extensionWeeks));
    }

    /** Awb 9:8: the written notice that a complaint is not handled is due at receipt date + 4 weeks, rolled. */
    public LocalDate notHandledNoticeDeadline(LocalDate receiptDate) {
        return roll(Objects.requireNonNull(receiptDate, "receiptDate").plusWeeks(NOT_HANDLED_NOTICE_WEEKS));
    }

    /**
     * The date that is {@code workingDays} working days after {@code from}, for service norms such as "acknowledge
     * within 5 working days". {@code from} itself is not counted, and need not be a working day; 0 returns {@code
     * from}.
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        return stepWorkingDays(from, workingDays, 1);
    }

    /**
     * The date that is {@code workingDays} working days before {@code from}, for reminders such as "5 working days
     * before the deadline". {@code from} itself is not counted; 0 returns {@code from}.
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    public LocalDate minusWorkingDays(LocalDate from, int workingDays) {
        return stepWorkingDays(from, workingDays, -1);
    }

    /** A deadline is met by acting on or before it; it is overdue from the day after. */
    public boolean isOverdue(LocalDate deadline, LocalDate today) {
        return Objects.requireNonNull(today, "today").isAfter(Objects.requireNonNull(deadline, "deadline"));
    }

    /**
     * One year after {@code date}, as plain calendar arithmetic (the Atw does not apply to terms in years); 29 February
     * gives 28 February.
     */
    public LocalDate oneYearAfter(LocalDate date) {
        return Objects.requireNonNull(date, "date").plusYears(1);
    }

    /** Easter Sunday in the Gregorian calendar: the anonymous (Meeus/Jones/Butcher) algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday. */
    static LocalDate koningsdag(int year) {
        LocalDate birthday = LocalDate.of(year, Month.APRIL, 27);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }

    private static LocalDate baseEnd(LocalDate receiptDate, boolean advisoryCommittee) {
        Objects.requireNonNull(receiptDate, "receiptDate");
        return receiptDate.plusWeeks(advisoryCommittee ? HANDLING_WEEKS_ADVISORY_COMMITTEE : HANDLING_WEEKS);
    }

    private LocalDate stepWorkingDays(LocalDate from, int workingDays, int step) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
