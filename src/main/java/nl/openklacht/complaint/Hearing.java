package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A hearing under Awb 9:10 with its written report (hoorverslag). */
@Embeddable
public record Hearing(
        @Enumerated(EnumType.STRING) @Column(name = "party") HearingParty party,
        @Column(name = "held_on") LocalDate heldOn,
        @Column(name = "report") String report) {}
