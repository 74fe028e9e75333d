package nl.openklacht.triage;

/** The department a complaint is routed to. */
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
