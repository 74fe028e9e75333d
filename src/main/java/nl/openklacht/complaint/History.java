package nl.openklacht.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed or saw what, and when. Changes are written in the transaction that makes them, from the aggregate's
 * events; reads of personal data by staff are written when they happen. Append-only.
 */
@Component
public class History {

    public record Entry(Instant when, String who, String what, String details) {}

    static final String VIEWED = "VIEWED";
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final Clock clock;

    History(JdbcClient jdbc, CaseAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    void on(ComplaintEvent event) {
        append(event.reference(), actionOf(event), detailsOf(event));
    }

    void recordRead(String reference) {
        append(reference, VIEWED, null);
    }

    public List<Entry> of(String reference) {
        return jdbc.sql("select occurred_at, actor, action, details from complaint_history"
                        + " where reference = ? order by id")
                .param(reference)
                .query((row, index) -> new Entry(
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("details")))
                .list();
    }

    private void append(String reference, String action, String details) {
        jdbc.sql("insert into complaint_history (reference, occurred_at, actor, action, details)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        reference,
                        java.sql.Timestamp.from(clock.instant()),
                        access.current().username(),
                        action,
                        details)
                .update();
    }

    static String actionOf(ComplaintEvent event) {
        return WORD_BOUNDARY
                .matcher(event.getClass().getSimpleName())
                .replaceAll("_")
                .toUpperCase();
    }

    /** The facts of the event, without its reference, as name=value pairs. */
    private static String detailsOf(ComplaintEvent event) {
        String text = event.toString();
        String inside = text.substring(text.indexOf('[') + 1, text.length() - 1);
        return inside.replaceFirst("^reference=[^,]*(, )?", "");
    }
}
