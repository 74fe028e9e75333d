package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the law or the lifecycle does not allow is refused with 409 and a detail that names the rule. */
class RuleRefusalTests extends ApiTestBase {

    @Test
    void aDecisionBeforeAnyInvestigationIsRefused() {
        String reference = cases.anAssignedComplaint(HANDLER);

        assertThat(api.as(HANDLER)
                        .post(action(reference, "decision"), aDecision())
                        .problem(409))
                .contains("fase \"toegewezen\"");
    }

    @Test
    void closureBeforeTheDecisionIsRefused() {
        String reference = cases.aComplaintUnderInvestigation(HANDLER);

        assertThat(api.as(HANDLER).post(action(reference, "closure")).problem(409))
                .contains("fase \"in onderzoek\"");
    }

    @Test
    void aSecondTriageIsRefused() {
        String reference = cases.triagedAsComplaint(cases.aWebFormSubmission());

        assertThat(api.as(COORDINATOR)
                        .post(action(reference, "triage"), aComplaintTriage())
                        .problem(409))
                .contains("fase \"aard bepaald\"");
    }

    @Test
    void aClosedComplaintCannotBeWithdrawn() {
        String reference = cases.aClosedComplaint();

        assertThat(api.as(COORDINATOR)
                        .post(action(reference, "withdrawal"), body().with("reason", "te laat"))
                        .problem(409))
                .contains("fase \"afgesloten\"");
    }

    @Test
    void anEmployeeNamedByUsernameAmongTheInvolvedCannotHandleTheComplaint() {
        String reference = cases.aRegisteredComplaint(aRegistration().with("involvedEmployees", List.of(HANDLER)));

        assertThat(api.as(COORDINATOR)
                        .post(action(reference, "assignment"), anAssignmentTo(HANDLER))
                        .problem(409))
                .contains("Awb 9:7");
    }

    @Test
    void anEmployeeNamedByDisplayNameAmongTheInvolvedCannotHandleTheComplaint() {
        String reference =
                cases.aRegisteredComplaint(aRegistration().with("involvedEmployees", List.of(HANS_BEHANDELAAR)));

        assertThat(api.as(COORDINATOR)
                        .post(action(reference, "assignment"), anAssignmentTo(HANDLER))
                        .problem(409))
                .contains("Awb 9:7");
    }

    @Test
    void anInvolvedEmployeeMayHandleAComplaintAboutTheAdministrativeBodyItself() {
        String reference = cases.aRegisteredComplaint(aRegistration()
                .with("involvedEmployees", List.of(HANS_BEHANDELAAR))
                .with("administrativeBody", "MAYOR")
                .with("concernsAdministrativeBody", true));

        var assigned = api.as(COORDINATOR)
                .post(action(reference, "assignment"), anAssignmentTo(HANDLER))
                .successful();

        assertThat(assigned.text("/status")).isEqualTo("ASSIGNED");
        assertThat(assigned.text("/handler")).isEqualTo(HANDLER);
    }

    @Test
    void aSecondExtensionIsRefused() {
        String reference = cases.anAssignedComplaint(HANDLER);
        api.as(HANDLER)
                .post(action(reference, "extension"), body().with("weeks", 2).with("reason", "drukte"))
                .successful();

        assertThat(api.as(HANDLER)
                        .post(
                                action(reference, "extension"),
                                body().with("weeks", 2).with("reason", "nog drukker"))
                        .problem(409))
                .contains("Awb 9:11 lid 2");
    }

    @Test
    void anExtensionOfMoreThanFourWeeksIsRefusedAsInvalid() {
        String reference = cases.anAssignedComplaint(HANDLER);

        assertThat(api.as(HANDLER)
                        .post(
                                action(reference, "extension"),
                                body().with("weeks", 5).with("reason", "drukte"))
                        .problem(422))
                .contains("Awb 9:11 lid 2");
    }

    @Test
    void anExtensionAfterTheDeadlineHasPassedIsRefused() {
        String reference = cases.registered(cases.aLetterReceivedOn(today().minusWeeks(8)), aRegistration());
        cases.assigned(reference, HANDLER);

        assertThat(api.as(HANDLER)
                        .post(
                                action(reference, "extension"),
                                body().with("weeks", 4).with("reason", "vergeten"))
                        .problem(409))
                .contains("Awb 9:11 lid 2");
    }

    @Test
    void declaringTheConductOlderThanAYearIsRefusedWhenTheIncidentIsRecent() {
        String reference = cases.anAssignedComplaint(HANDLER);

        assertThat(api.as(HANDLER)
                        .post(
                                action(reference, "not-handled"),
                                body().with("ground", "OLDER_THAN_ONE_YEAR").with("explanation", "te oud"))
                        .problem(409))
                .contains("Awb 9:8");
    }

    @Test
    void aDecisionWithoutHearingTheComplainantIsRefused() {
        String reference = cases.aComplaintUnderInvestigation(HANDLER);
        api.as(HANDLER)
                .post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();

        assertThat(api.as(HANDLER)
                        .post(action(reference, "decision"), aDecision())
                        .problem(409))
                .contains("Awb 9:10");
    }

    @Test
    void aDecisionOnTheCommitteeTrackWithoutTheAdviceIsRefused() {
        String reference = cases.aRegisteredComplaint(aRegistration().with("advisoryProcedure", true));
        cases.assigned(reference, HANDLER);
        Api.Caller handler = api.as(HANDLER);
        handler.post(action(reference, "involved-copy")).successful();
        handler.post(action(reference, "hearings"), aHearingOf("COMPLAINANT")).successful();
        handler.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();

        assertThat(handler.post(action(reference, "decision"), aDecision()).problem(409))
                .contains("Awb 9:16");
    }

    @Test
    void aDecisionWithoutACopyToTheInvolvedEmployeeIsRefused() {
        String reference = cases.anAssignedComplaint(HANDLER);
        Api.Caller handler = api.as(HANDLER);
        handler.post(action(reference, "hearings"), aHearingOf("COMPLAINANT")).successful();
        handler.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();

        assertThat(handler.post(action(reference, "decision"), aDecision()).problem(409))
                .contains("Awb 9:9");
    }
}
