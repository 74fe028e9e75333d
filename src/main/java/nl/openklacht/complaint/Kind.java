package nl.openklacht.complaint;

/** The nature of a submission, determined at triage. Only a complaint continues in the Awb chapter 9 procedure. */
public enum Kind {
    COMPLAINT,
    INFORMATION_REQUEST,
    REPORT,
    OBJECTION,
    WOO_REQUEST,
    LIABILITY_CLAIM,
    OTHER
}
