package nl.openklacht.platform;

/**
 * A move the law or the lifecycle does not allow. The code names a message in {@code messages.properties}, where
 * the Dutch text starts with the rule that refused it (e.g. "Awb 9:7: ..."). Answered with 409 Conflict.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RuleViolation(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
