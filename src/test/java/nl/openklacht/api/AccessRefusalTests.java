package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may do what: the wrong role gets 403, nobody signed in gets 401, both as problem+json. */
class AccessRefusalTests extends ApiTestBase {

    @Test
    void aHandlerMayNotTriage() {
        String reference = cases.aWebFormSubmission();

        api.as(HANDLER).post(action(reference, "triage"), aComplaintTriage()).problem(403);
        assertThat(api.as(COORDINATOR).get(complaint(reference)).text("/status"))
                .isEqualTo("RECEIVED");
    }

    @Test
    void aManagerReadsButDoesNotAct() {
        String reference = cases.anAssignedComplaint(HANDLER);

        api.as(MANAGER)
                .post(action(reference, "withdrawal"), body().with("reason", "namens klager"))
                .problem(403);
        api.as(MANAGER).post(action(reference, "involved-copy")).problem(403);
        api.as(MANAGER).get(complaint(reference)).successful();
    }

    @Test
    void aHandlerMayNotActOnOrReadACaseAssignedToAColleague() {
        String reference = cases.anAssignedComplaint(HANDLER2);

        api.as(HANDLER).post(action(reference, "involved-copy")).problem(403);
        api.as(HANDLER).get(complaint(reference)).problem(403);
        assertThat(api.as(COORDINATOR).get(complaint(reference)).text("/status"))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void anAdminConfiguresButDoesNotHandleCases() {
        String reference = cases.triagedAsComplaint(cases.aWebFormSubmission());

        api.as(ADMIN).post(action(reference, "registration"), aRegistration()).problem(403);
        api.as(ADMIN).post(action(reference, "withdrawal"), body()).problem(403);
        api.as(ADMIN)
                .post("/api/v1/submissions", aLetter(java.time.Instant.now().minusSeconds(86_400 * 30)))
                .problem(403);
        api.as(MANAGER)
                .post("/api/v1/submissions", aLetter(java.time.Instant.now().minusSeconds(86_400)))
                .problem(403);
    }

    @Test
    void onlyAnAdminChangesTheRoutingRules() {
        api.as(COORDINATOR)
                .put("/api/v1/triage/routing-rules/OTHER", body().with("destination", "Prullenbak"))
                .problem(403);
    }

    @Test
    void registeringALetterNeedsASignedInStaffMember() {
        var answer = api.anonymous().post("/api/v1/submissions", aWebForm().with("channel", "LETTER"));

        answer.problem(401);
    }

    @Test
    void aCaseIsNotShownToSomeoneWhoIsNotSignedIn() {
        String reference = cases.aWebFormSubmission();

        api.anonymous().get(complaint(reference)).problem(401);
    }

    @Test
    void anUnknownStaffMemberIsNotSignedIn() {
        api.as("onbekende-medewerker").get("/api/v1/complaints").problem(401);
        api.anonymous().get("/api/v1/complaints").problem(401);
    }
}
