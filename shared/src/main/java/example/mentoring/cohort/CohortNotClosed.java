package example.mentoring.cohort;

import example.mentoring.outcome.Conflict;

/** Matching and its confirmation need a CLOSED cohort. */
public final class CohortNotClosed extends Conflict {

    public CohortNotClosed(String detail) {
        super("cohort-not-closed", "Cohort not closed", detail);
    }
}
