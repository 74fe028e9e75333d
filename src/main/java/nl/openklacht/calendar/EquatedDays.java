package nl.openklacht.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the days equated with a holiday by Royal Decree (Algemene termijnenwet art. 3 lid 3) from CSV.
 *
 * <p>Format (UTF-8): blank lines and lines starting with {@code #} are ignored; the first other line is the header
 * {@code date,decree}; every further line is {@code yyyy-MM-dd,description}, where the description (e.g. "Besluit
 * gelijkgestelde dagen 2026-2028") may be empty and runs to the end of the line. A malformed line is refused with an
 * {@link IllegalArgumentException} naming its line number, rather than silently ignored: a missing equated day makes a
 * deadline one day too early.
 */
public final class EquatedDays {

    private static final String HEADER = "date,decree";

    private EquatedDays() {}

    /**
     * @return the dates in file order, unmodifiable
     * @throws IllegalArgumentException on a missing header, a malformed line or a duplicate date
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static List<LocalDate> read(InputStream csv) {
        Objects.requireNonNull(csv, "csv");
        List<LocalDate> dates = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // byte order mark left by a spreadsheet
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.replace(" ", "").equalsIgnoreCase(HEADER)) {
                        throw malformed(lineNumber, line, "expected the header '" + HEADER + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                LocalDate date = parseDate(lineNumber, line, trimmed);
                if (!seen.add(date)) {
                    throw malformed(lineNumber, line, date + " is listed twice");
                }
                dates.add(date);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the equated days", e);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException("Equated days: no header '" + HEADER + "' found");
        }
        return Collections.unmodifiableList(dates);
    }

    private static LocalDate parseDate(int lineNumber, String line, String trimmed) {
        int comma = trimmed.indexOf(',');
        String date = (comma < 0 ? trimmed : trimmed.substring(0, comma)).strip();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw malformed(lineNumber, line, "'" + date + "' is not a date in the form yyyy-MM-dd");
        }
    }

    private static IllegalArgumentException malformed(int lineNumber, String line, String problem) {
        return new IllegalArgumentException("Equated days, line " + lineNumber + " ('" + line + "'): " + problem);
    }
}
