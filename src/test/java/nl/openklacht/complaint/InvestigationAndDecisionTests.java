package nl.openklacht.complaint;

import static nl.openklacht.complaint.ComplaintFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.openklacht.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class InvestigationAndDecisionTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = RECEIVED.plusWeeks(3);
    private static final Decision WELL_FOUNDED =
            new Decision("bevindingen", Judgment.WELL_FOUNDED, "conclusies", "excuses en training", null);

    @Test
    void theFormalTrackEndsInADecisionAndThenClosure() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees");
        complaint.sendCopyToInvolved(RECEIVED.plusDays(3));
        complaint.recordHearing(new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(10), "verslag"), TODAY);
        complaint.recordHearing(new Hearing(HearingParty.INVOLVED_EMPLOYEE, RECEIVED.plusDays(11), "verslag"), TODAY);

        complaint.decide(WELL_FOUNDED, CALENDAR, TODAY);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.DECIDED);
        assertThat(complaint.decision().decidedOn()).isEqualTo(TODAY);
        assertThat(eventsOf(complaint, ComplaintEvent.Decided.class))
                .singleElement()
                .extracting(ComplaintEvent.Decided::withinTerm)
                .isEqualTo(true);

        complaint.close(TODAY.plusDays(1));
        assertThat(complaint.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(complaint.retention())
                .isEqualTo(
                        new Retention(RetentionResult.HANDLED, TODAY.plusDays(1).plusYears(5)));
    }

    @Test
    void theInvestigationIsAnnouncedCompleteOnceWhenCopyAndBothHearingsAreThere() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees");

        complaint.recordHearing(new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(3), "verslag"), TODAY);
        complaint.sendCopyToInvolved(RECEIVED.plusDays(4));
        assertThat(eventsOf(complaint, ComplaintEvent.InvestigationCompleted.class))
                .isEmpty();

        complaint.recordHearing(new Hearing(HearingParty.INVOLVED_EMPLOYEE, RECEIVED.plusDays(5), "verslag"), TODAY);
        complaint.recordHearing(new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(6), "tweede gesprek"), TODAY);

        assertThat(eventsOf(complaint, ComplaintEvent.InvestigationCompleted.class))
                .hasSize(1);
    }

    @Test
    void awb97NobodyInvolvedMayHearAParty() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees de Boer");

        assertThatThrownBy(() -> complaint.recordHearing(
                        new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(2), "verslag", " kees de  boer"),
                        TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-7.hearing-officer-involved");
        complaint.recordHearing(
                new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(2), "verslag", "Hanna de Vries"), TODAY);
        assertThat(complaint.investigation().hearings())
                .extracting(Hearing::heardBy)
                .containsExactly("Hanna de Vries");
    }

    @Test
    void awb910TheComplainantMustBeHeardOrAReasonRecorded() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.recordInformalContact(RECEIVED.plusDays(1), "geen oplossing", TODAY);
        assertThatThrownBy(() -> complaint.decide(WELL_FOUNDED, CALENDAR, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.status.not-allowed");

        complaint.waiveComplainantHearing(HearingWaiverReason.WAIVED);
        complaint.decide(WELL_FOUNDED, CALENDAR, TODAY);

        assertThat(complaint.investigation().complainantHearingWaiver()).isEqualTo(HearingWaiverReason.WAIVED);
        assertThat(complaint.status()).isEqualTo(Complaint.Status.DECIDED);
    }

    @Test
    void awb910WithoutHearingTheComplainantTheDecisionIsRefused() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees");
        complaint.sendCopyToInvolved(RECEIVED.plusDays(3));
        complaint.recordHearing(new Hearing(HearingParty.INVOLVED_EMPLOYEE, RECEIVED.plusDays(4), "verslag"), TODAY);

        assertThatThrownBy(() -> complaint.decide(WELL_FOUNDED, CALENDAR, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-10.complainant-not-heard");
    }

    @Test
    void awb99TheInvolvedPersonMustHaveHadACopy() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees");
        complaint.recordHearing(new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(4), "verslag"), TODAY);
        complaint.recordHearing(new Hearing(HearingParty.INVOLVED_EMPLOYEE, RECEIVED.plusDays(4), "verslag"), TODAY);

        assertThatThrownBy(() -> complaint.decide(WELL_FOUNDED, CALENDAR, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-9.copy-missing");
    }

    @Test
    void awb910TheInvolvedPersonMustHaveBeenHeard() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Kees");
        complaint.sendCopyToInvolved(RECEIVED.plusDays(3));
        complaint.recordHearing(new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(4), "verslag"), TODAY);

        assertThatThrownBy(() -> complaint.decide(WELL_FOUNDED, CALENDAR, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-10.involved-not-heard");
    }

    @Test
    void awb99ACopyNeedsSomeoneInvolved() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThatThrownBy(() -> complaint.sendCopyToInvolved(TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-9.nobody-involved");
    }

    @Test
    void awb916OnTheCommitteeTrackTheAdviceComesBeforeTheDecision() {
        Complaint complaint = aRegisteredComplaint(RECEIVED, true);
        complaint.assign("BURGERZAKEN", HANNA);
        complaint.recordHearing(new Hearing(HearingParty.COMPLAINANT, RECEIVED.plusDays(20), "verslag"), TODAY);

        assertThatThrownBy(() -> complaint.decide(WELL_FOUNDED, CALENDAR, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-16.advice-missing");
        complaint.recordAdvice(new Advice(TODAY, "gegrond verklaren"), TODAY);
        complaint.decide(WELL_FOUNDED, CALENDAR, TODAY);
        assertThat(complaint.investigation().advice().advice()).isEqualTo("gegrond verklaren");
    }

    @Test
    void awb914AdviceOutsideTheCommitteeTrackIsRefused() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThatThrownBy(() -> complaint.recordAdvice(new Advice(TODAY, "advies"), TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-14.no-committee");
    }

    @Test
    void aDecisionAfterTheDeadlineIsRecordedAsLate() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.waiveComplainantHearing(HearingWaiverReason.CLEARLY_UNFOUNDED);
        LocalDate late = complaint.deadlines().dueDate().plusDays(1);

        complaint.decide(new Decision("b", Judgment.UNFOUNDED, "c", null, null), CALENDAR, late);

        assertThat(eventsOf(complaint, ComplaintEvent.Decided.class))
                .singleElement()
                .extracting(ComplaintEvent.Decided::withinTerm)
                .isEqualTo(false);
    }

    @Test
    void closureOnlyAfterADecision() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThatThrownBy(() -> complaint.close(TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.status.not-allowed");
    }
}
