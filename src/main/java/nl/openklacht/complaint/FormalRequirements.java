package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The facts of Awb 9:4 lid 2: only a complaint that is written, about conduct towards the complainant, signed, and
 * states name, address, date and a description of the conduct is owed the strict procedure of 9:5–9:12. A
 * complaint that misses one is still registered and handled.
 */
@Embeddable
public record FormalRequirements(
        @Column(name = "req_written") boolean written,

        @Column(name = "req_about_conduct_towards_complainant")
        boolean aboutConductTowardsComplainant,

        @Column(name = "req_signed") boolean signed,
        @Column(name = "req_name_and_address") boolean nameAndAddressStated,
        @Column(name = "req_dated") boolean dated,
        @Column(name = "req_conduct_described") boolean conductDescribed) {

    public boolean allMet() {
        return written && aboutConductTowardsComplainant && signed && nameAndAddressStated && dated && conductDescribed;
    }
}
