package example.mentoring.match;

import example.mentoring.outcome.Conflict;

/** A rematch (scope UNMATCHED) needs a MATCHED cohort: before, run the full matching; after the year, nothing. */
public final class CohortNotMatched extends Conflict {

    public CohortNotMatched(String detail) {
        super("cohort-not-matched", "Cohort not matched", detail);
    }
}
