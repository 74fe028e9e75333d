package nl.openklacht.complaint;

/** How a submission reached the municipality (Awb 9:1, 9:2: oral and written complaints alike). */
public enum Channel {
    WEBFORM,
    EMAIL,
    LETTER,
    PHONE,
    COUNTER
}
