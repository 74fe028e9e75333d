package nl.openklacht.process;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Work queues for staff: their own, and that of one case. Reads only; work is done through the complaint's API. */
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

    @GetMapping("/complaints/{reference}/tasks")
    List<OpenTask> ofComplaint(@PathVariable String reference) {
        return queue.forComplaint(reference);
    }
}
