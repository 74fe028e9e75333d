package nl.openklacht.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.CaseAccess;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.Complaints;
import nl.openklacht.organisation.Role;
import nl.openklacht.platform.NotFound;
import nl.openklacht.platform.RuleViolation;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open work of the complaint process: what waits for the signed-in staff member, and what waits on a case. */
@Component
@Transactional(readOnly = true)
public class WorkQueue {

    static final String OVERDUE_ESCALATION = "overdueEscalation";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CaseAccess access;
    private final Complaints complaints;

    WorkQueue(TaskService tasks, RuntimeService runtime, CaseAccess access, Complaints complaints) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.access = access;
        this.complaints = complaints;
    }

    /** Tasks assigned to the current user, and unassigned tasks open to one of their roles; the earliest due first. */
    public List<OpenTask> forCurrentUser() {
        CaseAccess.Actor actor = access.current();
        TaskQuery query =
                open().processDefinitionKey(ComplaintProcess.PROCESS).or().taskAssignee(actor.username());
        if (!actor.roles().isEmpty()) {
            query.taskCandidateGroupIn(actor.roles());
        }
        return described(query.endOr().list());
    }

    /** The open tasks of one complaint, for those who may read it: the coordinator, a manager, or its handler. */
    public List<OpenTask> forComplaint(String reference) {
        Complaint complaint =
                complaints.findByReference(reference).orElseThrow(() -> new NotFound("complaint.not-found", reference));
        access.requireMayRead(complaint);
        return described(open().processInstanceBusinessKey(reference).list());
    }

    /**
     * The coordinator marks an overdue escalation as dealt with. Every other task ends through its step in the
     * complaint (the law's record), never by hand.
     */
    @Transactional
    public void resolveEscalation(String taskId) {
        if (!access.current().is(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinator only");
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFound("task.not-found", taskId);
        }
        if (!OVERDUE_ESCALATION.equals(task.getTaskDefinitionKey())) {
            throw new RuleViolation("task.not-an-escalation", task.getName());
        }
        tasks.complete(taskId);
    }

    private TaskQuery open() {
        return tasks.createTaskQuery()
                .includeIdentityLinks()
                .orderByDueDateNullsLast()
                .asc()
                .orderByTaskCreateTime()
                .asc();
    }

    private List<OpenTask> described(List<Task> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> processIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references =
                runtime.createProcessInstanceQuery().processInstanceIds(processIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return open.stream()
                .map(task -> new OpenTask(
                        task.getId(),
                        references.get(task.getProcessInstanceId()),
                        task.getTaskDefinitionKey(),
                        task.getName(),
                        task.getAssignee(),
                        candidateGroupOf(task),
                        task.getCreateTime().toInstant(),
                        task.getDueDate() == null
                                ? null
                                : LocalDate.ofInstant(task.getDueDate().toInstant(), StatutoryCalendar.AMSTERDAM)))
                .toList();
    }

    private static String candidateGroupOf(Task task) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId)
                .findFirst()
                .orElse(null);
    }
}
