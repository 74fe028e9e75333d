package nl.openklacht.complaint;

import static nl.openklacht.complaint.Complaint.Status.*;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.ComplaintEvent.*;
import nl.openklacht.platform.InvalidValue;
import nl.openklacht.platform.RuleViolation;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A submission and, once triaged as such, a complaint under Awb chapter 9 — the one place where the law decides
 * what may happen next.
 *
 * <p>Its life: received (9:1, stored before anything else) → nature determined (only a complaint goes on; the
 * rest is routed to its own procedure or forwarded under Awb 2:3) → registered (9:4 facts, 9:12a) and
 * acknowledged (9:6) → assigned to a handler who was not involved (9:7) → either resolved to the complainant's
 * satisfaction (9:5), declined on a 9:8 ground, or investigated (copy to the involved person 9:9, hearings 9:10,
 * committee advice 9:14–9:16) and decided in writing (9:12) → closed with its retention result. It may be
 * withdrawn at any open stage; the deadline may be extended once (9:11 lid 2) and delayed further only with
 * written consent (lid 3). Each method checks the state and the rule, changes the state and registers an event.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends AbstractAggregateRoot<Complaint> {

    public enum Status {
        RECEIVED,
        NATURE_DETERMINED,
        REGISTERED,
        ASSIGNED,
        INVESTIGATION,
        DECIDED,
        CLOSED
    }

    /** The Awb, and so its chapter 9, entered into force on 1 January 1994: no complaint under it was received earlier. */
    private static final Instant AWB_IN_FORCE = Instant.parse("1993-12-31T23:00:00Z");

    private static final LocalDate EARLIEST_INCIDENT = LocalDate.of(1900, 1, 1);

    /** Registered and not yet decided: the statutory clock runs. */
    static final Set<Status> IN_HANDLING = EnumSet.of(REGISTERED, ASSIGNED, INVESTIGATION);

    private static final Set<Status> WITH_HANDLER = EnumSet.of(ASSIGNED, INVESTIGATION);

    @Id
    private UUID id;

    @Version
    private long version;

    private String reference;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant receivedAt;
    private LocalDate receiptDate;

    @Embedded
    private Complainant complainant;

    private String subject;
    private String text;
    private LocalDate incidentDate;
    private String remedySought;

    @ElementCollection
    @CollectionTable(name = "complaint_involved_employee", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> involvedEmployees = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String triageReason;
    private String routedTo;

    @Embedded
    private TriageSuggestion suggestion;

    @Embedded
    private FormalRequirements formalRequirements;

    @Enumerated(EnumType.STRING)
    private AdministrativeBody administrativeBody;

    private boolean concernsAdministrativeBody;
    private boolean advisoryProcedure;
    private String department;
    private String handler;
    private LocalDate acknowledgmentDue;
    private LocalDate acknowledgedOn;

    @Embedded
    private Deadlines deadlines;

    /** Derived from the deadlines, kept so that work lists find overdue cases by index. */
    private LocalDate currentDueDate;

    @Embedded
    private InformalTrack informal;

    @Embedded
    private NotHandling notHandling;

    @Embedded
    private Investigation investigation = new Investigation();

    @Embedded
    private Decision decision;

    @Embedded
    private Closure closure = new Closure();

    protected Complaint() {}

    /** Awb 9:1, 9:2: whatever arrives is stored first, with its receipt date in Europe/Amsterdam. */
    public static Complaint receive(String reference, Submission submission, Instant now, StatutoryCalendar calendar) {
        if (submission.receivedAt().isAfter(now)) {
            throw new InvalidValue("rule.received.future");
        }
        if (submission.receivedAt().isBefore(AWB_IN_FORCE)) {
            throw new InvalidValue("rule.received.before-awb");
        }
        LocalDate receiptDate = calendar.receiptDate(submission.receivedAt());
        requirePlausibleIncidentDate(submission.incidentDate(), receiptDate);
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.reference = reference;
        complaint.channel = submission.channel();
        complaint.receivedAt = submission.receivedAt();
        complaint.receiptDate = receiptDate;
        complaint.complainant = submission.complainant();
        complaint.subject = submission.subject();
        complaint.text = submission.text();
        complaint.incidentDate = submission.incidentDate();
        complaint.involvedEmployees = new ArrayList<>(submission.involvedEmployees());
        complaint.remedySought = submission.remedySought();
        complaint.status = RECEIVED;
        complaint.registerEvent(
                new Received(reference, complaint.channel, complaint.receivedAt, complaint.receiptDate));
        return complaint;
    }

    /**
     * Step 2: the nature. A complaint goes on to registration; anything else leaves the complaint procedure for
     * its own (or, under Awb 2:3, for another body) keeping its receipt date, and gets no complaint deadline.
     */
    public void determineNature(Triage triage, LocalDate today) {
        require(EnumSet.of(RECEIVED));
        kind = triage.kind();
        triageReason = triage.reason();
        if (triage.staysAComplaint()) {
            department = triage.department();
            advisoryProcedure = triage.advisoryProcedure();
            status = NATURE_DETERMINED;
            registerEvent(new NatureDetermined(reference, kind, triageReason, null, false));
            return;
        }
        if (triage.routedTo() == null || triage.routedTo().isBlank()) {
            throw new InvalidValue("rule.triage.destination-missing");
        }
        routedTo = triage.routedTo();
        registerEvent(new NatureDetermined(reference, kind, triageReason, routedTo, triage.forwarded()));
        Outcome how = triage.returned() ? Outcome.RETURNED : triage.forwarded() ? Outcome.FORWARDED : Outcome.ROUTED;
        end(how, RetentionResult.NOT_HANDLED, today);
    }

    /** Step 3, Awb 9:4 and 9:12a: registered with its facts and deadlines; the acknowledgment (9:6) becomes due. */
    public void register(
            Registration registration, StatutoryCalendar calendar, int acknowledgmentWorkingDays, LocalDate today) {
        require(EnumSet.of(NATURE_DETERMINED));
        formalRequirements = registration.formalRequirements();
        administrativeBody = registration.administrativeBody();
        concernsAdministrativeBody = registration.concernsAdministrativeBody();
        if (registration.advisoryProcedure() != null) {
            advisoryProcedure = registration.advisoryProcedure();
        }
        department = registration.department() != null ? registration.department() : department;
        if (registration.involvedEmployees() != null) {
            involvedEmployees = new ArrayList<>(Submission.namesOf(registration.involvedEmployees()));
        }
        if (registration.incidentDate() != null) {
            requirePlausibleIncidentDate(registration.incidentDate(), receiptDate);
            incidentDate = registration.incidentDate();
        }
        deadlinesBecome(Deadlines.from(receiptDate, advisoryProcedure, calendar));
        acknowledgmentDue = calendar.plusWorkingDays(receiptDate, acknowledgmentWorkingDays);
        status = REGISTERED;
        registerEvent(
                new Registered(reference, department, advisoryProcedure, deadlines.dueDate(), deadlines.noticeDue()));
        registerEvent(new AcknowledgmentDue(reference, acknowledgmentDue, advisoryProcedure));
    }

    /** Awb 9:6: the written acknowledgment was sent (by the correspondence module or by hand). */
    public void acknowledge(LocalDate sentOn, LocalDate today) {
        require(IN_HANDLING);
        if (acknowledgedOn != null) {
            throw new RuleViolation("rule.acknowledgment.already", acknowledgedOn);
        }
        notInFutureNorBeforeReceipt(sentOn, today);
        acknowledgedOn = sentOn;
        registerEvent(new Acknowledged(reference, sentOn));
    }

    /** Step 4. Awb 9:7: never someone involved in the conduct, unless it concerns the body itself (lid 2). */
    public void assign(String toDepartment, Handler to) {
        require(IN_HANDLING);
        if (!concernsAdministrativeBody && to.isNamedIn(involvedEmployees)) {
            throw new RuleViolation("rule.awb-9-7.handler-involved", to.username());
        }
        department = toDepartment;
        handler = to.username();
        if (status == REGISTERED) {
            status = ASSIGNED;
        }
        registerEvent(new Assigned(reference, department, handler));
    }

    /** Awb 9:5 in practice: the informal contact and what was agreed; the clock keeps running. */
    public void recordInformalContact(LocalDate contactedOn, String notes, LocalDate today) {
        require(WITH_HANDLER);
        notInFutureNorBeforeReceipt(contactedOn, today);
        informal = informal().contacted(contactedOn, notes);
        registerEvent(new InformalContactRecorded(reference, contactedOn));
    }

    /** Awb 9:5: resolved to the complainant's demonstrable satisfaction; the remaining obligations lapse. */
    public void resolveInformally(String confirmation, String notes, LocalDate today) {
        require(IN_HANDLING);
        if (confirmation == null || confirmation.isBlank()) {
            throw new InvalidValue("rule.awb-9-5.confirmation-missing");
        }
        informal = informal().resolved(confirmation, notes);
        registerEvent(new ResolvedInformally(reference, confirmation));
        end(Outcome.RESOLVED_INFORMALLY, RetentionResult.HANDLED, today);
    }

    /** Awb 9:8: declined on a ground of the law, never automatically; notice due within 4 weeks of receipt. */
    public void declineToHandle(NotHandledGround ground, String explanation, LocalDate today) {
        require(IN_HANDLING);
        if (ground == NotHandledGround.OLDER_THAN_ONE_YEAR) {
            if (incidentDate == null) {
                throw new RuleViolation("rule.awb-9-8.incident-date-missing");
            }
            if (!incidentDate.isBefore(receiptDate.minusYears(1))) {
                throw new RuleViolation("rule.awb-9-8.not-older", incidentDate);
            }
        }
        notHandling = new NotHandling(ground, explanation, null);
        registerEvent(new NotHandled(reference, ground, deadlines.noticeDue()));
        end(Outcome.NOT_HANDLED, RetentionResult.NOT_HANDLED, today);
    }

    /** Awb 9:8: the written notice of not handling was sent (due within 4 weeks of receipt). */
    public void recordNotHandledNotice(LocalDate sentOn, LocalDate today) {
        require(EnumSet.of(CLOSED));
        if (closure().outcome() != Outcome.NOT_HANDLED) {
            throw new RuleViolation("rule.awb-9-8.not-declined");
        }
        if (notHandling.noticeSentOn() != null) {
            throw new RuleViolation("rule.awb-9-8.notice-already", notHandling.noticeSentOn());
        }
        notInFutureNorBeforeReceipt(sentOn, today);
        notHandling = notHandling.noticeSent(sentOn);
        registerEvent(new NotHandledNoticeSent(reference, sentOn, !sentOn.isAfter(deadlines.noticeDue())));
    }

    /** Awb 9:9: the involved person receives a copy of the complaint; the formal investigation begins. */
    public void sendCopyToInvolved(LocalDate today) {
        boolean wasComplete = investigation().isComplete(!involvedEmployees.isEmpty());
        require(WITH_HANDLER);
        if (involvedEmployees.isEmpty()) {
            throw new RuleViolation("rule.awb-9-9.nobody-involved");
        }
        investigation().copySent(today);
        status = INVESTIGATION;
        registerEvent(new InvolvedCopySent(reference, today));
        announceIfInvestigationCompleted(wasComplete);
    }

    /** Awb 9:10: a hearing of the complainant or the involved person, with its written report. */
    public void recordHearing(Hearing hearing, LocalDate today) {
        boolean wasComplete = investigation().isComplete(!involvedEmployees.isEmpty());
        require(WITH_HANDLER);
        notInFutureNorBeforeReceipt(hearing.heldOn(), today);
        if (hearing.party() == HearingParty.INVOLVED_EMPLOYEE && involvedEmployees.isEmpty()) {
            throw new RuleViolation("rule.awb-9-9.nobody-involved");
        }
        if (!concernsAdministrativeBody && Handler.isAmong(hearing.heardBy(), involvedEmployees)) {
            throw new RuleViolation("rule.awb-9-7.hearing-officer-involved", hearing.heardBy());
        }
        investigation().add(hearing);
        status = INVESTIGATION;
        registerEvent(new HearingRecorded(reference, hearing.party(), hearing.heldOn()));
        announceIfInvestigationCompleted(wasComplete);
    }

    /** Awb 9:10 lid 2: only the complainant's hearing may be skipped, and only for a recorded reason. */
    public void waiveComplainantHearing(HearingWaiverReason reason) {
        boolean wasComplete = investigation().isComplete(!involvedEmployees.isEmpty());
        require(WITH_HANDLER);
        investigation().waiveComplainantHearing(reason);
        status = INVESTIGATION;
        registerEvent(new ComplainantHearingWaived(reference, reason));
        announceIfInvestigationCompleted(wasComplete);
    }

    /** Awb 9:14–9:16: the committee's report and advice, only on the committee track. */
    public void recordAdvice(Advice received, LocalDate today) {
        require(WITH_HANDLER);
        if (!advisoryProcedure) {
            throw new RuleViolation("rule.awb-9-14.no-committee");
        }
        notInFutureNorBeforeReceipt(received.receivedOn(), today);
        investigation().advised(received);
        status = INVESTIGATION;
        registerEvent(new AdviceRecorded(reference, received.receivedOn()));
    }

    /** Awb 9:11 lid 2 (see {@link Deadlines#extend}). */
    public void extend(int weeks, String reason, StatutoryCalendar calendar, LocalDate today) {
        require(IN_HANDLING);
        deadlinesBecome(deadlines.extend(weeks, reason, receiptDate, advisoryProcedure, today, calendar));
        registerEvent(new Extended(reference, weeks, deadlines.extendedDueDate()));
    }

    /** Awb 9:11 lid 3 (see {@link Deadlines#consentTo}). */
    public void consentToDelay(LocalDate newDueDate, LocalDate consentReceivedOn, LocalDate today) {
        require(IN_HANDLING);
        notInFutureNorBeforeReceipt(consentReceivedOn, today);
        deadlinesBecome(deadlines.consentTo(newDueDate, consentReceivedOn, today));
        registerEvent(new DelayConsented(reference, newDueDate, consentReceivedOn));
    }

    /**
     * Awb 9:12: the written, reasoned judgment — only after the copy to the involved person (9:9), the hearings or
     * a lawful reason not to hear the complainant (9:10) and, on the committee track, the advice (9:16).
     */
    public void decide(Decision proposed, StatutoryCalendar calendar, LocalDate today) {
        require(EnumSet.of(INVESTIGATION));
        investigation().requireCompleteForDecision(!involvedEmployees.isEmpty(), advisoryProcedure);
        decision = new Decision(
                proposed.findings(), proposed.judgment(), proposed.conclusions(), proposed.measures(), today);
        status = DECIDED;
        registerEvent(
                new Decided(reference, proposed.judgment(), today, !calendar.isOverdue(deadlines.current(), today)));
    }

    /** Step 7: closure after the decision; the final message hangs on the event. */
    public void close(LocalDate today) {
        require(EnumSet.of(DECIDED));
        end(Outcome.DECIDED, RetentionResult.HANDLED, today);
    }

    /** The complainant withdraws, at any open stage. */
    public void withdraw(String reason, LocalDate today) {
        require(EnumSet.of(RECEIVED, NATURE_DETERMINED, REGISTERED, ASSIGNED, INVESTIGATION));
        closure().withdrawnBecause(reason);
        registerEvent(new Withdrawn(reference, reason));
        end(Outcome.WITHDRAWN, RetentionResult.BROKEN_OFF, today);
    }

    /** Selectielijst 2020: the result stays changeable after closure (e.g. a later ombudsman case, 13.1.2). */
    public void changeRetention(RetentionResult result) {
        require(EnumSet.of(CLOSED));
        closure().changeRetention(result);
        registerEvent(new RetentionChanged(reference, closure().retention()));
    }

    /**
     * Awb 9:18 ff.: the complainant turned to the ombudsman after the municipality's handling. Only a complaint
     * can get there; the file is then kept 10 years (Selectielijst 13.1.2).
     */
    public void recordOmbudsmanCase(Ombudsman ombudsman, String caseReference, LocalDate openedOn, LocalDate today) {
        require(EnumSet.of(CLOSED));
        notInFutureNorBeforeReceipt(openedOn, today);
        closure().openOmbudsmanCase(new OmbudsmanCase(ombudsman, caseReference, openedOn, null, null));
        registerEvent(new OmbudsmanCaseOpened(reference, ombudsman, caseReference, openedOn));
        registerEvent(new RetentionChanged(reference, closure().retention()));
    }

    /** The ombudsman's conclusion on the case, for the annual report (Awb 9:12a). */
    public void recordOmbudsmanOutcome(String how, LocalDate on, LocalDate today) {
        notInFutureNorBeforeReceipt(on, today);
        closure().concludeOmbudsmanCase(how, on);
        registerEvent(new OmbudsmanOutcomeRecorded(reference, on));
    }

    /** A reminder timer fired: true (and an event) only while the deadline is still ahead and the case open. */
    public boolean remindOfDeadline(StatutoryCalendar calendar, LocalDate today) {
        if (!IN_HANDLING.contains(status) || calendar.isOverdue(deadlines.current(), today)) {
            return false;
        }
        registerEvent(new DeadlineApproaching(reference, deadlines.current()));
        return true;
    }

    /** An overdue timer fired: true (and an event) only when the case is open and really past its deadline. */
    public boolean markOverdueIfPastDeadline(StatutoryCalendar calendar, LocalDate today) {
        if (!isOverdue(calendar, today)) {
            return false;
        }
        registerEvent(new Overdue(reference, deadlines.current()));
        return true;
    }

    /** Overdue from the day after the deadline in force, while no decision or other exit has been reached. */
    public boolean isOverdue(StatutoryCalendar calendar, LocalDate today) {
        return IN_HANDLING.contains(status) && calendar.isOverdue(deadlines.current(), today);
    }

    /** The events registered since the last save (published by the repository then). */
    Collection<Object> pendingEvents() {
        return domainEvents();
    }

    private void end(Outcome how, RetentionResult result, LocalDate today) {
        closure().end(how, result, today);
        status = CLOSED;
        registerEvent(new Closed(reference, how, today, closure().retention()));
    }

    private void deadlinesBecome(Deadlines changed) {
        deadlines = changed;
        currentDueDate = changed.current();
    }

    private void announceIfInvestigationCompleted(boolean wasComplete) {
        if (!wasComplete && investigation().isComplete(!involvedEmployees.isEmpty())) {
            registerEvent(new InvestigationCompleted(reference));
        }
    }

    /** The conduct lies before the complaint about it, and within living memory of the register. */
    private static void requirePlausibleIncidentDate(LocalDate incident, LocalDate receipt) {
        if (incident != null && (incident.isAfter(receipt) || incident.isBefore(EARLIEST_INCIDENT))) {
            throw new InvalidValue("rule.incident-date.implausible", incident, receipt);
        }
    }

    private void require(Set<Status> allowed) {
        if (!allowed.contains(status)) {
            throw new RuleViolation("rule.status.not-allowed", status);
        }
    }

    private void notInFutureNorBeforeReceipt(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidValue("rule.date.missing");
        }
        if (date.isAfter(today)) {
            throw new InvalidValue("rule.date.future", date);
        }
        if (date.isBefore(receiptDate)) {
            throw new InvalidValue("rule.date.before-receipt", date, receiptDate);
        }
    }

    public String reference() {
        return reference;
    }

    public Status status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate receiptDate() {
        return receiptDate;
    }

    public Complainant complainant() {
        return complainant;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public String remedySought() {
        return remedySought;
    }

    public List<String> involvedEmployees() {
        return List.copyOf(involvedEmployees);
    }

    public Kind kind() {
        return kind;
    }

    public TriageSuggestion suggestion() {
        return suggestion;
    }

    public String triageReason() {
        return triageReason;
    }

    public String routedTo() {
        return routedTo;
    }

    public FormalRequirements formalRequirements() {
        return formalRequirements;
    }

    public AdministrativeBody administrativeBody() {
        return administrativeBody;
    }

    public boolean concernsAdministrativeBody() {
        return concernsAdministrativeBody;
    }

    public boolean advisoryProcedure() {
        return advisoryProcedure;
    }

    public String department() {
        return department;
    }

    public String handler() {
        return handler;
    }

    public LocalDate acknowledgmentDue() {
        return acknowledgmentDue;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /** The informal phase so far (never null). */
    public InformalTrack informal() {
        return informal != null ? informal : InformalTrack.none();
    }

    /** The 9:8 decision, or null when the complaint was not declined. */
    public NotHandling notHandling() {
        return notHandling;
    }

    /** The formal investigation so far (never null). */
    public Investigation investigation() {
        if (investigation == null) {
            investigation = new Investigation();
        }
        return investigation;
    }

    public Decision decision() {
        return decision;
    }

    /** How and when it ended (never null; empty while open). */
    public Closure closure() {
        if (closure == null) {
            closure = new Closure();
        }
        return closure;
    }

    public Outcome outcome() {
        return closure().outcome();
    }

    public Retention retention() {
        return closure().retention();
    }
}
