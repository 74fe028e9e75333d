package nl.openklacht.process;

import nl.openklacht.complaint.ComplaintLifecycle;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reminder timer fired: the complaint decides whether a reminder still applies (Awb 9:11). */
@Component("deadlineReminder")
class DeadlineReminder implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    DeadlineReminder(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.remindOfDeadline(execution.getProcessInstanceBusinessKey());
    }
}
