package example.mentoring.application;

import example.mentoring.outcome.Conflict;
import example.mentoring.notification.email.ProgramRole;

/** The (role, email) pair has applied to this cohort already. */
public final class DuplicateApplication extends Conflict {

    public DuplicateApplication(ProgramRole role) {
        super("duplicate-application", "Duplicate application",
                "This email has already applied as " + role.noun() + " to this cohort.");
    }
}
