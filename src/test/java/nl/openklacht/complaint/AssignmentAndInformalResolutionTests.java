package nl.openklacht.complaint;

import static nl.openklacht.complaint.ComplaintFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.openklacht.platform.InvalidValue;
import nl.openklacht.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class AssignmentAndInformalResolutionTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void aHandlerWhoWasNotInvolvedIsAssigned() {
        Complaint complaint = aRegisteredComplaint(RECEIVED, false, "Kees de Boer");

        complaint.assign("BURGERZAKEN", HANS);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.ASSIGNED);
        assertThat(complaint.handler()).isEqualTo("handler");
        assertThat(eventsOf(complaint, ComplaintEvent.Assigned.class)).hasSize(1);
    }

    @Test
    void awb97RefusesAHandlerNamedAmongTheInvolvedByUsername() {
        Complaint complaint = aRegisteredComplaint(RECEIVED, false, "HANDLER");

        assertThatThrownBy(() -> complaint.assign("BURGERZAKEN", HANS))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.awb-9-7.handler-involved");
        assertThat(complaint.handler()).isNull();
    }

    @Test
    void awb97RefusesAHandlerNamedAmongTheInvolvedByName() {
        Complaint complaint = aRegisteredComplaint(RECEIVED, false, "hans  behandelaar");

        assertThatThrownBy(() -> complaint.assign("BURGERZAKEN", HANS)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void awb97Lid2AllowsItWhenTheComplaintConcernsTheAdministrativeBodyItself() {
        Complaint complaint = aComplaintTriagedOn(RECEIVED, false, "Hans Behandelaar");
        complaint.register(
                new Registration(ALL_MET, AdministrativeBody.MAYOR, true, false, null, null), CALENDAR, 5, RECEIVED);

        complaint.assign("BURGERZAKEN", HANS);

        assertThat(complaint.handler()).isEqualTo("handler");
    }

    @Test
    void reassignmentKeepsTheFormalStageAndStillChecksAwb97() {
        Complaint complaint = anAssignedComplaint(RECEIVED, "Hans Behandelaar");
        complaint.sendCopyToInvolved(RECEIVED.plusDays(3));

        assertThatThrownBy(() -> complaint.assign("BURGERZAKEN", HANS)).isInstanceOf(RuleViolation.class);
        complaint.assign("AFVAL", HANNA);
        assertThat(complaint.status()).isEqualTo(Complaint.Status.INVESTIGATION);
        assertThat(complaint.department()).isEqualTo("AFVAL");
    }

    @Test
    void assignmentBeforeRegistrationIsRefused() {
        Complaint complaint = aComplaintTriagedOn(RECEIVED, false);

        assertThatThrownBy(() -> complaint.assign("BURGERZAKEN", HANS))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.status.not-allowed");
    }

    @Test
    void awb95InformalResolutionNeedsARecordedConfirmationAndClosesAsHandled() {
        Complaint complaint = anAssignedComplaint(RECEIVED);
        LocalDate today = RECEIVED.plusDays(9);

        assertThatThrownBy(() -> complaint.resolveInformally(" ", null, today))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.awb-9-5.confirmation-missing");
        complaint.recordInformalContact(RECEIVED.plusDays(4), "gebeld, excuses aangeboden", today);
        complaint.resolveInformally("Bevestigd per e-mail van 11 maart", null, today);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.RESOLVED_INFORMALLY);
        assertThat(complaint.informal().notes()).isEqualTo("gebeld, excuses aangeboden");
        assertThat(complaint.retention()).isEqualTo(new Retention(RetentionResult.HANDLED, today.plusYears(5)));
    }

    @Test
    void informalContactCannotLieInTheFuture() {
        Complaint complaint = anAssignedComplaint(RECEIVED);

        assertThatThrownBy(() -> complaint.recordInformalContact(RECEIVED.plusDays(5), "x", RECEIVED.plusDays(4)))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.date.future");
    }
}
