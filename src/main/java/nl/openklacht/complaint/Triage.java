package nl.openklacht.complaint;

/**
 * The coordinator's determination of a submission's nature (step 2). A complaint may already get its department
 * and track; anything else names where it goes: its own procedure, or — {@code forwarded} — another administrative
 * body under Awb 2:3, or — {@code returned} — back to the sender, when it was not meant for the municipality at all
 * (Awb 2:3 lid 2).
 */
public record Triage(
        Kind kind,
        String reason,
        String department,
        boolean advisoryProcedure,
        String routedTo,
        boolean forwarded,
        boolean returned) {

    public Triage(
            Kind kind,
            String reason,
            String department,
            boolean advisoryProcedure,
            String routedTo,
            boolean forwarded) {
        this(kind, reason, department, advisoryProcedure, routedTo, forwarded, false);
    }

    /** Whether the submission stays in the complaint procedure. */
    public boolean staysAComplaint() {
        return kind == Kind.COMPLAINT && !forwarded && !returned;
    }
}
