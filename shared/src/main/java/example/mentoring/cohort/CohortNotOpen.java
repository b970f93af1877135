package example.mentoring.cohort;

import example.mentoring.outcome.Conflict;
import java.time.Instant;

/** The cohort takes no applications now: not open yet, or closed (also by a close racing the request). */
public final class CohortNotOpen extends Conflict {

    public CohortNotOpen(Cohort cohort, Instant now) {
        super("cohort-not-open", "Cohort not open", "Cohort " + cohort.id() + " is " + cohort.statusAt(now)
                + ": it takes applications from " + cohort.opensAt() + " until " + cohort.applicationDeadline() + ".");
    }
}
