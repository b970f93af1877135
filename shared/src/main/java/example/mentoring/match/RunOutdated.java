package example.mentoring.match;

import example.mentoring.outcome.Conflict;

/** An application the run names no longer exists: the run must be made again. */
public final class RunOutdated extends Conflict {

    public RunOutdated(String runId) {
        super("run-outdated", "Run outdated", "An application of run " + runId + " no longer exists; run matching again.");
    }
}
