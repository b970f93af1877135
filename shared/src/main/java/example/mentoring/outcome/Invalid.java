package example.mentoring.outcome;

import java.util.List;

/** The request's fields break its rules: every failing field is named at once. */
public final class Invalid extends Refusal {

    public Invalid(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
    }

    public static Invalid field(String field, String message) {
        return new Invalid(List.of(new FieldError(field, message)));
    }

    /** A command's invariant: refuses with {@code field}'s error unless {@code holds}. */
    public static void unless(boolean holds, String field, String message) {
        if (!holds) {
            throw field(field, message);
        }
    }
}
