package nl.openklacht.triage;

import java.sql.Timestamp;
import java.time.Clock;
import nl.openklacht.complaint.CaseAccess;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.ComplaintEvent;
import nl.openklacht.complaint.TriageSuggestion;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every triage decision, stored with the suggestion it got: what the model learns from, and how one sees whether its
 * suggestions help. A later assignment corrects the department, because that is where the complaint really went.
 */
@Component
class TriageDecisions {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final Clock clock;

    TriageDecisions(JdbcClient jdbc, CaseAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    void record(Complaint decided) {
        TriageSuggestion suggestion = decided.suggestion();
        jdbc.sql("insert into triage_decision (reference, text, suggested_kind, suggested_department, model_version,"
                        + " decided_kind, decided_department, decided_by, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        decided.reference(),
                        Suggesting.textOf(decided),
                        suggestion == null ? null : suggestion.kind(),
                        suggestion == null ? null : suggestion.department(),
                        suggestion == null ? null : suggestion.modelVersion(),
                        decided.kind().name(),
                        decided.department(),
                        access.current().username(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void on(ComplaintEvent.Assigned assigned) {
        jdbc.sql("update triage_decision set decided_department = ? where reference = ? and decided_kind = 'COMPLAINT'")
                .params(assigned.department(), assigned.reference())
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from triage_decision")
                .query(Long.class)
                .single();
    }
}
