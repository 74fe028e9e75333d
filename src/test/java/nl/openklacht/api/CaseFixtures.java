package nl.openklacht.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases in every stage, brought there through the API itself, as the people of the demo municipality would: the
 * public submits on the web form, the coordinator registers letters, triages, registers and assigns, the handler
 * investigates. Each fixture returns the complaint's reference and fails loudly when a step is refused.
 */
final class CaseFixtures {

    static final String COORDINATOR = "coordinator";
    static final String HANDLER = "handler";
    static final String HANDLER2 = "handler2";
    static final String MANAGER = "manager";
    static final String ADMIN = "admin";

    /** The demo handler's display name, as a complainant would write it. */
    static final String HANS_BEHANDELAAR = "Hans Behandelaar";

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Api api;

    CaseFixtures(Api api) {
        this.api = api;
    }

    static String complaint(String reference) {
        return "/api/v1/complaints/" + reference;
    }

    static String action(String reference, String action) {
        return complaint(reference) + "/" + action;
    }

    static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    /** A moment on the given Amsterdam date, in office hours. */
    static Instant onDate(LocalDate date) {
        return ZonedDateTime.of(date, LocalTime.of(11, 0), AMSTERDAM).toInstant();
    }

    // ---- request bodies ------------------------------------------------------------------------------------

    /** A JSON object to send, built fluently. */
    static final class Body extends LinkedHashMap<String, Object> {

        Body with(String field, Object value) {
            put(field, value);
            return this;
        }

        Body without(String field) {
            remove(field);
            return this;
        }
    }

    static Body body() {
        return new Body();
    }

    /** A citizen's complaint about rude treatment at the counter, as typed into the web form. */
    static Body aWebForm() {
        return body().with("channel", "WEBFORM")
                .with(
                        "complainant",
                        Map.of(
                                "name", "Fatima el Amrani",
                                "email", "f.elamrani@example.nl",
                                "phone", "06-12345678",
                                "address",
                                        Map.of(
                                                "street", "Lindelaan",
                                                "houseNumber", "12",
                                                "postalCode", "1234 AB",
                                                "city", "Klachtdorp")))
                .with("subject", "Onvriendelijk behandeld aan de balie")
                .with(
                        "text",
                        "Bij het ophalen van mijn paspoort werd ik door de baliemedewerker afgesnauwd en niet"
                                + " geholpen. Ik wil dat dit niet nog eens gebeurt.")
                .with("incidentDate", today().minusDays(10).toString())
                .with("involvedEmployees", List.of("Piet Balie"))
                .with("remedySought", "Excuses en een gesprek");
    }

    /** The same complaint, but on paper, registered by staff with the moment the letter arrived. */
    static Body aLetter(Instant receivedAt) {
        LocalDate conduct =
                receivedAt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate().minusDays(10);
        return aWebForm()
                .with("channel", "LETTER")
                .with("receivedAt", receivedAt.toString())
                .with("incidentDate", conduct.toString());
    }

    /** Registration with all Awb 9:4 facts present, for the college, without an advisory committee. */
    static Body aRegistration() {
        return body().with(
                        "formalRequirements",
                        Map.of(
                                "written", true,
                                "aboutConductTowardsComplainant", true,
                                "signed", true,
                                "nameAndAddressStated", true,
                                "dated", true,
                                "conductDescribed", true))
                .with("administrativeBody", "MAYOR_AND_ALDERMEN")
                .with("concernsAdministrativeBody", false)
                .with("advisoryProcedure", false)
                .with("department", "BURGERZAKEN");
    }

    static Body aComplaintTriage() {
        return body().with("kind", "COMPLAINT")
                .with("reason", "Gaat over bejegening aan de balie")
                .with("department", "BURGERZAKEN");
    }

    static Body anAssignmentTo(String handler) {
        return body().with("department", "BURGERZAKEN").with("handler", handler);
    }

    static Body aHearingOf(String party) {
        return body().with("party", party)
                .with("heldOn", today().toString())
                .with("report", "Hoorverslag: " + party + " heeft het voorval toegelicht.");
    }

    static Body aDecision() {
        return body().with("findings", "De medewerker was kortaf; de klant is niet geholpen.")
                .with("judgment", "WELL_FOUNDED")
                .with("conclusions", "De klacht is gegrond. Wij bieden excuses aan.")
                .with("measures", "Gesprek met de medewerker over bejegening.");
    }

    static Body anAdvice() {
        return body().with("receivedOn", today().toString())
                .with("advice", "De commissie adviseert de klacht gegrond te verklaren.");
    }

    // ---- cases, driven through the API ---------------------------------------------------------------------

    /** Submits a form: the public's web form anonymously, anything else (or with a receipt moment) as staff. */
    String submitted(Body form) {
        boolean public_ = "WEBFORM".equals(form.get("channel")) && !form.containsKey("receivedAt");
        Api.Caller caller = public_ ? api.anonymous() : api.as(COORDINATOR);
        return caller.post("/api/v1/submissions", form).successful().text("/reference");
    }

    String aWebFormSubmission() {
        return submitted(aWebForm());
    }

    String aLetterReceivedOn(Instant receivedAt) {
        return submitted(aLetter(receivedAt));
    }

    String aLetterReceivedOn(LocalDate receiptDate) {
        return aLetterReceivedOn(onDate(receiptDate));
    }

    /** Determined to be a complaint at triage. */
    String triagedAsComplaint(String reference) {
        coordinator().post(action(reference, "triage"), aComplaintTriage()).successful();
        return reference;
    }

    String registered(String reference, Body registration) {
        triagedAsComplaint(reference);
        coordinator().post(action(reference, "registration"), registration).successful();
        return reference;
    }

    String aRegisteredComplaint() {
        return registered(aWebFormSubmission(), aRegistration());
    }

    String aRegisteredComplaint(Body registration) {
        return registered(aWebFormSubmission(), registration);
    }

    String assigned(String reference, String handler) {
        coordinator()
                .post(action(reference, "assignment"), anAssignmentTo(handler))
                .successful();
        return reference;
    }

    String anAssignedComplaint(String handler) {
        return assigned(aRegisteredComplaint(), handler);
    }

    /** Assigned, and the involved employee has had a copy (Awb 9:9): the formal investigation runs. */
    String aComplaintUnderInvestigation(String handler) {
        String reference = anAssignedComplaint(handler);
        api.as(handler).post(action(reference, "involved-copy")).successful();
        return reference;
    }

    /** Both parties heard (Awb 9:10) and decided (Awb 9:12). */
    String aDecidedComplaint(String handler) {
        String reference = aComplaintUnderInvestigation(handler);
        Api.Caller caller = api.as(handler);
        caller.post(action(reference, "hearings"), aHearingOf("COMPLAINANT")).successful();
        caller.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();
        caller.post(action(reference, "decision"), aDecision()).successful();
        return reference;
    }

    String aClosedComplaint() {
        String reference = aDecidedComplaint(HANDLER);
        api.as(HANDLER).post(action(reference, "closure")).successful();
        return reference;
    }

    private Api.Caller coordinator() {
        return api.as(COORDINATOR);
    }
}
