/**
 * The work around a complaint, orchestrated by one BPMN model, {@code processes/complaint-handling.bpmn20.xml}
 * (process {@code complaintHandling}, business key = the complaint's reference). The only module that knows the
 * process engine.
 *
 * <p><b>The process follows the aggregate.</b> The {@link nl.openklacht.complaint.Complaint} decides what the law
 * allows; its events, published while it is saved, move the process in the same transaction, so that the case and
 * its work never disagree. Receipt starts the process with a triage task for the coordinator; each later step of the
 * aggregate completes the task that waited for it (the nature determined, registered, acknowledged, assigned, the
 * copy to the involved person, hearings, advice, the decision, the Awb 9:8 notice). A task that is not active is not
 * an error: the aggregate has already applied the law, and the process never refuses. Every ending of the complaint
 * (routed out, resolved informally, not handled, decided and closed, withdrawn) publishes {@code Closed}, which
 * interrupts the handling; only a complaint not handled on an Awb 9:8 ground then keeps a task: the written notice.
 *
 * <p><b>Clocks.</b> Beside the handling, the process watches the acknowledgment's service norm (Awb 9:6), the
 * deadline in force (Awb 9:11: a reminder some working days before it, an escalation to the coordinator from the day
 * after) and the 9:8 notice term. The dates come from the aggregate and the statutory calendar; Java turns them into
 * instants (Europe/Amsterdam) and the engine only waits for them. An extension or a consented delay re-arms the
 * deadline watch with the new date. When a timer fires, a thin task asks the complaint whether the reminder or the
 * overdue mark still applies.
 *
 * <p>Others read the open work through {@link nl.openklacht.process.WorkQueue}; nobody drives the engine directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process")
package nl.openklacht.process;
