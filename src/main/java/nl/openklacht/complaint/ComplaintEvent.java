package nl.openklacht.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a complaint, published when the aggregate is saved, in the same transaction. The process, the
 * history and (later) correspondence and reporting hang on these.
 */
public sealed interface ComplaintEvent {

    String reference();

    record Received(String reference, Channel channel, Instant receivedAt, LocalDate receiptDate)
            implements ComplaintEvent {}

    record NatureDetermined(String reference, Kind kind, String reason, String routedTo, boolean forwarded)
            implements ComplaintEvent {}

    record Registered(
            String reference, String department, boolean advisoryProcedure, LocalDate dueDate, LocalDate noticeDue)
            implements ComplaintEvent {}

    /** Awb 9:6: the written acknowledgment is owed; the service norm gives its date. */
    record AcknowledgmentDue(String reference, LocalDate dueOn, boolean advisoryProcedure) implements ComplaintEvent {}

    record Acknowledged(String reference, LocalDate sentOn) implements ComplaintEvent {}

    record Assigned(String reference, String department, String handler) implements ComplaintEvent {}

    record InformalContactRecorded(String reference, LocalDate contactedOn) implements ComplaintEvent {}

    record ResolvedInformally(String reference, String confirmation) implements ComplaintEvent {}

    record NotHandled(String reference, NotHandledGround ground, LocalDate noticeDue) implements ComplaintEvent {}

    record NotHandledNoticeSent(String reference, LocalDate sentOn, boolean withinTerm) implements ComplaintEvent {}

    record InvolvedCopySent(String reference, LocalDate sentOn) implements ComplaintEvent {}

    record HearingRecorded(String reference, HearingParty party, LocalDate heldOn) implements ComplaintEvent {}

    record ComplainantHearingWaived(String reference, HearingWaiverReason reason) implements ComplaintEvent {}

    /** Awb 9:9 and 9:10 are satisfied: what remains is the advice (on the committee track) and the decision. */
    record InvestigationCompleted(String reference) implements ComplaintEvent {}

    record AdviceRecorded(String reference, LocalDate receivedOn) implements ComplaintEvent {}

    record Extended(String reference, int weeks, LocalDate newDueDate) implements ComplaintEvent {}

    record DelayConsented(String reference, LocalDate newDueDate, LocalDate consentReceivedOn)
            implements ComplaintEvent {}

    record DeadlineApproaching(String reference, LocalDate dueDate) implements ComplaintEvent {}

    record Overdue(String reference, LocalDate dueDate) implements ComplaintEvent {}

    record Decided(String reference, Judgment judgment, LocalDate decidedOn, boolean withinTerm)
            implements ComplaintEvent {}

    record Withdrawn(String reference, String reason) implements ComplaintEvent {}

    /** Every ending ends here: routed out, resolved, not handled, decided and closed, withdrawn. */
    record Closed(String reference, Outcome outcome, LocalDate closedOn, Retention retention)
            implements ComplaintEvent {}

    record OmbudsmanCaseOpened(String reference, Ombudsman ombudsman, String caseReference, LocalDate openedOn)
            implements ComplaintEvent {}

    record OmbudsmanOutcomeRecorded(String reference, LocalDate on) implements ComplaintEvent {}

    record RetentionChanged(String reference, Retention retention) implements ComplaintEvent {}
}
