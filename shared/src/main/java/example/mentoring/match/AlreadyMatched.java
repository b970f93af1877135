package example.mentoring.match;

import example.mentoring.cohort.CohortId;
import example.mentoring.outcome.Conflict;

/** Another run was confirmed for the cohort. */
public final class AlreadyMatched extends Conflict {

    public AlreadyMatched(CohortId cohortId) {
        super("already-matched", "Already matched", "Another run was confirmed for cohort " + cohortId + ".");
    }
}
