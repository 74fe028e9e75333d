package nl.openklacht.complaint;

/** Where a complainant can turn after the municipality's own handling (Awb 9:12 lid 2, 9:18 ff.). */
public enum Ombudsman {
    /** de Nationale ombudsman */
    NATIONAL,
    /** the municipality's own ombudsman or ombudscommissie (Awb 9:17) */
    MUNICIPAL
}
