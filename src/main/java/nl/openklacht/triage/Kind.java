package nl.openklacht.triage;

/** The nature of an incoming message, as the coordinator would register it. */
enum Kind {
    COMPLAINT,
    INFORMATION_REQUEST,
    REPORT,
    OBJECTION,
    WOO_REQUEST,
    LIABILITY_CLAIM,
    OTHER;

    static boolean isKnown(String name) {
        for (Kind kind : values()) {
            if (kind.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
