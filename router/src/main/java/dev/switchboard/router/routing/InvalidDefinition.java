package dev.switchboard.router.routing;

/**
 * A schedule or rule set an admin wrote that cannot be used as it is.
 *
 * @see #field()
 */
public final class InvalidDefinition extends IllegalArgumentException {

    private final String field;

    public InvalidDefinition(String field, String detail) {
        super(detail);
        this.field = field;
    }

    /** Where in the definition the fault is, as a path: {@code weekly[2]}, {@code rules[0].pattern}. */
    public String field() {
        return field;
    }
}
