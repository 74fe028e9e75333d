package nl.openklacht.complaint;

/** The bestuursorgaan responsible for the conduct complained about. */
public enum AdministrativeBody {
    /** college van burgemeester en wethouders */
    MAYOR_AND_ALDERMEN,
    /** burgemeester */
    MAYOR,
    /** gemeenteraad */
    MUNICIPAL_COUNCIL
}
