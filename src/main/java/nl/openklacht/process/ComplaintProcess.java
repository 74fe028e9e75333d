package nl.openklacht.process;

import static nl.openklacht.process.ProcessVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openklacht.complaint.ComplaintEvent.*;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets the {@code complaintHandling} process follow the complaint. Each of the aggregate's events, published while
 * it is saved, moves the process in the same transaction: both change, or neither. The aggregate has already applied
 * the law, so the process never refuses: a task that is not (or no longer) active is simply not there to complete,
 * and a complaint without a process (received before there was one) is left alone.
 */
@Component
class ComplaintProcess {

    static final String PROCESS = "complaintHandling";

    private static final String TRIAGE = "triage";
    private static final String REGISTRATION = "registration";
    private static final String ACKNOWLEDGMENT = "acknowledgment";
    private static final String ACKNOWLEDGMENT_ESCALATION = "acknowledgmentEscalation";
    private static final String ASSIGNMENT = "assignment";
    private static final String INFORMAL_CONTACT = "informalContact";
    private static final String INVESTIGATION = "investigation";
    private static final String ADVICE = "advice";
    private static final String DECISION = "decision";
    private static final String CLOSURE = "closure";
    private static final String NOT_HANDLED_NOTICE = "notHandledNotice";
    private static final String NOTICE_ESCALATION = "noticeEscalation";

    /** The handler's tasks, in the order of the handling; an event of one step also settles the steps before it. */
    private static final List<String> HANDLER_TASKS =
            List.of(INFORMAL_CONTACT, INVESTIGATION, ADVICE, DECISION, CLOSURE);

    /** The handler's tasks that are due on the deadline in force (Awb 9:11). */
    private static final List<String> DUE_ON_THE_DEADLINE = List.of(INFORMAL_CONTACT, INVESTIGATION, ADVICE, DECISION);

    private static final String ACKNOWLEDGMENT_DUE = "acknowledgmentDue";
    private static final String DEADLINE_CHANGED = "deadlineChanged";
    private static final String COMPLAINT_CLOSED = "complaintClosed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TimerDates timerDates;

    ComplaintProcess(RuntimeService runtime, TaskService tasks, TimerDates timerDates) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.timerDates = timerDates;
    }

    @EventListener
    void on(Received received) {
        runtime.startProcessInstanceByKey(PROCESS, received.reference());
    }

    @EventListener
    void on(NatureDetermined determined) {
        boolean staysAComplaint = determined.routedTo() == null;
        complete(determined.reference(), Map.of(COMPLAINT, staysAComplaint), TRIAGE);
    }

    @EventListener
    void on(Registered registered) {
        Map<String, Object> variables = new HashMap<>(timerDates.deadline(registered.dueDate()));
        variables.put(ADVISORY_PROCEDURE, registered.advisoryProcedure());
        complete(registered.reference(), variables, REGISTRATION);
    }

    @EventListener
    void on(AcknowledgmentDue due) {
        correlate(due.reference(), ACKNOWLEDGMENT_DUE, timerDates.acknowledgment(due.dueOn()));
    }

    @EventListener
    void on(Acknowledged acknowledged) {
        complete(acknowledged.reference(), Map.of(), ACKNOWLEDGMENT, ACKNOWLEDGMENT_ESCALATION);
    }

    /** The first assignment opens the handler's work; a later one moves the open work to the new handler. */
    @EventListener
    void on(Assigned assigned) {
        processOf(assigned.reference()).ifPresent(process -> {
            runtime.setVariable(process.getId(), HANDLER, assigned.handler());
            openTasks(process, HANDLER_TASKS).forEach(task -> tasks.setAssignee(task.getId(), assigned.handler()));
        });
        complete(assigned.reference(), Map.of(), ASSIGNMENT);
    }

    /** Awb 9:9: the copy to the involved person starts the formal investigation; the informal phase is over. */
    @EventListener
    void on(InvolvedCopySent sent) {
        complete(sent.reference(), Map.of(), INFORMAL_CONTACT);
    }

    /** A hearing (or the lawful reason not to hear the complainant) starts the formal investigation. */
    @EventListener
    void on(HearingRecorded recorded) {
        complete(recorded.reference(), Map.of(), INFORMAL_CONTACT);
    }

    @EventListener
    void on(ComplainantHearingWaived waived) {
        complete(waived.reference(), Map.of(), INFORMAL_CONTACT);
    }

    /** The aggregate says when Awb 9:9 and 9:10 are satisfied; only then does the investigation task end. */
    @EventListener
    void on(InvestigationCompleted completed) {
        complete(completed.reference(), Map.of(), INFORMAL_CONTACT, INVESTIGATION);
    }

    /** Advice may come before the hearings are done; the process then need not ask for it again. */
    @EventListener
    void on(AdviceRecorded recorded) {
        complete(recorded.reference(), Map.of(ADVICE_RECEIVED, true), INFORMAL_CONTACT, ADVICE);
    }

    @EventListener
    void on(Decided decided) {
        complete(decided.reference(), Map.of(), INFORMAL_CONTACT, INVESTIGATION, ADVICE, DECISION);
    }

    @EventListener
    void on(Extended extended) {
        deadlineChanged(extended.reference(), extended.newDueDate());
    }

    @EventListener
    void on(DelayConsented consented) {
        deadlineChanged(consented.reference(), consented.newDueDate());
    }

    /** Awb 9:8: the notice clock starts when the complaint is declined; it runs after the closure below. */
    @EventListener
    void on(NotHandled notHandled) {
        processOf(notHandled.reference())
                .ifPresent(process -> runtime.setVariables(process.getId(), timerDates.notice(notHandled.noticeDue())));
    }

    @EventListener
    void on(NotHandledNoticeSent sent) {
        complete(sent.reference(), Map.of(), NOT_HANDLED_NOTICE, NOTICE_ESCALATION);
    }

    @EventListener
    void on(Closed closed) {
        correlate(
                closed.reference(),
                COMPLAINT_CLOSED,
                Map.of(OUTCOME, closed.outcome().name()));
    }

    private void deadlineChanged(String reference, LocalDate newDueDate) {
        correlate(reference, DEADLINE_CHANGED, timerDates.deadline(newDueDate));
        processOf(reference)
                .ifPresent(process -> openTasks(process, DUE_ON_THE_DEADLINE)
                        .forEach(task -> tasks.setDueDate(task.getId(), Date.from(TimerDates.startOfDay(newDueDate)))));
    }

    /**
     * Completes the named tasks that are open, following the process forward: completing one may open the next that
     * the same event has already settled (a hearing recorded during the informal phase ends that phase and the
     * investigation). Each task is completed at most once, so this ends.
     */
    private void complete(String reference, Map<String, Object> variables, String... keys) {
        processOf(reference).ifPresent(process -> {
            if (!variables.isEmpty()) {
                runtime.setVariables(process.getId(), variables);
            }
            List<String> remaining = new ArrayList<>(List.of(keys));
            List<Task> open;
            while (!remaining.isEmpty() && !(open = openTasks(process, remaining)).isEmpty()) {
                for (Task task : open) {
                    remaining.remove(task.getTaskDefinitionKey());
                    tasks.complete(task.getId());
                }
            }
        });
    }

    private void correlate(String reference, String message, Map<String, Object> variables) {
        processOf(reference).ifPresent(process -> {
            runtime.setVariables(process.getId(), variables);
            List<Execution> waiting = runtime.createExecutionQuery()
                    .processInstanceId(process.getId())
                    .messageEventSubscriptionName(message)
                    .list();
            waiting.forEach(execution -> runtime.messageEventReceived(message, execution.getId()));
        });
    }

    private List<Task> openTasks(ProcessInstance process, List<String> keys) {
        return tasks.createTaskQuery()
                .processInstanceId(process.getId())
                .taskDefinitionKeys(keys)
                .list();
    }

    private Optional<ProcessInstance> processOf(String reference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(reference)
                .singleResult());
    }
}
