package nl.openklacht.complaint;

import static nl.openklacht.complaint.ComplaintFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.openklacht.platform.InvalidValue;
import nl.openklacht.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class ReceivingAndTriageTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void aSubmissionIsReceivedWithItsAmsterdamReceiptDateAndAnEvent() {
        Instant justAfterMidnightInAmsterdam = Instant.parse("2026-03-23T23:30:00Z");
        Submission email = new Submission(
                Channel.EMAIL, justAfterMidnightInAmsterdam, null, null, "tekst", null, List.of(" Kees ", ""), null);

        Complaint complaint = Complaint.receive("KL-2026-000007", email, justAfterMidnightInAmsterdam, CALENDAR);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(complaint.receiptDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(complaint.involvedEmployees()).containsExactly("Kees");
        assertThat(eventsOf(complaint, ComplaintEvent.Received.class))
                .singleElement()
                .extracting(ComplaintEvent.Received::reference)
                .isEqualTo("KL-2026-000007");
    }

    @Test
    void aReceiptMomentInTheFutureIsRefused() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Submission fromTomorrow =
                new Submission(Channel.LETTER, now.plusSeconds(86_400), null, null, "tekst", null, null, null);

        assertThatThrownBy(() -> Complaint.receive("KL-2026-000001", fromTomorrow, now, CALENDAR))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.received.future");
    }

    @Test
    void aReceiptBeforeTheAwbOrConductAfterTheReceiptIsRefused() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Submission ancient = new Submission(
                Channel.LETTER, Instant.parse("1990-05-01T10:00:00Z"), null, null, "t", null, null, null);
        Submission conductAfterReceipt = new Submission(
                Channel.LETTER,
                Instant.parse("2026-02-01T10:00:00Z"),
                null,
                null,
                "t",
                LocalDate.of(2026, 2, 10),
                null,
                null);

        assertThatThrownBy(() -> Complaint.receive("KL-1990-000001", ancient, now, CALENDAR))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.received.before-awb");
        assertThatThrownBy(() -> Complaint.receive("KL-2026-000001", conductAfterReceipt, now, CALENDAR))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.incident-date.implausible");
    }

    @Test
    void aComplaintGoesOnToRegistrationWithItsDepartment() {
        Complaint complaint = aComplaintTriagedOn(MONDAY, false);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.NATURE_DETERMINED);
        assertThat(complaint.kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(complaint.department()).isEqualTo("BURGERZAKEN");
        assertThat(complaint.deadlines()).isNull();
    }

    @Test
    void aReportIsRoutedOutKeepingItsReceiptDateWithoutAComplaintDeadline() {
        Complaint report = aLetterReceivedOn(MONDAY);

        report.determineNature(
                new Triage(Kind.REPORT, "lantaarnpaal kapot", null, false, "Meldingen openbare ruimte", false),
                MONDAY.plusDays(3));

        assertThat(report.status()).isEqualTo(Complaint.Status.CLOSED);
        assertThat(report.outcome()).isEqualTo(Outcome.ROUTED);
        assertThat(report.routedTo()).isEqualTo("Meldingen openbare ruimte");
        assertThat(report.receiptDate()).isEqualTo(MONDAY);
        assertThat(report.deadlines()).isNull();
        assertThat(report.retention().result()).isEqualTo(RetentionResult.NOT_HANDLED);
        assertThat(eventsOf(report, ComplaintEvent.Closed.class)).hasSize(1);
    }

    @Test
    void aMessageForAnotherBodyIsForwardedWithTheRecipientRecorded() {
        Complaint complaint = aLetterReceivedOn(MONDAY);

        complaint.determineNature(
                new Triage(Kind.COMPLAINT, "gaat over de politie", null, false, "Politie Eenheid Midden", true),
                MONDAY);

        assertThat(complaint.outcome()).isEqualTo(Outcome.FORWARDED);
        assertThat(complaint.routedTo()).isEqualTo("Politie Eenheid Midden");
        assertThat(eventsOf(complaint, ComplaintEvent.NatureDetermined.class))
                .singleElement()
                .extracting(ComplaintEvent.NatureDetermined::forwarded)
                .isEqualTo(true);
    }

    @Test
    void aMessageNotMeantForTheMunicipalityIsReturnedToItsSender() {
        Complaint letter = aLetterReceivedOn(MONDAY);

        letter.determineNature(
                new Triage(Kind.OTHER, "aan de buurgemeente gericht", null, false, "Afzender", false, true), MONDAY);

        assertThat(letter.outcome()).isEqualTo(Outcome.RETURNED);
        assertThat(letter.routedTo()).isEqualTo("Afzender");
        assertThat(letter.deadlines()).isNull();
    }

    @Test
    void aNonComplaintWithoutDestinationIsRefused() {
        Complaint question = aLetterReceivedOn(MONDAY);

        assertThatThrownBy(() -> question.determineNature(
                        new Triage(Kind.INFORMATION_REQUEST, "vraag", null, false, " ", false), MONDAY))
                .isInstanceOf(InvalidValue.class);
        assertThat(question.status()).isEqualTo(Complaint.Status.RECEIVED);
    }

    @Test
    void triageHappensOnlyOnce() {
        Complaint complaint = aComplaintTriagedOn(MONDAY, false);

        assertThatThrownBy(() -> complaint.determineNature(
                        new Triage(Kind.OTHER, "toch niet", null, false, "Postkamer", false), MONDAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.status.not-allowed");
    }

    @Test
    void registrationSetsTheStatutoryDeadlinesAndMakesTheAcknowledgmentDue() {
        LocalDate saturday = LocalDate.of(2025, 3, 22);

        Complaint complaint = aRegisteredComplaint(saturday, false);

        assertThat(complaint.status()).isEqualTo(Complaint.Status.REGISTERED);
        assertThat(complaint.deadlines().dueDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(complaint.deadlines().noticeDue()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(complaint.acknowledgmentDue()).isEqualTo(LocalDate.of(2025, 3, 28));
        assertThat(eventsOf(complaint, ComplaintEvent.AcknowledgmentDue.class))
                .singleElement()
                .extracting(ComplaintEvent.AcknowledgmentDue::dueOn)
                .isEqualTo(LocalDate.of(2025, 3, 28));
    }

    @Test
    void theCommitteeTrackHasTenWeeks() {
        Complaint complaint = aRegisteredComplaint(LocalDate.of(2002, 1, 8), true);

        assertThat(complaint.deadlines().dueDate()).isEqualTo(LocalDate.of(2002, 3, 19));
        assertThat(complaint.advisoryProcedure()).isTrue();
    }

    @Test
    void theAcknowledgmentIsRecordedOnceAndNotBeforeReceipt() {
        Complaint complaint = aRegisteredComplaint(MONDAY, false);

        assertThatThrownBy(() -> complaint.acknowledge(MONDAY.minusDays(1), MONDAY.plusDays(2)))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("rule.date.before-receipt");
        complaint.acknowledge(MONDAY.plusDays(1), MONDAY.plusDays(2));
        assertThat(complaint.acknowledgedOn()).isEqualTo(MONDAY.plusDays(1));
        assertThatThrownBy(() -> complaint.acknowledge(MONDAY.plusDays(2), MONDAY.plusDays(2)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.acknowledgment.already");
    }
}
