package nl.openklacht.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What reached the municipality, through whatever channel (Awb 9:1, 9:2): the raw content, kept as received. Every
 * intake channel ends in one command that receives a {@code Submission}.
 */
public record Submission(
        Channel channel,
        Instant receivedAt,
        Complainant complainant,
        String subject,
        String text,
        LocalDate incidentDate,
        List<String> involvedEmployees,
        String remedySought) {

    public Submission {
        involvedEmployees = namesOf(involvedEmployees);
    }

    /** Names as given, without blanks and surrounding spaces. */
    static List<String> namesOf(List<String> names) {
        return names == null
                ? List.of()
                : names.stream()
                        .filter(name -> name != null && !name.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
