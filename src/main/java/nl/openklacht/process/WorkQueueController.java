package nl.openklacht.process;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work queues for staff: their own, and that of one case. Work is done through the complaint's API; only an overdue
 * escalation, which has no step of its own in the complaint, is marked as dealt with here.
 */
@RestController
@RequestMapping("/api/v1")
class WorkQueueController {

    private final WorkQueue queue;

    WorkQueueController(WorkQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/tasks")
    List<OpenTask> mine() {
        return queue.forCurrentUser();
    }

    @PostMapping("/tasks/{taskId}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resolveEscalation(@PathVariable String taskId) {
        queue.resolveEscalation(taskId);
    }

    @GetMapping("/complaints/{reference}/tasks")
    List<OpenTask> ofComplaint(@PathVariable String reference) {
        return queue.forComplaint(reference);
    }
}
