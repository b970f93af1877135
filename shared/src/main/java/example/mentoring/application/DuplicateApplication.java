package example.mentoring.application;

import example.mentoring.outcome.Conflict;
import java.util.Locale;

/** The (role, email) pair has applied to this cohort already. */
public final class DuplicateApplication extends Conflict {

    public DuplicateApplication(String role) {
        super("duplicate-application", "Duplicate application",
                "This email has already applied as " + role.toLowerCase(Locale.ROOT) + " to this cohort.");
    }
}
