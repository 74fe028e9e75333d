package nl.openklacht.complaint;

import static nl.openklacht.complaint.ComplaintFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.openklacht.platform.InvalidValue;
import nl.openklacht.platform.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineTests {

    /** Fri 2026-11-13: due Fri 2026-12-25 (Christmas) → Mon 2026-12-28. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 13);

    @Test
    void awb911Lid2AnExtensionCountsFromTheUnrolledBaseDate() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        complaint.extend(1, "advies ingewonnen", CALENDAR, LocalDate.of(2026, 12, 20));

        assertThat(complaint.deadlines().dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        // 25 Dec + 1 week = Fri 1 Jan 2027 (Nieuwjaarsdag) → Mon 4 Jan; not 28 Dec + 1 week.
        assertThat(complaint.deadlines().extendedDueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(complaint.deadlines().current()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(eventsOf(complaint, ComplaintEvent.Extended.class)).hasSize(1);
    }

    @Test
    void awb911Lid2OnlyOnce() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.extend(2, "drukte", CALENDAR, RECEIVED.plusWeeks(2));

        assertThatThrownBy(() -> complaint.extend(1, "nog eens", CALENDAR, RECEIVED.plusWeeks(3)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.extension.once");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void awb911Lid2AtMostFourWeeks(int weeks) {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThatThrownBy(() -> complaint.extend(weeks, "te lang", CALENDAR, RECEIVED.plusWeeks(2)))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.extension.weeks");
        assertThat(complaint.deadlines().isExtended()).isFalse();
    }

    @Test
    void awb911Lid2OnTheDeadlineItselfAnExtensionIsStillPossibleButNotTheDayAfter() {
        Complaint onTime = anAssignedComplaint(RECEIVED);
        onTime.extend(4, "op de laatste dag", CALENDAR, LocalDate.of(2026, 12, 28));
        assertThat(onTime.deadlines().extendedDueDate()).isEqualTo(LocalDate.of(2027, 1, 22));

        Complaint late = anAssignedComplaint(RECEIVED);
        assertThatThrownBy(() -> late.extend(4, "te laat", CALENDAR, LocalDate.of(2026, 12, 29)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.extension.too-late");
    }

    @Test
    void awb911Lid3AConsentedDelayNeedsALaterDateAndConsentAlreadyReceived() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.extend(4, "drukte", CALENDAR, RECEIVED.plusWeeks(5));
        LocalDate today = LocalDate.of(2027, 1, 15);

        assertThatThrownBy(() -> complaint.consentToDelay(LocalDate.of(2027, 1, 20), today, today))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.consent.not-later");
        assertThatThrownBy(() -> complaint.consentToDelay(LocalDate.of(2027, 2, 12), today.plusDays(1), today))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.date.future");

        complaint.consentToDelay(LocalDate.of(2027, 2, 12), today, today);

        assertThat(complaint.deadlines().current()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(complaint.deadlines().consentReceivedOn()).isEqualTo(today);
        assertThat(complaint.isOverdue(CALENDAR, LocalDate.of(2027, 2, 12))).isFalse();
        assertThat(complaint.isOverdue(CALENDAR, LocalDate.of(2027, 2, 13))).isTrue();
    }

    @Test
    void overdueFromTheDayAfterTheDeadlineAndOnlyWhileOpen() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThat(complaint.isOverdue(CALENDAR, LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(complaint.markOverdueIfPastDeadline(CALENDAR, LocalDate.of(2026, 12, 28)))
                .isFalse();
        assertThat(complaint.markOverdueIfPastDeadline(CALENDAR, LocalDate.of(2026, 12, 29)))
                .isTrue();
        assertThat(eventsOf(complaint, ComplaintEvent.Overdue.class)).hasSize(1);

        complaint.withdraw("toch niet", LocalDate.of(2026, 12, 30));
        assertThat(complaint.isOverdue(CALENDAR, LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void aReminderOnlyWhileTheDeadlineIsAhead() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThat(complaint.remindOfDeadline(CALENDAR, LocalDate.of(2026, 12, 18)))
                .isTrue();
        assertThat(complaint.remindOfDeadline(CALENDAR, LocalDate.of(2026, 12, 29)))
                .isFalse();
        assertThat(eventsOf(complaint, ComplaintEvent.DeadlineApproaching.class))
                .singleElement()
                .extracting(ComplaintEvent.DeadlineApproaching::dueDate)
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
