package nl.openklacht.complaint;

/**
 * The coordinator's determination of a submission's nature (step 2). A complaint may already get its department
 * and track; anything else names where it goes: its own procedure, or — {@code forwarded} — another administrative
 * body under Awb 2:3.
 */
public record Triage(
        Kind kind, String reason, String department, boolean advisoryProcedure, String routedTo, boolean forwarded) {}
