package nl.openklacht.triage;

import java.util.List;

/**
 * The API's answer to "what is this message?": {@code kind} and {@code department} are null when the classifier is
 * not sure ({@code sure} false); {@code likelyKind}/{@code likelyDepartment} still say what it would have guessed;
 * {@code destination} is where the routing rules send the suggested kind, when it is not a complaint.
 */
record SuggestionAnswer(
        String kind,
        double confidence,
        String department,
        Double departmentConfidence,
        List<String> explanation,
        String modelVersion,
        boolean sure,
        String likelyKind,
        String likelyDepartment,
        String destination) {

    /** The suggestion, with where its kind would be routed when it is not a complaint. */
    static SuggestionAnswer of(Suggestion suggestion, String destination) {
        return new SuggestionAnswer(
                suggestion.kind(),
                suggestion.confidence(),
                suggestion.department(),
                suggestion.departmentConfidence(),
                suggestion.explanation(),
                suggestion.modelVersion(),
                suggestion.isSure(),
                suggestion.likelyKind(),
                suggestion.likelyDepartment(),
                destination);
    }
}
