package nl.openklacht.complaint;

/** Who is heard under Awb 9:10. */
public enum HearingParty {
    COMPLAINANT,
    INVOLVED_EMPLOYEE
}
