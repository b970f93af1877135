package example.mentoring.match;

import example.mentoring.outcome.Conflict;

/**
 * The run no longer fits the cohort and must be made again: an application it names no longer
 * exists, or (a rematch) the cohort's matches changed since it was run.
 */
public final class RunOutdated extends Conflict {

    public RunOutdated(String runId) {
        this(runId, "An application of run " + runId + " no longer exists; run matching again.");
    }

    private RunOutdated(String runId, String detail) {
        super("run-outdated", "Run outdated", detail);
    }

    static RunOutdated matchesChanged(String runId) {
        return new RunOutdated(runId, "The cohort's matches changed since rematch " + runId
                + " was run (a match ended, or another rematch was confirmed); run the rematch again.");
    }
}
