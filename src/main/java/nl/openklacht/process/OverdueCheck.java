package nl.openklacht.process;

import nl.openklacht.complaint.ComplaintLifecycle;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The day after the deadline began: the complaint decides whether it is really overdue (not decided, not closed, the
 * date not moved); the process escalates only then.
 */
@Component("overdueCheck")
class OverdueCheck implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    OverdueCheck(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean overdue = lifecycle.markOverdueIfPastDeadline(execution.getProcessInstanceBusinessKey());
        execution.setVariableLocal(ProcessVariables.OVERDUE, overdue);
    }
}
