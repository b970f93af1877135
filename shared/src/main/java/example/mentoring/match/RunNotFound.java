package example.mentoring.match;

import example.mentoring.outcome.NotFound;

/** The cohort has no matching run with this id. */
public final class RunNotFound extends NotFound {

    public RunNotFound(String runId) {
        super("No run " + runId + " for this cohort.");
    }
}
