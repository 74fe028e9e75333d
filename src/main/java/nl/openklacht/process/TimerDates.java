package nl.openklacht.process;

import static nl.openklacht.process.ProcessVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.openklacht.calendar.StatutoryCalendar;
import org.springframework.stereotype.Component;

/**
 * Turns the dates the law and the aggregate set into the instants at which the process acts, so that the engine never
 * does date arithmetic with the law. A date is due until the end of that day in Europe/Amsterdam; what is not done
 * by then is late from the start of the next day.
 */
@Component
class TimerDates {

    private final StatutoryCalendar calendar;
    private final ProcessProperties properties;

    TimerDates(StatutoryCalendar calendar, ProcessProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Awb 9:6 and the service norm: due on {@code dueOn}, escalated the day after. */
    Map<String, Object> acknowledgment(LocalDate dueOn) {
        return Map.of(ACKNOWLEDGMENT_DUE_AT, startOf(dueOn), ACKNOWLEDGMENT_ESCALATION_AT, dayAfter(dueOn));
    }

    /** Awb 9:11: the deadline in force, the reminder some working days before it, overdue from the day after. */
    Map<String, Object> deadline(LocalDate deadline) {
        LocalDate reminderDay = calendar.minusWorkingDays(deadline, properties.reminderWorkingDays());
        return Map.of(
                DEADLINE_DUE_AT, startOf(deadline), REMINDER_AT, startOf(reminderDay), OVERDUE_AT, dayAfter(deadline));
    }

    /** Awb 9:8: the notice of not handling, due on {@code noticeDue}, escalated the day after. */
    Map<String, Object> notice(LocalDate noticeDue) {
        return Map.of(NOTICE_DUE_AT, startOf(noticeDue), NOTICE_ESCALATION_AT, dayAfter(noticeDue));
    }

    static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(StatutoryCalendar.AMSTERDAM).toInstant();
    }

    private static String startOf(LocalDate day) {
        return startOfDay(day).toString();
    }

    private static String dayAfter(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
