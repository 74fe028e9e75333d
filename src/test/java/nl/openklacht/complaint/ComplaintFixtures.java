package nl.openklacht.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.openklacht.calendar.EquatedDays;
import nl.openklacht.calendar.StatutoryCalendar;

/** Complaints in the stages of their life, for tests that speak the domain. */
final class ComplaintFixtures {

    static final StatutoryCalendar CALENDAR = shippedCalendar();
    static final Handler HANS = new Handler("handler", "Hans Behandelaar");
    static final Handler HANNA = new Handler("handler2", "Hanna de Vries");
    static final FormalRequirements ALL_MET = new FormalRequirements(true, true, true, true, true, true);

    private ComplaintFixtures() {}

    static Instant onMorningOf(LocalDate date) {
        return date.atTime(LocalTime.of(9, 30))
                .atZone(StatutoryCalendar.AMSTERDAM)
                .toInstant();
    }

    static Complaint aLetterReceivedOn(LocalDate date, String... involved) {
        Submission letter = new Submission(
                Channel.LETTER,
                onMorningOf(date),
                new Complainant(
                        "Jan Jansen", "jan@example.nl", null, new Address("Dorpsstraat", "1", "1234 AB", "Ons Dorp")),
                "Bejegening aan de balie",
                "De medewerker was onbeschoft.",
                date.minusDays(10),
                List.of(involved),
                "Excuses");
        return Complaint.receive(
                "KL-" + date.getYear() + "-000001", letter, onMorningOf(date).plusSeconds(60), CALENDAR);
    }

    static Complaint aComplaintTriagedOn(LocalDate received, boolean committee, String... involved) {
        Complaint complaint = aLetterReceivedOn(received, involved);
        complaint.determineNature(
                new Triage(Kind.COMPLAINT, "gaat over gedrag", "BURGERZAKEN", committee, null, false), received);
        return complaint;
    }

    static Complaint aRegisteredComplaint(LocalDate received, boolean committee, String... involved) {
        Complaint complaint = aComplaintTriagedOn(received, committee, involved);
        complaint.register(
                new Registration(ALL_MET, AdministrativeBody.MAYOR_AND_ALDERMEN, false, committee, null, null),
                CALENDAR,
                5,
                received);
        return complaint;
    }

    static Complaint anAssignedComplaint(LocalDate received, String... involved) {
        Complaint complaint = aRegisteredComplaint(received, false, involved);
        complaint.assign("BURGERZAKEN", HANNA);
        return complaint;
    }

    static <T> List<T> eventsOf(Complaint complaint, Class<T> type) {
        return complaint.pendingEvents().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static StatutoryCalendar shippedCalendar() {
        try (InputStream csv = ComplaintFixtures.class.getResourceAsStream("/calendar/atw-equated-days.csv")) {
            return new StatutoryCalendar(EquatedDays.read(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
