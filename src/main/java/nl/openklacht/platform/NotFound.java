package nl.openklacht.platform;

/** Something asked for by its reference or code that does not exist: 404. */
public class NotFound extends RuleViolation {

    public NotFound(String code, Object... arguments) {
        super(code, arguments);
    }
}
