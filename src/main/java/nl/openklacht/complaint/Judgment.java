package nl.openklacht.complaint;

/** The judgment on the complaint in the decision letter (Awb 9:12). */
public enum Judgment {
    WELL_FOUNDED,
    PARTLY_WELL_FOUNDED,
    UNFOUNDED,
    NO_JUDGMENT
}
