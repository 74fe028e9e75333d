package nl.openklacht.complaint;

/** The grounds on which Awb 9:8 allows the municipality to decline handling a complaint. */
public enum NotHandledGround {
    /** 9:8 lid 1 sub a */
    ALREADY_HANDLED,
    /** 9:8 lid 1 sub b */
    OLDER_THAN_ONE_YEAR,
    /** 9:8 lid 1 sub c */
    OBJECTION_POSSIBLE,
    /** 9:8 lid 1 sub d */
    APPEAL_POSSIBLE,
    /** 9:8 lid 1 sub e */
    BEFORE_COURT,
    /** 9:8 lid 1 sub f */
    CRIMINAL_INVESTIGATION,
    /** 9:8 lid 2 */
    INSUFFICIENT_INTEREST
}
