package nl.openklacht.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * What the classifier suggested for this submission, kept with it for the coordinator and to learn from. A null
 * kind means the classifier was not sure and left the decision to the coordinator.
 *
 * <p>Read-only for the aggregate: it is written once, after receipt, by {@link Complaints#attachSuggestion}, so a
 * coordinator already at work on the case never conflicts with it or overwrites it.
 */
@Embeddable
public record TriageSuggestion(
        @Column(name = "suggested_kind", insertable = false, updatable = false)
        String kind,

        @Column(name = "suggested_kind_confidence", insertable = false, updatable = false)
        Double confidence,

        @Column(name = "suggested_department", insertable = false, updatable = false)
        String department,

        @Column(name = "suggested_department_confidence", insertable = false, updatable = false)
        Double departmentConfidence,

        @Column(name = "suggestion_explanation", insertable = false, updatable = false)
        String explanationLines,

        @Column(name = "suggestion_model_version", insertable = false, updatable = false)
        String modelVersion) {

    public static TriageSuggestion of(
            String kind,
            double confidence,
            String department,
            Double departmentConfidence,
            List<String> explanation,
            String modelVersion) {
        return new TriageSuggestion(
                kind, confidence, department, departmentConfidence, String.join("\n", explanation), modelVersion);
    }

    public List<String> explanation() {
        return explanationLines == null || explanationLines.isEmpty()
                ? List.of()
                : List.of(explanationLines.split("\n"));
    }
}
