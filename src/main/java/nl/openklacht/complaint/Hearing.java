package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A hearing under Awb 9:10 with its written report (hoorverslag) and who heard the party: the handler when not
 * given, never someone involved in the conduct (Awb 9:7).
 */
@Embeddable
public record Hearing(
        @Enumerated(EnumType.STRING) @Column(name = "party") HearingParty party,
        @Column(name = "held_on") LocalDate heldOn,
        @Column(name = "report") String report,
        @Column(name = "heard_by") String heardBy) {

    public Hearing(HearingParty party, LocalDate heldOn, String report) {
        this(party, heldOn, report, null);
    }
}
