package nl.openklacht.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.organisation.Departments;
import nl.openklacht.organisation.Staff;
import nl.openklacht.organisation.StaffMember;
import nl.openklacht.platform.InvalidValue;
import nl.openklacht.platform.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to a complaint's lifecycle: loads it, checks who may act, lets the aggregate apply the law, and
 * saves it — which publishes its events in the same transaction, so the process follows in that transaction too.
 */
@Component
@Transactional
public class ComplaintLifecycle {

    private final Complaints complaints;
    private final CaseAccess access;
    private final Departments departments;
    private final Staff staff;
    private final StatutoryCalendar calendar;
    private final ComplaintProperties properties;
    private final Clock clock;

    ComplaintLifecycle(
            Complaints complaints,
            CaseAccess access,
            Departments departments,
            Staff staff,
            StatutoryCalendar calendar,
            ComplaintProperties properties,
            Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.departments = departments;
        this.staff = staff;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public Complaint determineNature(String reference, Triage triage) {
        access.requireCoordinator();
        if (triage.department() != null) {
            requireDepartment(triage.department());
        }
        return change(reference, complaint -> complaint.determineNature(triage, today()), false);
    }

    public Complaint register(String reference, Registration registration) {
        access.requireCoordinator();
        if (registration.department() != null) {
            requireDepartment(registration.department());
        }
        return change(
                reference,
                complaint ->
                        complaint.register(registration, calendar, properties.acknowledgmentWorkingDays(), today()),
                false);
    }

    public Complaint acknowledge(String reference, LocalDate sentOn) {
        return change(reference, complaint -> complaint.acknowledge(sentOn, today()), true);
    }

    public Complaint assign(String reference, String department, String handlerUsername) {
        access.requireCoordinator();
        requireDepartment(department);
        StaffMember handler = staff.byUsername(handlerUsername)
                .filter(member -> member.handlesFor(department))
                .orElseThrow(() -> new InvalidValue("rule.handler.unknown", handlerUsername, department));
        return change(
                reference,
                complaint -> complaint.assign(department, new Handler(handler.username(), handler.displayName())),
                false);
    }

    public Complaint recordInformalContact(String reference, LocalDate contactedOn, String notes) {
        return change(reference, complaint -> complaint.recordInformalContact(contactedOn, notes, today()), true);
    }

    public Complaint resolveInformally(String reference, String confirmation, String notes) {
        return change(reference, complaint -> complaint.resolveInformally(confirmation, notes, today()), true);
    }

    public Complaint declineToHandle(String reference, NotHandledGround ground, String explanation) {
        return change(reference, complaint -> complaint.declineToHandle(ground, explanation, today()), true);
    }

    public Complaint recordNotHandledNotice(String reference, LocalDate sentOn) {
        return change(reference, complaint -> complaint.recordNotHandledNotice(sentOn, today()), true);
    }

    public Complaint sendCopyToInvolved(String reference) {
        return change(reference, complaint -> complaint.sendCopyToInvolved(today()), true);
    }

    public Complaint recordHearing(String reference, Hearing hearing) {
        return change(reference, complaint -> complaint.recordHearing(hearing, today()), true);
    }

    public Complaint waiveComplainantHearing(String reference, HearingWaiverReason reason) {
        return change(reference, complaint -> complaint.waiveComplainantHearing(reason), true);
    }

    public Complaint recordAdvice(String reference, Advice advice) {
        return change(reference, complaint -> complaint.recordAdvice(advice, today()), true);
    }

    public Complaint extend(String reference, int weeks, String reason) {
        return change(reference, complaint -> complaint.extend(weeks, reason, calendar, today()), true);
    }

    public Complaint consentToDelay(String reference, LocalDate newDueDate, LocalDate consentReceivedOn) {
        return change(reference, complaint -> complaint.consentToDelay(newDueDate, consentReceivedOn, today()), true);
    }

    public Complaint decide(String reference, Decision decision) {
        return change(reference, complaint -> complaint.decide(decision, calendar, today()), true);
    }

    public Complaint close(String reference) {
        return change(reference, complaint -> complaint.close(today()), true);
    }

    public Complaint withdraw(String reference, String reason) {
        return change(reference, complaint -> complaint.withdraw(reason, today()), true);
    }

    public Complaint changeRetention(String reference, RetentionResult result) {
        access.requireCoordinator();
        return change(reference, complaint -> complaint.changeRetention(result), false);
    }

    public Complaint recordOmbudsmanCase(
            String reference, Ombudsman ombudsman, String caseReference, LocalDate openedOn) {
        access.requireCoordinator();
        return change(
                reference,
                complaint -> complaint.recordOmbudsmanCase(ombudsman, caseReference, openedOn, today()),
                false);
    }

    public Complaint recordOmbudsmanOutcome(String reference, String outcome, LocalDate on) {
        access.requireCoordinator();
        return change(reference, complaint -> complaint.recordOmbudsmanOutcome(outcome, on, today()), false);
    }

    /** Stores the classifier's suggestion with the submission; no person acts, so no role is checked. */
    public void attachSuggestion(String reference, TriageSuggestion suggestion) {
        if (complaints.attachSuggestion(reference, suggestion) == 0) {
            throw new NotFound("complaint.not-found", reference);
        }
    }

    /** Called by the process when its reminder timer fires; false when the reminder no longer applies. */
    public boolean remindOfDeadline(String reference) {
        Complaint complaint = find(reference);
        boolean reminded = complaint.remindOfDeadline(calendar, today());
        complaints.save(complaint);
        return reminded;
    }

    /** Called by the process when its overdue timer fires; false when the case is decided or the date moved. */
    public boolean markOverdueIfPastDeadline(String reference) {
        Complaint complaint = find(reference);
        boolean overdue = complaint.markOverdueIfPastDeadline(calendar, today());
        complaints.save(complaint);
        return overdue;
    }

    private Complaint change(String reference, Consumer<Complaint> change, boolean handlerMayAct) {
        Complaint complaint = find(reference);
        if (handlerMayAct) {
            access.requireMayAct(complaint);
        }
        change.accept(complaint);
        return complaints.save(complaint);
    }

    private Complaint find(String reference) {
        return complaints.findByReference(reference).orElseThrow(() -> new NotFound("complaint.not-found", reference));
    }

    private void requireDepartment(String code) {
        if (!departments.exists(code)) {
            throw new InvalidValue("rule.department.unknown", code);
        }
    }

    private LocalDate today() {
        return StatutoryCalendar.today(clock);
    }
}
