package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The informal phase (Awb 9:5): the last contact with the complainant, what was agreed, and — once resolved — how
 * the complainant's satisfaction was confirmed.
 */
@Embeddable
public record InformalTrack(
        @Column(name = "informal_contact_on") LocalDate contactedOn,
        @Column(name = "informal_notes") String notes,
        @Column(name = "satisfaction_confirmation") String confirmation) {

    static InformalTrack none() {
        return new InformalTrack(null, null, null);
    }

    InformalTrack contacted(LocalDate on, String agreed) {
        return new InformalTrack(on, agreed, confirmation);
    }

    InformalTrack resolved(String confirmedBy, String agreed) {
        return new InformalTrack(contactedOn, agreed != null ? agreed : notes, confirmedBy);
    }
}
