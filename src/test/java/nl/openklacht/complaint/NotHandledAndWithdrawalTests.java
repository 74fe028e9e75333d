package nl.openklacht.complaint;

import static nl.openklacht.complaint.ComplaintFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.openklacht.platform.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotHandledAndWithdrawalTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @EnumSource(NotHandledGround.class)
    void awb98EveryGroundClosesTheComplaintAsNotHandledForOneYear(NotHandledGround ground) {
        Complaint complaint = Complaint.receive(
                "KL-2026-000009",
                new Submission(
                        Channel.EMAIL,
                        onMorningOf(RECEIVED),
                        null,
                        null,
                        "tekst",
                        RECEIVED.minusYears(2),
                        List.of(),
                        null),
                onMorningOf(RECEIVED),
                CALENDAR);
        complaint.determineNature(new Triage(Kind.COMPLAINT, null, "AFVAL", false, null, false), RECEIVED);
        complaint.register(
                new Registration(ALL_MET, AdministrativeBody.MAYOR_AND_ALDERMEN, false, false, null, null),
                CALENDAR,
                5,
                RECEIVED);
        LocalDate today = RECEIVED.plusDays(7);

        complaint.declineToHandle(ground, "toelichting", today);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.NOT_HANDLED);
        assertThat(complaint.notHandling().ground()).isEqualTo(ground);
        assertThat(complaint.retention()).isEqualTo(new Retention(RetentionResult.NOT_HANDLED, today.plusYears(1)));
        assertThat(eventsOf(complaint, ComplaintEvent.NotHandled.class))
                .singleElement()
                .extracting(ComplaintEvent.NotHandled::noticeDue)
                .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void awb98bIsRefusedWhenTheConductIsLessThanAYearOld() {
        Complaint complaint = aRegisteredComplaint(RECEIVED, false);

        assertThatThrownBy(() -> complaint.declineToHandle(NotHandledGround.OLDER_THAN_ONE_YEAR, "oud", RECEIVED))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-8.not-older");
        assertThat(complaint.status()).isEqualTo(Complaint.Status.REGISTERED);
    }

    @Test
    void awb98bNeedsTheDateOfTheConductWhichRegistrationMayEstablish() {
        Complaint undated = Complaint.receive(
                "KL-2026-000010",
                new Submission(Channel.EMAIL, onMorningOf(RECEIVED), null, null, "oud", null, List.of(), null),
                onMorningOf(RECEIVED),
                CALENDAR);
        undated.determineNature(new Triage(Kind.COMPLAINT, null, "AFVAL", false, null, false), RECEIVED);
        Complaint dated = Complaint.receive(
                "KL-2026-000011",
                new Submission(Channel.EMAIL, onMorningOf(RECEIVED), null, null, "oud", null, List.of(), null),
                onMorningOf(RECEIVED),
                CALENDAR);
        dated.determineNature(new Triage(Kind.COMPLAINT, null, "AFVAL", false, null, false), RECEIVED);
        undated.register(
                new Registration(ALL_MET, AdministrativeBody.MAYOR_AND_ALDERMEN, false, false, null, null),
                CALENDAR,
                5,
                RECEIVED);
        dated.register(
                new Registration(
                        ALL_MET,
                        AdministrativeBody.MAYOR_AND_ALDERMEN,
                        false,
                        false,
                        null,
                        null,
                        RECEIVED.minusMonths(14)),
                CALENDAR,
                5,
                RECEIVED);

        assertThatThrownBy(() -> undated.declineToHandle(NotHandledGround.OLDER_THAN_ONE_YEAR, "oud", RECEIVED))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-8.incident-date-missing");
        dated.declineToHandle(NotHandledGround.OLDER_THAN_ONE_YEAR, "oud", RECEIVED);
        assertThat(dated.outcome()).isEqualTo(Outcome.NOT_HANDLED);
    }

    @Test
    void theNoticeOfNotHandlingIsRecordedOnceAndMeasuredAgainstTheFourWeeks() {
        Complaint complaint = aRegisteredComplaint(RECEIVED, false);
        complaint.declineToHandle(NotHandledGround.BEFORE_COURT, "ligt bij de rechter", RECEIVED.plusDays(3));

        complaint.recordNotHandledNotice(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1));

        assertThat(eventsOf(complaint, ComplaintEvent.NotHandledNoticeSent.class))
                .singleElement()
                .extracting(ComplaintEvent.NotHandledNoticeSent::withinTerm)
                .isEqualTo(false);
        assertThatThrownBy(() -> complaint.recordNotHandledNotice(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-8.notice-already");
    }

    @Test
    void aNoticeOfNotHandlingNeedsAComplaintThatWasDeclined() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.withdraw("opgelost", RECEIVED.plusDays(2));

        assertThatThrownBy(() -> complaint.recordNotHandledNotice(RECEIVED.plusDays(2), RECEIVED.plusDays(2)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-8.not-declined");
    }

    @Test
    void aComplaintCanBeWithdrawnRightAfterReceiptAndIsKeptOneYear() {
        Complaint complaint = aLetterReceivedOn(RECEIVED);

        complaint.withdraw("vergissing", RECEIVED);

        assertThat(complaint.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(complaint.closure().withdrawalReason()).isEqualTo("vergissing");
        assertThat(complaint.retention()).isEqualTo(new Retention(RetentionResult.BROKEN_OFF, RECEIVED.plusYears(1)));
    }

    @Test
    void aComplaintCanBeWithdrawnDuringTheInvestigation() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees");
        complaint.sendCopyToInvolved(RECEIVED.plusDays(2));

        complaint.withdraw(null, RECEIVED.plusDays(3));

        assertThat(complaint.status()).isEqualTo(Complaint.Status.CLOSED);
        assertThat(eventsOf(complaint, ComplaintEvent.Withdrawn.class)).hasSize(1);
    }

    @Test
    void aClosedComplaintCannotBeWithdrawn() {
        Complaint complaint = aLetterReceivedOn(RECEIVED);
        complaint.withdraw("eerste keer", RECEIVED);

        assertThatThrownBy(() -> complaint.withdraw("tweede keer", RECEIVED)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theRetentionResultStaysChangeableAfterClosure() {
        Complaint complaint = aLetterReceivedOn(RECEIVED);
        assertThatThrownBy(() -> complaint.changeRetention(RetentionResult.VIA_OMBUDSMAN))
                .isInstanceOf(RuleViolation.class);
        complaint.withdraw("weg", RECEIVED);

        complaint.changeRetention(RetentionResult.VIA_OMBUDSMAN);
        assertThat(complaint.retention())
                .isEqualTo(new Retention(RetentionResult.VIA_OMBUDSMAN, RECEIVED.plusYears(10)));
        complaint.changeRetention(RetentionResult.AFFECTS_PERMANENT_CASE);
        assertThat(complaint.retention().destroyAfter()).isNull();
    }
}
