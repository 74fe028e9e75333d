package nl.openklacht.complaint;

import static nl.openklacht.complaint.ComplaintFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.openklacht.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class OmbudsmanPhaseTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLOSED = RECEIVED.plusDays(20);
    private static final LocalDate LATER = CLOSED.plusMonths(3);

    @Test
    void aLaterOmbudsmanCaseIsLinkedAndKeepsTheFileTenYearsFromClosure() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.resolveInformally("per e-mail bevestigd", null, CLOSED);

        complaint.recordOmbudsmanCase(Ombudsman.NATIONAL, "NO-2026-7", LATER, LATER);

        assertThat(complaint.closure().ombudsmanCase().caseReference()).isEqualTo("NO-2026-7");
        assertThat(complaint.retention()).isEqualTo(new Retention(RetentionResult.VIA_OMBUDSMAN, CLOSED.plusYears(10)));
        assertThat(eventsOf(complaint, ComplaintEvent.OmbudsmanCaseOpened.class))
                .hasSize(1);
    }

    @Test
    void onlyOneOmbudsmanCaseAndOneOutcome() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.withdraw("weg", CLOSED);
        assertThatThrownBy(() -> complaint.recordOmbudsmanOutcome("x", LATER, LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.ombudsman.no-case");
        complaint.recordOmbudsmanCase(Ombudsman.MUNICIPAL, "OC-1", LATER, LATER);

        assertThatThrownBy(() -> complaint.recordOmbudsmanCase(Ombudsman.NATIONAL, "NO-1", LATER, LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.ombudsman.already");
        complaint.recordOmbudsmanOutcome("niet behoorlijk", LATER, LATER);
        assertThatThrownBy(() -> complaint.recordOmbudsmanOutcome("toch wel", LATER, LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.ombudsman.outcome-already");
    }

    @Test
    void underAnOmbudsmanCaseTheFileIsNotKeptShorter() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        complaint.withdraw("weg", CLOSED);
        complaint.recordOmbudsmanCase(Ombudsman.NATIONAL, "NO-9", LATER, LATER);

        assertThatThrownBy(() -> complaint.changeRetention(RetentionResult.BROKEN_OFF))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.retention.ombudsman");
        complaint.changeRetention(RetentionResult.AFFECTS_PERMANENT_CASE);
        assertThat(complaint.retention().destroyAfter()).isNull();
    }

    @Test
    void aReturnedLetterHasNoOmbudsmanPhase() {
        Complaint letter = aLetterReceivedOn(RECEIVED);
        letter.determineNature(
                new Triage(Kind.COMPLAINT, "niet voor ons", null, false, "Afzender", false, true), RECEIVED);

        assertThatThrownBy(() -> letter.recordOmbudsmanCase(Ombudsman.NATIONAL, "NO-1", LATER, LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.ombudsman.not-a-complaint");
    }

    @Test
    void anOpenComplaintOrARoutedMessageHasNoOmbudsmanPhase() {
        Complaint open = anAssignedComplaint(RECEIVED);
        assertThatThrownBy(() -> open.recordOmbudsmanCase(Ombudsman.NATIONAL, "NO-1", LATER, LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.status.not-allowed");

        Complaint report = aLetterReceivedOn(RECEIVED);
        report.determineNature(new Triage(Kind.REPORT, "melding", null, false, "Meldingen", false), RECEIVED);
        assertThatThrownBy(() -> report.recordOmbudsmanCase(Ombudsman.NATIONAL, "NO-1", LATER, LATER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.ombudsman.not-a-complaint");
    }
}
