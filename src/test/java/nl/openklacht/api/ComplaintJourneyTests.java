package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.openklacht.api.Api.Answer;
import nl.openklacht.calendar.StatutoryCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of DOMAIN.md §5, walked end to end through the API. */
class ComplaintJourneyTests extends ApiTestBase {

    @Autowired
    StatutoryCalendar calendar;

    @Test
    void aReportIsRoutedWhereItsRoutingRuleSaysAndClosedWithoutAComplaintDeadline() {
        String reference = cases.aWebFormSubmission();
        String destination = destinationOf("REPORT");

        Answer routed = api.as(COORDINATOR)
                .post(
                        action(reference, "triage"),
                        body().with("kind", "REPORT").with("reason", "Een kapotte lantaarnpaal, geen klacht"))
                .successful();

        assertThat(routed.text("/status")).isEqualTo("CLOSED");
        assertThat(routed.text("/kind")).isEqualTo("REPORT");
        assertThat(routed.text("/outcome")).isEqualTo("ROUTED");
        assertThat(routed.text("/routedTo")).isEqualTo(destination);
        assertThat(routed.text("/dueDate")).isNull();
        assertThat(routed.text("/closedOn")).isEqualTo(today().toString());
        assertThat(routed.history()).contains("NATURE_DETERMINED by coordinator", "CLOSED by coordinator");
    }

    @Test
    void aMessageForAnotherBodyIsForwardedUnderAwb2_3ToTheNamedRecipient() {
        String reference = cases.aWebFormSubmission();

        Answer forwarded = api.as(COORDINATOR)
                .post(
                        action(reference, "triage"),
                        body().with("kind", "COMPLAINT")
                                .with("reason", "Gaat over de Belastingdienst, niet over de gemeente")
                                .with("forwardTo", "Belastingdienst"))
                .successful();

        assertThat(forwarded.text("/status")).isEqualTo("CLOSED");
        assertThat(forwarded.text("/outcome")).isEqualTo("FORWARDED");
        assertThat(forwarded.text("/routedTo")).isEqualTo("Belastingdienst");
        assertThat(forwarded.text("/dueDate")).isNull();
    }

    @Test
    void aComplaintResolvedToTheComplainantsSatisfactionIsClosedAndKeptFiveYears() {
        String reference = cases.anAssignedComplaint(HANDLER);
        Api.Caller handler = api.as(HANDLER);

        handler.post(
                        action(reference, "informal-contact"),
                        body().with("contactedOn", today().toString())
                                .with("notes", "Gebeld; excuses aangeboden namens de afdeling."))
                .successful();
        Answer resolved = handler.post(
                        action(reference, "informal-resolution"),
                        body().with("confirmation", "Klager bevestigde per e-mail tevreden te zijn"))
                .successful();

        assertThat(resolved.text("/status")).isEqualTo("CLOSED");
        assertThat(resolved.text("/outcome")).isEqualTo("RESOLVED_INFORMALLY");
        assertThat(resolved.text("/informal/contactedOn")).isEqualTo(today().toString());
        assertThat(resolved.text("/informal/confirmation")).contains("tevreden");
        assertRetention(resolved, "HANDLED", "13.1", 5);
        assertThat(resolved.history())
                .contains(
                        "INFORMAL_CONTACT_RECORDED by handler", "RESOLVED_INFORMALLY by handler", "CLOSED by handler");
    }

    @Test
    void aComplaintNotHandledOnAnAwb9_8GroundIsClosedForOneYearAndItsNoticeRecorded() {
        String reference = cases.anAssignedComplaint(HANDLER);

        Answer declined = api.as(HANDLER)
                .post(
                        action(reference, "not-handled"),
                        body().with("ground", "ALREADY_HANDLED")
                                .with("explanation", "Dezelfde gedraging is vorig jaar al als klacht behandeld."))
                .successful();

        assertThat(declined.text("/status")).isEqualTo("CLOSED");
        assertThat(declined.text("/outcome")).isEqualTo("NOT_HANDLED");
        assertThat(declined.text("/notHandled/ground")).isEqualTo("ALREADY_HANDLED");
        assertThat(declined.text("/notHandled/noticeSentOn")).isNull();
        assertRetention(declined, "NOT_HANDLED", "13.1.4", 1);

        Answer noticed = api.as(HANDLER)
                .post(action(reference, "not-handled-notice"), body().with("sentOn", today().toString()))
                .successful();

        assertThat(noticed.text("/notHandled/noticeSentOn")).isEqualTo(today().toString());
        assertThat(noticed.history()).contains("NOT_HANDLED by handler", "NOT_HANDLED_NOTICE_SENT by handler");
    }

    @Test
    void aFormalComplaintIsCopiedToTheInvolvedEmployeeHeardDecidedAndClosed() {
        String reference = cases.anAssignedComplaint(HANDLER);
        Api.Caller handler = api.as(HANDLER);

        Answer copied = handler.post(action(reference, "involved-copy")).successful();
        assertThat(copied.text("/status")).isEqualTo("INVESTIGATION");
        assertThat(copied.text("/involvedCopySentOn")).isEqualTo(today().toString());

        handler.post(action(reference, "hearings"), aHearingOf("COMPLAINANT")).successful();
        Answer heard = handler.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();
        assertThat(heard.json().at("/hearings")).hasSize(2);
        assertThat(heard.text("/hearings/0/party")).isEqualTo("COMPLAINANT");
        assertThat(heard.text("/hearings/1/party")).isEqualTo("INVOLVED_EMPLOYEE");
        assertThat(heard.text("/hearings/1/report")).startsWith("Hoorverslag");

        Answer decided =
                handler.post(action(reference, "decision"), aDecision()).successful();
        assertThat(decided.text("/status")).isEqualTo("DECIDED");
        assertThat(decided.text("/judgment")).isEqualTo("WELL_FOUNDED");
        assertThat(decided.text("/decision/decidedOn")).isEqualTo(today().toString());
        assertThat(decided.text("/decision/findings")).isNotBlank();

        Answer closed = handler.post(action(reference, "closure")).successful();
        assertThat(closed.text("/status")).isEqualTo("CLOSED");
        assertThat(closed.text("/outcome")).isEqualTo("DECIDED");
        assertRetention(closed, "HANDLED", "13.1", 5);
        assertThat(closed.history())
                .containsSubsequence(
                        "RECEIVED by publiek",
                        "NATURE_DETERMINED by coordinator",
                        "REGISTERED by coordinator",
                        "ASSIGNED by coordinator",
                        "INVOLVED_COPY_SENT by handler",
                        "HEARING_RECORDED by handler",
                        "HEARING_RECORDED by handler",
                        "DECIDED by handler",
                        "CLOSED by handler");
    }

    @Test
    void onTheCommitteeTrackTheTermIsTenWeeksAndTheDecisionWaitsForTheAdvice() {
        String reference = cases.aWebFormSubmission();
        api.as(COORDINATOR)
                .post(action(reference, "triage"), aComplaintTriage().with("advisoryProcedure", true))
                .successful();
        Answer registered = api.as(COORDINATOR)
                .post(action(reference, "registration"), aRegistration().with("advisoryProcedure", true))
                .successful();
        LocalDate receipt = LocalDate.parse(registered.text("/receiptDate"));
        assertThat(registered.json().at("/advisoryProcedure").asBoolean()).isTrue();
        assertThat(registered.text("/dueDate"))
                .isEqualTo(calendar.roll(receipt.plusWeeks(10)).toString());

        cases.assigned(reference, HANDLER);
        Api.Caller handler = api.as(HANDLER);
        handler.post(action(reference, "involved-copy")).successful();
        handler.post(action(reference, "hearings"), aHearingOf("COMPLAINANT")).successful();
        handler.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();

        assertThat(handler.post(action(reference, "decision"), aDecision()).problem(409))
                .contains("Awb 9:16");

        Answer advised = handler.post(action(reference, "advice"), anAdvice()).successful();
        assertThat(advised.text("/advice/receivedOn")).isEqualTo(today().toString());
        assertThat(advised.text("/advice/advice")).contains("commissie");

        assertThat(handler.post(action(reference, "decision"), aDecision())
                        .successful()
                        .text("/status"))
                .isEqualTo("DECIDED");
    }

    @Test
    void theCommitteeTrackChosenAtTriageCarriesOverToARegistrationThatDoesNotRepeatIt() {
        String reference = cases.aWebFormSubmission();
        api.as(COORDINATOR)
                .post(action(reference, "triage"), aComplaintTriage().with("advisoryProcedure", true))
                .successful();

        Answer registered = api.as(COORDINATOR)
                .post(action(reference, "registration"), aRegistration().without("advisoryProcedure"))
                .successful();

        LocalDate receipt = LocalDate.parse(registered.text("/receiptDate"));
        assertThat(registered.json().at("/advisoryProcedure").asBoolean()).isTrue();
        assertThat(registered.text("/dueDate"))
                .isEqualTo(calendar.roll(receipt.plusWeeks(10)).toString());
    }

    @Test
    void aComplainantWhoWaivesTheirHearingNeedNotBeHeardBeforeTheDecision() {
        String reference = cases.aComplaintUnderInvestigation(HANDLER);
        Api.Caller handler = api.as(HANDLER);

        Answer waived = handler.post(action(reference, "hearing-waiver"), body().with("reason", "WAIVED"))
                .successful();
        assertThat(waived.text("/complainantHearingWaiver")).isEqualTo("WAIVED");

        handler.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();
        Answer decided = handler.post(action(reference, "decision"), aDecision().with("judgment", "UNFOUNDED"))
                .successful();

        assertThat(decided.text("/status")).isEqualTo("DECIDED");
        assertThat(decided.text("/judgment")).isEqualTo("UNFOUNDED");
        assertThat(decided.json().at("/hearings")).hasSize(1);
    }

    @Test
    void aSubmissionCanBeWithdrawnBeforeTriage() {
        String reference = cases.aWebFormSubmission();

        assertWithdrawnBy(COORDINATOR, reference);
    }

    @Test
    void aRegisteredComplaintCanBeWithdrawn() {
        assertWithdrawnBy(COORDINATOR, cases.aRegisteredComplaint());
    }

    @Test
    void aComplaintUnderInvestigationCanBeWithdrawnThroughItsHandler() {
        assertWithdrawnBy(HANDLER, cases.aComplaintUnderInvestigation(HANDLER));
    }

    @Test
    void anExtensionKeepsTheStatutoryDateAndAddsItsWeeksToTheUnrolledTerm() {
        LocalDate lastSaturday = today().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        String reference = cases.registered(cases.aLetterReceivedOn(lastSaturday), aRegistration());
        cases.assigned(reference, HANDLER);
        LocalDate statutory = calendar.roll(lastSaturday.plusWeeks(6));

        Answer extended = api.as(HANDLER)
                .post(
                        action(reference, "extension"),
                        body().with("weeks", 4).with("reason", "Betrokken medewerker is op vakantie"))
                .successful();

        LocalDate rawEnd = lastSaturday.plusWeeks(10);
        assertThat(extended.text("/dueDate")).isEqualTo(statutory.toString());
        assertThat(extended.json().at("/extensionWeeks").asInt()).isEqualTo(4);
        assertThat(rawEnd.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(extended.text("/extendedDueDate"))
                .isEqualTo(calendar.roll(rawEnd).toString())
                .isNotEqualTo(rawEnd.toString());
        assertThat(extended.text("/currentDueDate")).isEqualTo(extended.text("/extendedDueDate"));
        assertThat(extended.history()).contains("EXTENDED by handler");
    }

    @Test
    void aFurtherDelayNeedsTheComplainantsWrittenConsentAndMovesTheDeadlineInForce() {
        String reference = cases.anAssignedComplaint(HANDLER);
        String statutory = api.as(HANDLER).get(complaint(reference)).text("/dueDate");
        LocalDate agreed = LocalDate.parse(statutory).plusWeeks(8);

        Answer delayed = api.as(HANDLER)
                .post(
                        action(reference, "consented-delay"),
                        body().with("newDueDate", agreed.toString()).with("consentReceivedOn", today().toString()))
                .successful();

        assertThat(delayed.text("/dueDate")).isEqualTo(statutory);
        assertThat(delayed.text("/consentedDueDate")).isEqualTo(agreed.toString());
        assertThat(delayed.text("/consentReceivedOn")).isEqualTo(today().toString());
        assertThat(delayed.text("/currentDueDate")).isEqualTo(agreed.toString());
        assertThat(delayed.history()).contains("DELAY_CONSENTED by handler");
    }

    @Test
    void aLaterOmbudsmanCaseChangesTheRetentionOfAClosedComplaintToTenYears() {
        String reference = cases.aClosedComplaint();

        Answer changed = api.as(COORDINATOR)
                .post(action(reference, "retention"), body().with("result", "VIA_OMBUDSMAN"))
                .successful();

        assertThat(changed.text("/status")).isEqualTo("CLOSED");
        assertRetention(changed, "VIA_OMBUDSMAN", "13.1.2", 10);
        assertThat(changed.history()).contains("RETENTION_CHANGED by coordinator");
    }

    @Test
    void aLetterNotMeantForTheMunicipalityIsReturnedToItsSender() {
        String reference = cases.aWebFormSubmission();

        Answer returned = api.as(COORDINATOR)
                .post(
                        action(reference, "triage"),
                        body().with("kind", "OTHER")
                                .with("reason", "bestemd voor de Belastingdienst, niet voor een bestuursorgaan")
                                .with("returnToSender", true))
                .successful();

        assertThat(returned.text("/status")).isEqualTo("CLOSED");
        assertThat(returned.text("/outcome")).isEqualTo("RETURNED");
        assertThat(returned.text("/routedTo")).isEqualTo("Afzender (teruggezonden)");
        assertThat(returned.json().at("/dueDate").isNull()).isTrue();
    }

    @Test
    void theOmbudsmanPhaseIsLinkedToTheClosedComplaintAndKeepsItTenYears() {
        String reference = cases.aClosedComplaint();

        Answer opened = api.as(COORDINATOR)
                .post(
                        action(reference, "ombudsman-case"),
                        body().with("ombudsman", "NATIONAL")
                                .with("caseReference", "NO-2026-01234")
                                .with("openedOn", today().toString()))
                .successful();
        assertThat(opened.text("/ombudsmanCase/caseReference")).isEqualTo("NO-2026-01234");
        assertRetention(opened, "VIA_OMBUDSMAN", "13.1.2", 10);
        assertThat(opened.history())
                .contains("OMBUDSMAN_CASE_OPENED by coordinator", "RETENTION_CHANGED by coordinator");

        Answer concluded = api.as(COORDINATOR)
                .post(
                        action(reference, "ombudsman-outcome"),
                        body().with("outcome", "Behoorlijk gehandeld; geen aanbeveling")
                                .with("on", today().toString()))
                .successful();
        assertThat(concluded.text("/ombudsmanCase/outcome")).isEqualTo("Behoorlijk gehandeld; geen aanbeveling");

        assertThat(api.as(COORDINATOR)
                        .post(
                                action(reference, "ombudsman-case"),
                                body().with("ombudsman", "MUNICIPAL")
                                        .with("caseReference", "OC-2")
                                        .with("openedOn", today().toString()))
                        .problem(409))
                .contains("NO-2026-01234");
    }

    @Test
    void anOpenComplaintHasNoOmbudsmanPhaseYet() {
        String reference = cases.anAssignedComplaint(HANDLER);

        api.as(COORDINATOR)
                .post(
                        action(reference, "ombudsman-case"),
                        body().with("ombudsman", "NATIONAL")
                                .with("caseReference", "NO-1")
                                .with("openedOn", today().toString()))
                .problem(409);
        api.as(HANDLER)
                .post(
                        action(reference, "ombudsman-outcome"),
                        body().with("outcome", "x").with("on", today().toString()))
                .problem(403);
    }

    private void assertWithdrawnBy(String who, String reference) {
        Answer withdrawn = api.as(who)
                .post(action(reference, "withdrawal"), body().with("reason", "Klager trekt de klacht in"))
                .successful();

        assertThat(withdrawn.text("/status")).isEqualTo("CLOSED");
        assertThat(withdrawn.text("/outcome")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.text("/withdrawalReason")).isEqualTo("Klager trekt de klacht in");
        assertRetention(withdrawn, "BROKEN_OFF", "13.2", 1);
        assertThat(withdrawn.history()).contains("WITHDRAWN by " + who, "CLOSED by " + who);
    }

    private static void assertRetention(Answer answer, String result, String code, int years) {
        LocalDate closedOn = LocalDate.parse(answer.text("/closedOn"));
        assertThat(closedOn).isEqualTo(today());
        assertThat(answer.text("/retention/result")).isEqualTo(result);
        assertThat(answer.text("/retention/selectionListCode")).isEqualTo(code);
        assertThat(answer.text("/retention/destroyAfter"))
                .isEqualTo(closedOn.plusYears(years).toString());
    }

    private String destinationOf(String kind) {
        for (var rule : api.as(COORDINATOR)
                .get("/api/v1/triage/routing-rules")
                .successful()
                .json()) {
            if (rule.at("/kind").asString().equals(kind)) {
                return rule.at("/destination").asString();
            }
        }
        throw new AssertionError("no routing rule for " + kind);
    }
}
