package nl.openklacht.complaint;

/** The only reasons Awb 9:10 lid 2 allows for not hearing the complainant. */
public enum HearingWaiverReason {
    /** sub a: the complaint is clearly unfounded */
    CLEARLY_UNFOUNDED,
    /** sub b: the complainant declared not to wish to be heard */
    WAIVED,
    /** sub c: the complainant did not answer within the term set */
    NO_RESPONSE
}
