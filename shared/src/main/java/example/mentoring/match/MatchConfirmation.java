package example.mentoring.match;

import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotClosed;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A coordinator's confirmation of a run. Everything the confirmation will write is built first
 * ({@link ConfirmationPlanner}), so that nothing that can fail comes after the first write; then
 * the cohort is marked as matched by this run (so no other run can be confirmed) and the run
 * becomes CONFIRMING with its progress at 0 of the plan's steps. The {@link ConfirmationWorker}
 * then writes the steps: here, in the request, for as long as the request may take (a small
 * cohort is CONFIRMED before the answer), and on in the confirm-matches function for the rest.
 * Confirming again, while CONFIRMING or after, starts nothing new: it answers the run as it stands
 * (and lends a hand if no worker holds it). A rematch (scope UNMATCHED) adds its matches beside the
 * cohort's others: it leaves the cohort's confirmed run alone, and is confirmed only if the cohort's
 * matches are still those it was run on.
 */
public final class MatchConfirmation {

    private final Cohorts cohorts;
    private final MatchingRuns runs;
    private final ConfirmationPlanner planner;
    private final ConfirmationWorker worker;
    private final Clock clock;

    public MatchConfirmation(Cohorts cohorts, MatchingRuns runs, ConfirmationPlanner planner, ConfirmationWorker worker,
                             Clock clock) {
        this.cohorts = cohorts;
        this.runs = runs;
        this.planner = planner;
        this.worker = worker;
        this.clock = clock;
    }

    /** Starts (or joins) the confirmation and works on it while {@code timeLeft}; answers the run as it then stands. */
    public MatchingRun confirm(CohortId cohortId, String runId, BooleanSupplier timeLeft) {
        MatchingRun run = runs.get(cohortId.value(), runId);
        if (run.status() == MatchingRun.RunStatus.CONFIRMED) {
            return run;
        }
        Instant now = clock.instant();
        String self = ConfirmationWorker.newWorker();
        Cohort cohort = cohorts.get(cohortId);
        boolean rematch = run.scope() == RunScope.UNMATCHED;
        if (!rematch && cohort.confirmedRunId().filter(other -> !other.equals(runId)).isPresent()) {
            throw new AlreadyMatched(cohortId);
        }
        if (run.status() == MatchingRun.RunStatus.PROPOSED) {
            if (rematch && cohort.statusAt(now) != CohortStatus.MATCHED) {
                throw new CohortNotMatched("Cohort " + cohortId + " is " + cohort.statusAt(now) + ", not MATCHED.");
            }
            if (!rematch && cohort.confirmedRunId().isEmpty() && cohort.statusAt(now) != CohortStatus.CLOSED) {
                throw new CohortNotClosed("Cohort " + cohortId + " is " + cohort.statusAt(now) + ", not CLOSED.");
            }
            // Everything that can fail has by now: only then is the cohort marked as matched by this
            // run, or (a rematch) its matches as changed by it, provided they did not change since the run.
            ConfirmationPlan plan = planner.plan(cohort, run, now);
            if (rematch && !cohorts.startRematch(cohortId, runId, run.basis())) {
                throw RunOutdated.matchesChanged(runId);
            }
            if (!rematch && !cohorts.confirmRun(cohortId, runId)) {
                throw new AlreadyMatched(cohortId);
            }
            if (runs.startConfirming(cohortId.value(), runId, plan.steps(), self, now, now.plus(ConfirmationWorker.LEASE))) {
                Log.info("matching.confirming", Map.of("cohortId", cohortId.value(), "runId", runId, "steps", plan.steps()));
            }
        }
        worker.resumeAs(self, cohortId.value(), runId, timeLeft);
        return runs.find(cohortId.value(), runId).orElseThrow();
    }
}
