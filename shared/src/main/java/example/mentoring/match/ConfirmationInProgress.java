package example.mentoring.match;

import example.mentoring.cohort.CohortId;
import example.mentoring.outcome.Conflict;

/** A rematch reads the cohort's matches: not while a confirmation is still writing them. */
public final class ConfirmationInProgress extends Conflict {

    public ConfirmationInProgress(CohortId cohortId) {
        super("confirmation-in-progress", "A confirmation is in progress",
                "A run of cohort " + cohortId + " is being confirmed; rematch once it is CONFIRMED.");
    }
}
