package nl.openklacht.process;

import java.util.Locale;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A person's action and a timer touched the same process at the same moment: the action was rolled back as a whole
 * (case and process share the transaction), so the person is asked to try again — a 409, not a 500.
 */
@RestControllerAdvice
class ConcurrentProcessChange {

    private final MessageSource messages;

    ConcurrentProcessChange(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FlowableOptimisticLockingException.class)
    ProblemDetail conflict(FlowableOptimisticLockingException conflict) {
        Locale dutch = Locale.forLanguageTag("nl");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("problem.concurrent-change", null, dutch));
        problem.setTitle(messages.getMessage("problem.title.409", null, dutch));
        return problem;
    }
}
