package nl.openklacht.triage;

/** The departments the shipped corpus is labelled with; decisions from the database may teach the model others. */
enum Department {
    BURGERZAKEN,
    BELASTINGEN,
    AFVAL,
    OPENBARE_RUIMTE,
    PARKEREN,
    VERGUNNINGEN,
    SOCIAAL_DOMEIN,
    HANDHAVING,
    KLANTCONTACT;

    static boolean isKnown(String name) {
        for (Department department : values()) {
            if (department.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
