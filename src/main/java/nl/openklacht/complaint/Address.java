package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Dutch postal address as the complainant gave it. */
@Embeddable
public record Address(
        @Column(name = "complainant_street") String street,
        @Column(name = "complainant_house_number") String houseNumber,
        @Column(name = "complainant_postal_code") String postalCode,
        @Column(name = "complainant_city") String city) {}
