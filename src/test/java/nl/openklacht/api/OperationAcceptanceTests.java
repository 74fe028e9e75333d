package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.openklacht.api.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Each operation accepts a lawful request and answers with the case as it now is. (The paths through the whole
 * procedure are in {@link ComplaintJourneyTests}.)
 */
class OperationAcceptanceTests extends ApiTestBase {

    @Test
    void aWebFormSubmissionIsReceivedWithANumberAndItsLocation() {
        Instant before = Instant.now();

        Answer receipt = api.anonymous().post("/api/v1/submissions", aWebForm());

        assertThat(receipt.status()).isEqualTo(201);
        String reference = receipt.text("/reference");
        assertThat(reference).matches("KL-\\d{4}-\\d{6}");
        assertThat(receipt.location()).endsWith("/api/v1/complaints/" + reference);
        assertThat(receipt.text("/status")).isEqualTo("RECEIVED");
        assertThat(Instant.parse(receipt.text("/receivedAt"))).isBetween(before.minusSeconds(5), Instant.now());
    }

    @Test
    void aLetterIsReceivedAsOfTheDayItArrived() {
        Instant arrived = onDate(today().minusDays(3));

        Answer receipt = api.as(COORDINATOR).post("/api/v1/submissions", aLetter(arrived));

        assertThat(receipt.status()).isEqualTo(201);
        Answer letter = api.as(COORDINATOR).get(complaint(receipt.text("/reference")));
        assertThat(letter.text("/channel")).isEqualTo("LETTER");
        assertThat(letter.text("/receivedAt")).isEqualTo(arrived.toString());
        assertThat(letter.text("/receiptDate")).isEqualTo(today().minusDays(3).toString());
        assertThat(letter.json().at("/involvedEmployees")).hasSize(1);
    }

    @Test
    void triageDeterminesAComplaintWithItsDepartment() {
        String reference = cases.aWebFormSubmission();

        Answer triaged = api.as(COORDINATOR)
                .post(action(reference, "triage"), aComplaintTriage())
                .successful();

        assertThat(triaged.text("/status")).isEqualTo("NATURE_DETERMINED");
        assertThat(triaged.text("/kind")).isEqualTo("COMPLAINT");
        assertThat(triaged.text("/department")).isEqualTo("BURGERZAKEN");
        assertThat(triaged.text("/triageReason")).isEqualTo("Gaat over bejegening aan de balie");
        assertThat(triaged.history()).last().isEqualTo("NATURE_DETERMINED by coordinator");
    }

    @Test
    void registrationRecordsTheAwb9_4FactsAndStartsTheClocks() {
        String reference = cases.triagedAsComplaint(cases.aWebFormSubmission());

        Answer registered = api.as(COORDINATOR)
                .post(
                        action(reference, "registration"),
                        aRegistration()
                                .with("department", "PARKEREN")
                                .with("involvedEmployees", List.of("Piet Balie", "Karin Parkeerwacht")))
                .successful();

        assertThat(registered.text("/status")).isEqualTo("REGISTERED");
        assertThat(registered.json().at("/formalRequirements/signed").asBoolean())
                .isTrue();
        assertThat(registered.text("/administrativeBody")).isEqualTo("MAYOR_AND_ALDERMEN");
        assertThat(registered.text("/department")).isEqualTo("PARKEREN");
        assertThat(registered.json().at("/involvedEmployees")).hasSize(2);
        LocalDate receipt = LocalDate.parse(registered.text("/receiptDate"));
        assertThat(LocalDate.parse(registered.text("/dueDate"))).isAfterOrEqualTo(receipt.plusWeeks(6));
        assertThat(LocalDate.parse(registered.text("/notHandledNoticeDue"))).isAfterOrEqualTo(receipt.plusWeeks(4));
        assertThat(LocalDate.parse(registered.text("/acknowledgmentDue"))).isAfter(receipt);
        assertThat(registered.history()).contains("REGISTERED by coordinator", "ACKNOWLEDGMENT_DUE by coordinator");
    }

    @Test
    void theAcknowledgmentIsRecordedOnceAndOnlyOnce() {
        String reference = cases.aRegisteredComplaint();

        Answer acknowledged = api.as(COORDINATOR)
                .post(action(reference, "acknowledgment"), body().with("sentOn", today().toString()))
                .successful();

        assertThat(acknowledged.text("/acknowledgedOn")).isEqualTo(today().toString());
        assertThat(acknowledged.history()).last().isEqualTo("ACKNOWLEDGED by coordinator");
        assertThat(api.as(COORDINATOR)
                        .post(action(reference, "acknowledgment"), body().with("sentOn", today().toString()))
                        .problem(409))
                .contains("Awb 9:6");
    }

    @Test
    void assignmentNamesTheDepartmentAndHandlerAndMayBeChanged() {
        String reference = cases.aRegisteredComplaint();

        Answer assigned = api.as(COORDINATOR)
                .post(action(reference, "assignment"), anAssignmentTo(HANDLER).with("department", "AFVAL"))
                .successful();
        assertThat(assigned.text("/status")).isEqualTo("ASSIGNED");
        assertThat(assigned.text("/department")).isEqualTo("AFVAL");
        assertThat(assigned.text("/handler")).isEqualTo(HANDLER);

        Answer reassigned = api.as(COORDINATOR)
                .post(action(reference, "assignment"), anAssignmentTo(HANDLER2))
                .successful();
        assertThat(reassigned.text("/handler")).isEqualTo(HANDLER2);
        assertThat(reassigned.history()).endsWith("ASSIGNED by coordinator", "ASSIGNED by coordinator");
    }

    @Test
    void informalContactIsRecordedWhileTheClockRuns() {
        String reference = cases.anAssignedComplaint(HANDLER);
        String dueBefore = api.as(HANDLER).get(complaint(reference)).text("/currentDueDate");

        Answer contacted = api.as(HANDLER)
                .post(
                        action(reference, "informal-contact"),
                        body().with("contactedOn", today().toString()).with("notes", "Teruggebeld"))
                .successful();

        assertThat(contacted.text("/status")).isEqualTo("ASSIGNED");
        assertThat(contacted.text("/informal/contactedOn")).isEqualTo(today().toString());
        assertThat(contacted.text("/informal/notes")).isEqualTo("Teruggebeld");
        assertThat(dueBefore).isNotNull();
        assertThat(contacted.text("/currentDueDate")).isEqualTo(dueBefore);
    }

    @Test
    void aHearingWaiverRecordsItsReasonAndStartsTheInvestigation() {
        String reference = cases.anAssignedComplaint(HANDLER);

        Answer waived = api.as(HANDLER)
                .post(action(reference, "hearing-waiver"), body().with("reason", "CLEARLY_UNFOUNDED"))
                .successful();

        assertThat(waived.text("/status")).isEqualTo("INVESTIGATION");
        assertThat(waived.text("/complainantHearingWaiver")).isEqualTo("CLEARLY_UNFOUNDED");
        assertThat(waived.history()).last().isEqualTo("COMPLAINANT_HEARING_WAIVED by handler");
    }

    @Test
    void theCoordinatorReadsACaseAndFiltersTheWorkList() {
        String reference = cases.anAssignedComplaint(HANDLER2);

        Answer read = api.as(COORDINATOR).get(complaint(reference)).successful();
        Answer workList = api.as(COORDINATOR)
                .get("/api/v1/complaints?status=ASSIGNED&kind=COMPLAINT&department=BURGERZAKEN&handler=handler2"
                        + "&overdue=false&page=0&size=200")
                .successful();

        assertThat(read.text("/reference")).isEqualTo(reference);
        assertThat(read.text("/handler")).isEqualTo(HANDLER2);
        assertThat(workList.references()).contains(reference);
        assertThat(workList.json().at("/content"))
                .allSatisfy(line -> assertThat(line.at("/status").asString()).isEqualTo("ASSIGNED"));
        assertThat(workList.json().at("/page/size").asInt()).isEqualTo(200);
        assertThat(workList.json().at("/page/totalElements").asLong()).isPositive();
    }

    @Test
    void aManagerSeesTheWholeWorkList() {
        String reference = cases.anAssignedComplaint(HANDLER2);

        assertThat(api.as(MANAGER)
                        .get("/api/v1/complaints?handler=handler2&status=ASSIGNED&size=200")
                        .successful()
                        .references())
                .contains(reference);
    }

    @Test
    void anAdminChangesARoutingRuleAndTriageFollowsIt() {
        Api.Caller admin = api.as(ADMIN);
        var original = admin.get("/api/v1/triage/routing-rules").successful().json();
        String originalDestination = null;
        String originalDescription = null;
        for (var rule : original) {
            if (rule.at("/kind").asString().equals("OTHER")) {
                originalDestination = rule.at("/destination").asString();
                originalDescription = rule.at("/description").asString();
            }
        }
        assertThat(originalDestination).isNotNull();
        try {
            Answer saved = admin.put(
                            "/api/v1/triage/routing-rules/OTHER",
                            body().with("destination", "  Documentaire informatievoorziening  ")
                                    .with("description", "Overige post naar DIV"))
                    .successful();
            assertThat(saved.text("/destination")).isEqualTo("Documentaire informatievoorziening");
            assertThat(api.as(COORDINATOR)
                            .get("/api/v1/triage/routing-rules")
                            .successful()
                            .toString())
                    .contains("Documentaire informatievoorziening");

            String reference = cases.aWebFormSubmission();
            Answer routed = api.as(COORDINATOR)
                    .post(action(reference, "triage"), body().with("kind", "OTHER"))
                    .successful();
            assertThat(routed.text("/routedTo")).isEqualTo("Documentaire informatievoorziening");
        } finally {
            admin.put(
                            "/api/v1/triage/routing-rules/OTHER",
                            body().with("destination", originalDestination).with("description", originalDescription))
                    .successful();
        }
    }
}
