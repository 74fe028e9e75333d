package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** The klager: who complains, a natural or legal person. Personal data: shown only to those who handle the case. */
@Embeddable
public record Complainant(
        @Column(name = "complainant_name") String name,
        @Column(name = "complainant_email") String email,
        @Column(name = "complainant_phone") String phone,
        @Embedded Address address) {}
