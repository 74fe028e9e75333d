package nl.openklacht.platform;

/** A value that can never be right, whatever the state (a date in the future, an unknown department): 422. */
public class InvalidValue extends RuleViolation {

    public InvalidValue(String code, Object... arguments) {
        super(code, arguments);
    }
}
