package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The archival result of a closed file and the date after which it is destroyed (null: kept permanently). */
@Embeddable
public record Retention(
        @Enumerated(EnumType.STRING) @Column(name = "retention_result")
        RetentionResult result,

        @Column(name = "destroy_after") LocalDate destroyAfter) {

    static Retention of(RetentionResult result, LocalDate closedOn) {
        return new Retention(result, result.destroyAfter(closedOn));
    }
}
