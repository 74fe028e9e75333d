package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The written, reasoned outcome of formal handling (Awb 9:12): findings, judgment, conclusions and measures. */
@Embeddable
public record Decision(
        @Column(name = "decision_findings") String findings,

        @Enumerated(EnumType.STRING) @Column(name = "decision_judgment")
        Judgment judgment,

        @Column(name = "decision_conclusions") String conclusions,
        @Column(name = "decision_measures") String measures,
        @Column(name = "decided_on") LocalDate decidedOn) {}
