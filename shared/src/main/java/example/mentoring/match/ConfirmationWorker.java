package example.mentoring.match;

import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.log.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Writes a CONFIRMING run's plan, batch by batch, from its checkpoint. A worker first takes the
 * run's lease (so two workers never write the same run at once); each batch of writes goes in one
 * transaction with the checkpoint that counts it (which holds only while this worker has the lease
 * and the checkpoint is where it read it), so progress is exactly what was written. A worker stops
 * when its time is up (and gives the lease back) or when it crashes (the lease runs out); the next
 * one goes on from the checkpoint. Groups written by a confirmation that kept no checkpoint are
 * skipped by their cancellation reasons ({@link Transactions#writeGroups}), the rest of the batch
 * still written in one transaction.
 */
public final class ConfirmationWorker {

    /** How long a lease lasts unless renewed: each checkpoint renews it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** A run without progress for this long is stalled: the stuck-confirmation alarm watches it. */
    public static final String STALLED_METRIC = "ConfirmationStalledSeconds";

    private final Cohorts cohorts;
    private final MatchingRuns runs;
    private final ConfirmationPlanner planner;
    private final ParticipantAccounts accounts;
    private final Transactions transactions;
    private final Clock clock;

    public ConfirmationWorker(Cohorts cohorts, MatchingRuns runs, ConfirmationPlanner planner,
                              ParticipantAccounts accounts, Transactions transactions, Clock clock) {
        this.cohorts = cohorts;
        this.runs = runs;
        this.planner = planner;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a worker's turn on one run came to. */
    public enum Outcome { CONFIRMED, PAUSED, HELD_ELSEWHERE }

    /**
     * Works on the run while {@code timeLeft} says so: CONFIRMED when the last step is written,
     * PAUSED when time ran out first (the lease given back), HELD_ELSEWHERE when another worker
     * has it (or it is not CONFIRMING).
     */
    public Outcome resume(String cohortId, String runId, BooleanSupplier timeLeft) {
        String worker = UUID.randomUUID().toString();
        Optional<MatchingRuns.Lease> lease = runs.lease(cohortId, runId, worker, clock.instant(), clock.instant().plus(LEASE));
        if (lease.isEmpty()) {
            return Outcome.HELD_ELSEWHERE;
        }
        try {
            return work(cohortId, runId, worker, lease.get(), timeLeft);
        } catch (RuntimeException e) {
            giveBack(cohortId, runId, worker);
            throw e;
        }
    }

    private Outcome work(String cohortId, String runId, String worker, MatchingRuns.Lease lease, BooleanSupplier timeLeft) {
        if (!timeLeft.getAsBoolean()) {
            giveBack(cohortId, runId, worker);
            return Outcome.PAUSED;
        }
        MatchingRun run = runs.find(cohortId, runId).orElseThrow();
        ConfirmationPlan plan = planner.plan(cohorts.find(new CohortId(cohortId)).orElseThrow(), run, lease.startedAt());
        int done = lease.confirmed();
        int firstStep = done;
        while (done < plan.steps() && timeLeft.getAsBoolean()) {
            ConfirmationPlan.Batch batch = plan.batchFrom(done);
            Instant now = clock.instant();
            boolean counted = switch (batch) {
                case ConfirmationPlan.Writes writes -> writeCounted(writes.groups(), runs.checkpoint(cohortId, runId,
                        worker, done, done + writes.size(), now, now.plus(LEASE)));
                case ConfirmationPlan.Invitations invitations -> {
                    accounts.invite(invitations.emails());
                    yield runs.advance(cohortId, runId, worker, done, done + invitations.size(), now, now.plus(LEASE));
                }
            };
            if (counted) {
                done += batch.size();
                continue;
            }
            // The checkpoint did not hold: another worker took the run over, or this worker's own
            // write landed on an attempt whose answer was lost. Ask again where the run stands.
            Optional<MatchingRuns.Lease> again = runs.lease(cohortId, runId, worker, now, now.plus(LEASE));
            if (again.isEmpty()) {
                return Outcome.HELD_ELSEWHERE;
            }
            done = again.get().confirmed();
        }
        if (done == plan.steps() && runs.markConfirmed(cohortId, runId, worker, done, clock.instant())) {
            Log.info("matching.confirmed", Map.of("cohortId", cohortId, "runId", runId,
                    "matches", plan.pairs().size(), "waitListed", plan.notices().size(),
                    "invited", plan.invitations().size()));
            return Outcome.CONFIRMED;
        }
        giveBack(cohortId, runId, worker);
        Log.info("matching.confirming.paused", Map.of("cohortId", cohortId, "runId", runId, "from", firstStep,
                "to", done, "of", plan.steps()));
        return Outcome.PAUSED;
    }

    private boolean writeCounted(List<List<Write>> groups, Write checkpoint) {
        try {
            int before = transactions.writeGroups(groups, List.of(checkpoint));
            if (before > 0) {
                Log.info("matching.confirming.skipped", Map.of("writtenBefore", before, "of", groups.size()));
            }
            return true;
        } catch (Transactions.ConditionsFailed checkpointMoved) {
            return false;
        }
    }

    private void giveBack(String cohortId, String runId, String worker) {
        try {
            runs.release(cohortId, runId, worker);
        } catch (RuntimeException e) {
            // the lease runs out on its own
        }
    }

    /**
     * One pass over every CONFIRMING run (the confirm-matches function's turn, woken by a run's
     * change or by its schedule): each run that no worker holds is worked on while {@code timeLeft}.
     * Publishes, when any run is confirming, how long the most stalled one has gone without
     * progress, for the alarm.
     */
    public void resumeAll(BooleanSupplier timeLeft) {
        List<MatchingRuns.Confirming> confirming = runs.confirming();
        if (confirming.isEmpty()) {
            return; // nothing to do and nothing to report (the alarm treats no data as fine)
        }
        Instant now = clock.instant();
        long stalled = confirming.stream().mapToLong(run -> Duration.between(run.progressAt(), now).toSeconds())
                .max().orElse(0);
        Metrics.seconds("matching", Map.of(STALLED_METRIC, (int) Math.min(Integer.MAX_VALUE, Math.max(0, stalled))), now);
        Metrics.count("matching", Map.of("RunsConfirming", confirming.size()), now);
        for (MatchingRuns.Confirming run : confirming) {
            if (!timeLeft.getAsBoolean()) {
                return;
            }
            if (run.leaseUntil().filter(until -> until.isAfter(clock.instant())).isEmpty()) {
                resume(run.cohortId(), run.runId(), timeLeft);
            }
        }
    }
}
