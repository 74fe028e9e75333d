package nl.openklacht.complaint;

import java.util.Locale;

/** A klachtbehandelaar as the aggregate needs to know them: to check Awb 9:7 by username and by name. */
public record Handler(String username, String displayName) {

    boolean isNamedIn(Iterable<String> involvedEmployees) {
        return isAmong(username, involvedEmployees) || isAmong(displayName, involvedEmployees);
    }

    /** Whether the person is named among the involved, by username or name, ignoring case and spacing. */
    static boolean isAmong(String person, Iterable<String> involvedEmployees) {
        String wanted = normalised(person);
        for (String involved : involvedEmployees) {
            if (!wanted.isEmpty() && wanted.equals(normalised(involved))) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
