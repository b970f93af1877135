package example.mentoring.cohort;

import example.mentoring.outcome.Conflict;

/** A cohort with the new cohort's id exists already. */
public final class CohortExists extends Conflict {

    public CohortExists(CohortId id) {
        super("cohort-exists", "Cohort exists", "A cohort with id " + id + " exists already.");
    }
}
