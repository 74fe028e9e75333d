package nl.openklacht.platform;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every refusal into {@code application/problem+json} with a Dutch, human-readable detail (Dutch API Design
 * Rules). Bad input is the caller's problem (4xx), never a 500.
 */
@RestControllerAdvice
class ProblemAnswers extends ResponseEntityExceptionHandler {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;

    ProblemAnswers(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation violation) {
        HttpStatus status = violation instanceof NotFound
                ? HttpStatus.NOT_FOUND
                : violation instanceof InvalidValue ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(violation));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), DUTCH));
        problem.setProperty("code", violation.code());
        return problem;
    }

    /** Two people changed the same case at once: the second is told to look again, nothing is lost. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException conflict) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("problem.concurrent-change"));
        problem.setTitle(message("problem.title.409"));
        return problem;
    }

    /** A value the database cannot hold slipped past validation: still the caller's input, so 422, never 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail unstorable(DataIntegrityViolationException violation) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message("problem.unstorable"));
        problem.setTitle(message("problem.title.422"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("problem.forbidden"));
        problem.setTitle(message("problem.title.403"));
        return problem;
    }

    /** Method validation outside the web layer's own (e.g. a validated bean) refuses a parameter: 400. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolated(ConstraintViolationException violation) {
        String detail = violation.getConstraintViolations().stream()
                .map(each -> each.getPropertyPath() + ": " + each.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.validation", detail));
        problem.setTitle(message("problem.title.400"));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, message("problem.parameter-invalid", mismatch.getName(), mismatch.getValue()));
        problem.setTitle(message("problem.title.400"));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof InvalidFormatException invalid) {
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    message("problem.value-invalid", fieldOf(invalid), String.valueOf(invalid.getValue())));
            problem.setTitle(message("problem.title.422"));
        } else if (ex.getCause() instanceof DatabindException binding
                && !binding.getPath().isEmpty()) {
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, message("problem.field-unreadable", fieldOf(binding)));
            problem.setTitle(message("problem.title.422"));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.body-unreadable"));
            problem.setTitle(message("problem.title.400"));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + messages.getMessage(error, DUTCH))
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, message("problem.validation", detail));
        problem.setTitle(message("problem.title.422"));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    private static String fieldOf(DatabindException binding) {
        return binding.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private String text(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Enum<?> value) {
                arguments[i] = label(value);
            }
        }
        return messages.getMessage(violation.code(), arguments, violation.code(), DUTCH);
    }

    /** Enum values in refusals are shown by their Dutch label ({@code label.<Type>.<VALUE>}) where one exists. */
    private String label(Enum<?> value) {
        String code = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(code, null, value.name(), DUTCH);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, DUTCH);
    }
}
