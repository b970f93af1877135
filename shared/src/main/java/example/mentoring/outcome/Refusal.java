package example.mentoring.outcome;

import java.util.List;

/**
 * A request the domain refuses, and why, in the domain's words. The kinds are closed (the HTTP
 * edge maps each kind once); features add their own refusals as subclasses of the open kinds
 * ({@link NotFound}, {@link Conflict}, {@link TooLarge}). Carries no stack trace: it is an answer,
 * not a fault.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, Conflict, Invalid, Forbidden, Unauthenticated, Malformed, TooLarge, TryAgain {

    private final List<FieldError> errors;

    Refusal(String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** What a person reads: never quotes the values sent. */
    public String detail() {
        return getMessage();
    }

    /** The fields at fault, each named by a JSON pointer (or a parameter's name); often none. */
    public List<FieldError> errors() {
        return errors;
    }
}
