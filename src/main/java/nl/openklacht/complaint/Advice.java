package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The advisory committee's report and advice (Awb 9:14–9:16). */
@Embeddable
public record Advice(
        @Column(name = "advice_received_on") LocalDate receivedOn,
        @Column(name = "advice_text") String advice) {}
