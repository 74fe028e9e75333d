package nl.openklacht.intake;

import java.time.Clock;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.Complaints;
import nl.openklacht.complaint.Submission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one command every intake channel ends in. */
@Component
public class Intake {

    private final ComplaintNumbers numbers;
    private final Complaints complaints;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    Intake(ComplaintNumbers numbers, Complaints complaints, StatutoryCalendar calendar, Clock clock) {
        this.numbers = numbers;
        this.complaints = complaints;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Numbers and stores the submission, durably, in one transaction with everything its events start. */
    @Transactional
    public Complaint receive(Submission submission) {
        String reference =
                numbers.next(calendar.receiptDate(submission.receivedAt()).getYear());
        return complaints.save(Complaint.receive(reference, submission, clock.instant(), calendar));
    }
}
