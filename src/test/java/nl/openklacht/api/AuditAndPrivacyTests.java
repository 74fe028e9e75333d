package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.openklacht.api.Api.Answer;
import org.junit.jupiter.api.Test;

/** Every read and change of a case is on record with its actor; the complainant's details only for handlers. */
class AuditAndPrivacyTests extends ApiTestBase {

    @Test
    void openingACaseIsRecordedWithTheReadersUsername() {
        String reference = cases.anAssignedComplaint(HANDLER);

        Answer byManager = api.as(MANAGER).get(complaint(reference)).successful();
        Answer byHandler = api.as(HANDLER).get(complaint(reference)).successful();

        assertThat(byManager.history()).last().isEqualTo("VIEWED by manager");
        assertThat(byHandler.history()).endsWith("VIEWED by manager", "VIEWED by handler");
        assertThat(byHandler
                        .json()
                        .at("/history/" + (byHandler.history().size() - 1) + "/when")
                        .asString())
                .isNotBlank();
    }

    @Test
    void everyChangeIsRecordedWithWhoMadeIt() {
        String reference = cases.aLetterReceivedOn(LocalDate.now(AMSTERDAM).minusDays(2));
        cases.registered(reference, aRegistration());
        cases.assigned(reference, HANDLER);
        api.as(HANDLER)
                .post(action(reference, "acknowledgment"), body().with("sentOn", today().toString()))
                .successful();

        assertThat(api.as(COORDINATOR).get(complaint(reference)).history())
                .containsSubsequence(
                        "RECEIVED by coordinator",
                        "NATURE_DETERMINED by coordinator",
                        "REGISTERED by coordinator",
                        "ASSIGNED by coordinator",
                        "ACKNOWLEDGED by handler",
                        "VIEWED by coordinator");
    }

    @Test
    void aWebFormSubmissionIsRecordedAsComingFromThePublic() {
        String reference = cases.aWebFormSubmission();

        assertThat(api.as(COORDINATOR).get(complaint(reference)).history()).startsWith("RECEIVED by publiek");
    }

    @Test
    void aManagerSeesTheCaseWithoutTheComplainantsPersonalData() {
        String reference = cases.anAssignedComplaint(HANDLER);

        Answer seen = api.as(MANAGER).get(complaint(reference)).successful();

        assertThat(seen.json().at("/complainant").isNull()).isTrue();
        assertThat(seen.text("/text")).isNotBlank();
        assertThat(seen.toString()).doesNotContain("Fatima", "f.elamrani@example.nl", "Lindelaan");
    }

    @Test
    void theCoordinatorAndTheAssignedHandlerSeeTheComplainant() {
        String reference = cases.anAssignedComplaint(HANDLER);

        for (String who : new String[] {COORDINATOR, HANDLER}) {
            Answer seen = api.as(who).get(complaint(reference)).successful();
            assertThat(seen.text("/complainant/name")).as(who).isEqualTo("Fatima el Amrani");
            assertThat(seen.text("/complainant/email")).as(who).isEqualTo("f.elamrani@example.nl");
            assertThat(seen.text("/complainant/address/city")).as(who).isEqualTo("Klachtdorp");
        }
    }

    @Test
    void theWorkListCarriesNoPersonalData() {
        String reference = cases.anAssignedComplaint(HANDLER);

        Answer workList = api.as(COORDINATOR)
                .get("/api/v1/complaints?handler=handler&status=ASSIGNED&size=200")
                .successful();

        assertThat(workList.references()).contains(reference);
        assertThat(workList.toString()).doesNotContain("Fatima", "f.elamrani@example.nl");
    }
}
