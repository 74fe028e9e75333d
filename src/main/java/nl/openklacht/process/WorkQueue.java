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
import nl.openklacht.platform.NotFound;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open work of the complaint process: what waits for the signed-in staff member, and what waits on a case. */
@Component
@Transactional(readOnly = true)
public class WorkQueue {

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
