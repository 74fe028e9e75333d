package nl.openklacht.complaint;

/** How a submission reached the municipality (Awb 9:1, 9:2: oral and written complaints alike). */
public enum Channel {
    WEBFORM,
    EMAIL,
    LETTER,
    PHONE,
    COUNTER;

    /** E-mail and the web form count as written in practice (Awb 9:4); phone and counter are oral. */
    public boolean isWritten() {
        return this != PHONE && this != COUNTER;
    }
}
