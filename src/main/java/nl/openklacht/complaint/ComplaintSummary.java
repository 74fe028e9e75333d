package nl.openklacht.complaint;

import java.time.Instant;
import java.time.LocalDate;
import nl.openklacht.calendar.StatutoryCalendar;

/** A line in a work list: enough to choose what to do next, without the complainant's personal data. */
public record ComplaintSummary(
        String reference,
        Complaint.Status status,
        Kind kind,
        Channel channel,
        Instant receivedAt,
        LocalDate receiptDate,
        String subject,
        String department,
        String handler,
        LocalDate dueDate,
        boolean overdue) {

    static ComplaintSummary of(Complaint complaint, StatutoryCalendar calendar, LocalDate today) {
        return new ComplaintSummary(
                complaint.reference(),
                complaint.status(),
                complaint.kind(),
                complaint.channel(),
                complaint.receivedAt(),
                complaint.receiptDate(),
                complaint.subject(),
                complaint.department(),
                complaint.handler(),
                complaint.deadlines() == null ? null : complaint.deadlines().current(),
                complaint.isOverdue(calendar, today));
    }
}
