package example.mentoring.cohort;

import example.mentoring.aws.Transactions.ConditionsFailed;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import example.mentoring.log.Log;
import example.mentoring.outcome.ConcurrentUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creating and reading cohorts. Creation stores the cohort, its extras and its schedules, or none of them. */
public final class CohortCatalog {

    private final Cohorts cohorts;
    private final CloseSchedules schedules;
    private final Transactions transactions;
    private final Clock clock;

    public CohortCatalog(Cohorts cohorts, CloseSchedules schedules, Transactions transactions, Clock clock) {
        this.cohorts = cohorts;
        this.schedules = schedules;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Stores the cohort with its extras in one transaction, then schedules its close and its year's
     * end; if a schedule cannot be made, the stored writes are undone and the failure reported.
     */
    public Cohort create(NewCohort request, CohortExtras extras) {
        Cohort cohort = request.toCohort(clock.instant());
        CohortExtras.Writes more = extras.prepare(cohort);
        List<Write> writes = new ArrayList<>();
        writes.add(cohorts.newCohort(cohort, request.carryOverFrom()));
        writes.addAll(more.apply());
        try {
            transactions.write(writes);
        } catch (ConditionsFailed extrasTakenMeanwhile) {
            throw new ConcurrentUpdate("Something it needs was taken meanwhile; try again.");
        }
        try {
            schedules.scheduleClose(cohort);
            schedules.scheduleCompletion(cohort);
        } catch (RuntimeException failure) {
            try {
                schedules.cancel(cohort.id()); // the close, made before the completion failed
            } catch (RuntimeException leftOver) {
                // a close schedule left over finds no cohort and does nothing
            }
            List<Write> undo = new ArrayList<>();
            undo.add(cohorts.removal(cohort.id()));
            undo.addAll(more.undo());
            transactions.write(undo);
            throw failure;
        }
        Log.info("cohort.created", Map.of("cohortId", cohort.id().value()));
        return cohort;
    }

    public Cohort get(CohortId id) {
        return cohorts.get(id);
    }

    public Page<Cohort> list(Page.Request request) {
        return cohorts.list(request);
    }
}
