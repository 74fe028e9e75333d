package nl.openklacht.intake;

import java.time.Clock;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.Complaints;
import nl.openklacht.complaint.Submission;
import nl.openklacht.platform.InvalidValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one command every intake channel ends in. */
@Component
public class Intake {

    private final ComplaintNumbers numbers;
    private final SubmissionKeys keys;
    private final Complaints complaints;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    Intake(
            ComplaintNumbers numbers,
            SubmissionKeys keys,
            Complaints complaints,
            StatutoryCalendar calendar,
            Clock clock) {
        this.numbers = numbers;
        this.keys = keys;
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

    /**
     * Receives a submission that its sender identified with a key (an Idempotency-Key header, later an e-mail's
     * Message-ID): the first time it is stored, every later time the same complaint is answered — also when both
     * arrive at once, on different instances. The same key with different content (the fingerprint) is refused,
     * so that a second submission is never silently taken for the first.
     */
    @Transactional
    public Receipt receiveOnce(String key, String fingerprint, Submission submission) {
        var earlier = keys.claimed(key);
        if (earlier.isPresent() || !keys.claim(key, fingerprint)) {
            SubmissionKeys.Claimed claimed = earlier.or(() -> keys.claimed(key)).orElseThrow();
            if (!claimed.fingerprint().equals(fingerprint)) {
                throw new InvalidValue("intake.idempotency-key.reused");
            }
            return new Receipt(existing(claimed.reference()), true);
        }
        Complaint received = receive(submission);
        keys.remember(key, received.reference());
        return new Receipt(received, false);
    }

    /** What was received, and whether it had been received before. */
    public record Receipt(Complaint complaint, boolean repeated) {}

    private Complaint existing(String reference) {
        return complaints.findByReference(reference).orElseThrow();
    }
}
