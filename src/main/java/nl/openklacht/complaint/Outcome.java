package nl.openklacht.complaint;

/** How a submission ended; every ended submission has status CLOSED and one of these. */
public enum Outcome {
    /** not a complaint: converted to its own procedure (report, objection, Woo request, ...) */
    ROUTED,
    /** meant for another administrative body: forwarded under Awb 2:3 */
    FORWARDED,
    /** not meant for the municipality at all: returned to the sender, Awb 2:3 lid 2 */
    RETURNED,
    /** resolved to the complainant's satisfaction, Awb 9:5 */
    RESOLVED_INFORMALLY,
    /** declined on an Awb 9:8 ground */
    NOT_HANDLED,
    /** handled formally and judged, Awb 9:12 */
    DECIDED,
    WITHDRAWN;

    /** Whether the submission went through the complaint procedure (so that an ombudsman may take it up). */
    public boolean wasHandledAsComplaint() {
        return this != ROUTED && this != FORWARDED && this != RETURNED;
    }
}
