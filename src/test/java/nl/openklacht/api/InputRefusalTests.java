package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Bad input is the caller's problem: 400, 404 or 422 as problem+json, never a 500. */
class InputRefusalTests extends ApiTestBase {

    @Test
    void aReceiptMomentInTheFutureIsRefused() {
        var letter = aLetter(Instant.now().plus(1, ChronoUnit.DAYS));

        assertThat(api.as(COORDINATOR).post("/api/v1/submissions", letter).problem(422))
                .contains("toekomst");
    }

    @Test
    void theWebFormCannotChooseItsOwnReceiptMoment() {
        var form = aWebForm()
                .with("receivedAt", Instant.now().minus(30, ChronoUnit.DAYS).toString());

        assertThat(api.anonymous().post("/api/v1/submissions", form).problem(422))
                .contains("medewerkers");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertThat(api.anonymous()
                        .postJson("/api/v1/submissions", "{\"channel\": \"WEBFORM\", \"text\": ")
                        .problem(400))
                .contains("JSON");
    }

    @Test
    void anUnknownChannelIsAnInvalidValue() {
        assertThat(api.anonymous()
                        .post("/api/v1/submissions", aWebForm().with("channel", "FAX"))
                        .problem(422))
                .contains("channel")
                .contains("FAX");
    }

    @Test
    void aTextOfMoreThanTwentyThousandCharactersIsRefused() {
        var form = aWebForm().with("text", "k".repeat(20_001));

        assertThat(api.anonymous().post("/api/v1/submissions", form).problem(422))
                .contains("text");
    }

    @Test
    void aTextOfExactlyTwentyThousandCharactersIsAccepted() {
        var form = aWebForm().with("text", "k".repeat(20_000));

        assertThat(api.anonymous().post("/api/v1/submissions", form).status()).isEqualTo(201);
    }

    @Test
    void aSubmissionWithoutTextIsRefused() {
        assertThat(api.anonymous()
                        .post("/api/v1/submissions", aWebForm().without("text"))
                        .problem(422))
                .contains("text");
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        assertThat(api.as(COORDINATOR).get(complaint("KL-1999-999999")).problem(404))
                .contains("KL-1999-999999");
        api.as(COORDINATOR)
                .post(action("KL-1999-999999", "triage"), aComplaintTriage())
                .problem(404);
    }

    @Test
    void anUnknownEnumValueInAnActionIsAnInvalidValue() {
        String reference = cases.anAssignedComplaint(HANDLER);

        assertThat(api.as(HANDLER)
                        .post(action(reference, "hearing-waiver"), body().with("reason", "GEEN_ZIN"))
                        .problem(422))
                .contains("reason");
    }

    @Test
    void anUnknownWorkListFilterValueIsABadRequest() {
        assertThat(api.as(COORDINATOR)
                        .get("/api/v1/complaints?status=VERZONNEN")
                        .problem(400))
                .contains("status");
    }

    @Test
    void aWorkListPageLargerThanTwoHundredIsABadRequest() {
        assertThat(api.as(COORDINATOR).get("/api/v1/complaints?size=500").problem(400))
                .contains("size tussen 1 en 200");
    }

    @Test
    void aDateBeyondWhatTheRegisterCanHoldIsAnInvalidValueNotAServerError() {
        var form = body().with("channel", "WEBFORM")
                .with("text", "Een klacht over iets heel ouds")
                .with("incidentDate", "-5000-01-01");

        assertThat(api.anonymous().post("/api/v1/submissions", form).problem(422))
                .contains("1900");
    }
}
