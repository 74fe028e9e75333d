package nl.openklacht.complaint;

import java.time.LocalDate;

/**
 * Results of the Selectielijst gemeenten en intergemeentelijke organen 2020, process type 13 "Geschillen
 * behandelen", with their retention periods counted from the closure date.
 */
public enum RetentionResult {
    HANDLED("13.1", 5),
    FINANCIAL_CONSEQUENCES("13.1.1", 7),
    VIA_OMBUDSMAN("13.1.2", 10),
    AFFECTS_PERMANENT_CASE("13.1.3", -1),
    NOT_HANDLED("13.1.4", 1),
    BROKEN_OFF("13.2", 1);

    private final String code;
    private final int years;

    RetentionResult(String code, int years) {
        this.code = code;
        this.years = years;
    }

    public String code() {
        return code;
    }

    /** Whether files with this result are destroyed sooner than with the other (permanent is never sooner). */
    boolean keepsShorterThan(RetentionResult other) {
        return years >= 0 && (other.years < 0 || years < other.years);
    }

    /** The destruction date, or null when the file is kept permanently. Plain calendar years (no Atw). */
    public LocalDate destroyAfter(LocalDate closedOn) {
        return years < 0 ? null : closedOn.plusYears(years);
    }
}
