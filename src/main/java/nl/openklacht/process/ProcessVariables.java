package nl.openklacht.process;

/**
 * The names of the process variables of {@code complaintHandling}: ids and routing facts only, never the case itself.
 * The complaint's reference is the business key. Dates are ISO-8601 instants computed by {@link TimerDates}.
 */
final class ProcessVariables {

    /** Routing fact from triage: the message is a complaint under Awb chapter 9. */
    static final String COMPLAINT = "complaint";

    /** Routing fact from registration: the advisory-committee track (Awb 9:14). */
    static final String ADVISORY_PROCEDURE = "advisoryProcedure";

    /** the committee's advice is already in (Awb 9:16), so no advice task is needed */
    static final String ADVICE_RECEIVED = "adviceReceived";

    /** Username of the handler (Awb 9:7) to whom the handler's tasks are assigned. */
    static final String HANDLER = "handler";

    /** Start of the day the acknowledgment is due under the service norm (Awb 9:6): the task's due date. */
    static final String ACKNOWLEDGMENT_DUE_AT = "acknowledgmentDueAt";

    /** The day after that: not acknowledged by then escalates to the coordinator. */
    static final String ACKNOWLEDGMENT_ESCALATION_AT = "acknowledgmentEscalationAt";

    /** Start of the day of the deadline in force (Awb 9:11): the due date of the handling tasks. */
    static final String DEADLINE_DUE_AT = "deadlineDueAt";

    /** When the reminder before the deadline in force fires. */
    static final String REMINDER_AT = "reminderAt";

    /** Start of the day after the deadline in force: from then the complaint is overdue. */
    static final String OVERDUE_AT = "overdueAt";

    /** Result of the overdue check, local to the deadline watch. */
    static final String OVERDUE = "overdue";

    /** How the complaint ended: a {@link nl.openklacht.complaint.Outcome} name. */
    static final String OUTCOME = "outcome";

    /** Start of the day the Awb 9:8 notice is due: the notice task's due date. */
    static final String NOTICE_DUE_AT = "noticeDueAt";

    /** The day after that: no notice sent by then escalates to the coordinator. */
    static final String NOTICE_ESCALATION_AT = "noticeEscalationAt";

    private ProcessVariables() {}
}
