package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A later case at the ombudsman about this complaint (Awb 9:18–9:24), linked by the ombudsman's own reference, with
 * its outcome once known. It moves the file's retention to 13.1.2.
 */
@Embeddable
public record OmbudsmanCase(
        @Enumerated(EnumType.STRING) @Column(name = "ombudsman")
        Ombudsman ombudsman,

        @Column(name = "ombudsman_case_reference") String caseReference,
        @Column(name = "ombudsman_opened_on") LocalDate openedOn,
        @Column(name = "ombudsman_outcome") String outcome,
        @Column(name = "ombudsman_outcome_on") LocalDate outcomeOn) {

    OmbudsmanCase concluded(String how, LocalDate on) {
        return new OmbudsmanCase(ombudsman, caseReference, openedOn, how, on);
    }
}
