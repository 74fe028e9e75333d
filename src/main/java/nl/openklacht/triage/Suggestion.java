package nl.openklacht.triage;

import java.util.List;

/**
 * What the classifier suggests for one message. The coordinator decides; this only saves typing.
 *
 * <p>{@code kind} is {@code null} when the model is not sure; {@code likelyKind} and {@code
 * confidence} then still tell what it would have guessed and how strongly. The same holds for
 * {@code department} against {@code likelyDepartment} and {@code departmentConfidence}, which exist
 * only when the likely kind is a complaint (only complaints are routed to a department).
 *
 * @param kind the suggested kind, or {@code null} when not sure
 * @param confidence probability of {@code likelyKind}, 0..1
 * @param department the suggested department of a complaint, or {@code null}
 * @param departmentConfidence probability of {@code likelyDepartment}, or {@code null} if there is none
 * @param explanation short Dutch items naming what weighed most, e.g. {@code woord "container"}
 * @param modelVersion version of the model that made the suggestion
 * @param likelyKind the best guess, even when not sure; {@code null} only for empty text
 * @param likelyDepartment the best department guess when the likely kind is a complaint
 */
public record Suggestion(
        String kind,
        double confidence,
        String department,
        Double departmentConfidence,
        List<String> explanation,
        String modelVersion,
        String likelyKind,
        String likelyDepartment) {

    public Suggestion {
        explanation = List.copyOf(explanation);
    }

    /** Whether the kind is suggested, rather than left to the coordinator. */
    public boolean isSure() {
        return kind != null;
    }
}
