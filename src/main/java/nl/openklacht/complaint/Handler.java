package nl.openklacht.complaint;

import java.util.Locale;

/** A klachtbehandelaar as the aggregate needs to know them: to check Awb 9:7 by username and by name. */
public record Handler(String username, String displayName) {

    boolean isNamedIn(Iterable<String> involvedEmployees) {
        for (String involved : involvedEmployees) {
            String name = normalised(involved);
            if (name.equals(normalised(username)) || name.equals(normalised(displayName))) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
