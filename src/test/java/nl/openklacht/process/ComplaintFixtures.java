package nl.openklacht.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.Address;
import nl.openklacht.complaint.AdministrativeBody;
import nl.openklacht.complaint.Advice;
import nl.openklacht.complaint.Channel;
import nl.openklacht.complaint.Complainant;
import nl.openklacht.complaint.ComplaintLifecycle;
import nl.openklacht.complaint.Decision;
import nl.openklacht.complaint.FormalRequirements;
import nl.openklacht.complaint.Hearing;
import nl.openklacht.complaint.HearingParty;
import nl.openklacht.complaint.Judgment;
import nl.openklacht.complaint.Kind;
import nl.openklacht.complaint.Registration;
import nl.openklacht.complaint.Submission;
import nl.openklacht.complaint.Triage;
import nl.openklacht.intake.Intake;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Complaints at every stage of their life, brought there through the real use cases by the demo staff: the
 * coordinator triages, registers and assigns; the handler does the handling.
 */
class ComplaintFixtures {

    static final String DEPARTMENT = "BURGERZAKEN";

    private final Intake intake;
    private final ComplaintLifecycle lifecycle;
    private final UserDetailsService staff;
    private final Clock clock;

    ComplaintFixtures(Intake intake, ComplaintLifecycle lifecycle, UserDetailsService staff, Clock clock) {
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.staff = staff;
        this.clock = clock;
    }

    String aReceivedComplaint() {
        return aComplaintReceivedAt(clock.instant());
    }

    /** Staff may register a letter days after it arrived: the receipt date lies in the past. */
    String aComplaintReceivedOn(LocalDate day) {
        return aComplaintReceivedAt(
                day.atTime(10, 0).atZone(StatutoryCalendar.AMSTERDAM).toInstant());
    }

    String aComplaintReceivedAt(Instant receivedAt) {
        return intake.receive(new Submission(
                        Channel.EMAIL,
                        receivedAt,
                        new Complainant(
                                "Jan Jansen",
                                "jan@example.nl",
                                null,
                                new Address("Dorpsstraat", "1", "1234 AB", "Ons Dorp")),
                        "Onvriendelijk behandeld aan de balie",
                        "De medewerker aan de balie was onbeschoft tegen mij.",
                        null,
                        List.of("Piet Pietersen"),
                        "Excuses"))
                .reference();
    }

    void triageAsComplaint(String reference) {
        as(
                "coordinator",
                () -> lifecycle.determineNature(
                        reference, new Triage(Kind.COMPLAINT, "Gaat over bejegening", DEPARTMENT, false, null, false)));
    }

    void triageAsReport(String reference) {
        as(
                "coordinator",
                () -> lifecycle.determineNature(
                        reference, new Triage(Kind.REPORT, "Kapotte lantaarnpaal", null, false, "Meldingen", false)));
    }

    String aComplaintReadyForRegistration() {
        String reference = aReceivedComplaint();
        triageAsComplaint(reference);
        return reference;
    }

    String aRegisteredComplaint() {
        String reference = aReceivedComplaint();
        triageAsComplaint(reference);
        register(reference);
        return reference;
    }

    String aComplaintRegisteredOn(LocalDate receiptDay) {
        String reference = aComplaintReceivedOn(receiptDay);
        triageAsComplaint(reference);
        register(reference);
        return reference;
    }

    void register(String reference) {
        FormalRequirements allMet = new FormalRequirements(true, true, true, true, true, true);
        as(
                "coordinator",
                () -> lifecycle.register(
                        reference,
                        new Registration(
                                allMet, AdministrativeBody.MAYOR_AND_ALDERMEN, false, false, DEPARTMENT, null)));
    }

    /** On the advisory committee's track (Awb 9:14), with nobody named as involved. */
    String anAssignedCommitteeComplaint() {
        String reference = aReceivedComplaint();
        triageAsComplaint(reference);
        FormalRequirements allMet = new FormalRequirements(true, true, true, true, true, true);
        as(
                "coordinator",
                () -> lifecycle.register(
                        reference,
                        new Registration(
                                allMet, AdministrativeBody.MAYOR_AND_ALDERMEN, false, true, DEPARTMENT, List.of())));
        assignTo(reference, "handler");
        return reference;
    }

    void recordAdvice(String reference, String handler) {
        as(handler, () -> lifecycle.recordAdvice(reference, new Advice(today(), "Gegrond verklaren")));
    }

    String anAssignedComplaint() {
        String reference = aRegisteredComplaint();
        assignTo(reference, "handler");
        return reference;
    }

    void assignTo(String reference, String handler) {
        as("coordinator", () -> lifecycle.assign(reference, DEPARTMENT, handler));
    }

    void acknowledge(String reference) {
        as("coordinator", () -> lifecycle.acknowledge(reference, today()));
    }

    void consentToDelayUntil(String reference, LocalDate newDueDate) {
        as("coordinator", () -> lifecycle.consentToDelay(reference, newDueDate, today()));
    }

    void extendByFourWeeks(String reference) {
        as("coordinator", () -> lifecycle.extend(reference, 4, "Hoorzitting pas over drie weken mogelijk"));
    }

    void withdraw(String reference) {
        as("coordinator", () -> lifecycle.withdraw(reference, "Klager trekt de klacht in"));
    }

    void resolveInformally(String reference) {
        as("handler", () -> lifecycle.resolveInformally(reference, "Per e-mail bevestigd door klager", null));
    }

    void declineToHandle(String reference) {
        as(
                "coordinator",
                () -> lifecycle.declineToHandle(
                        reference, nl.openklacht.complaint.NotHandledGround.ALREADY_HANDLED, "Eerder behandeld"));
    }

    void recordNotHandledNotice(String reference) {
        as("coordinator", () -> lifecycle.recordNotHandledNotice(reference, today()));
    }

    /** Awb 9:9 and 9:10: copy to the involved person, both heard, a reasoned judgment. */
    void investigateAndDecide(String reference, String handler) {
        as(handler, () -> {
            lifecycle.sendCopyToInvolved(reference);
            lifecycle.recordHearing(reference, new Hearing(HearingParty.COMPLAINANT, today(), "Klager gehoord"));
            lifecycle.recordHearing(
                    reference, new Hearing(HearingParty.INVOLVED_EMPLOYEE, today(), "Medewerker gehoord"));
            return lifecycle.decide(
                    reference,
                    new Decision("Bevindingen", Judgment.PARTLY_WELL_FOUNDED, "Conclusies", "Gesprek met team", null));
        });
    }

    void hear(String reference, String handler, HearingParty party) {
        as(handler, () -> lifecycle.recordHearing(reference, new Hearing(party, today(), "Verslag")));
    }

    void sendCopyToInvolved(String reference, String handler) {
        as(handler, () -> lifecycle.sendCopyToInvolved(reference));
    }

    void close(String reference, String handler) {
        as(handler, () -> lifecycle.close(reference));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(StatutoryCalendar.AMSTERDAM));
    }

    /** Runs {@code work} signed in as a demo staff member, as the web layer would. */
    <T> T as(String username, Supplier<T> work) {
        UserDetails user = staff.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
