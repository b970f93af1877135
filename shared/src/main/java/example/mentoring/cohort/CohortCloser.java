package example.mentoring.cohort;

import example.mentoring.log.Log;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Closes cohorts to applications: on a coordinator's request, when the deadline schedule fires, and
 * in the periodic sweep. Idempotent: closing a closed cohort changes nothing.
 */
public final class CohortCloser {

    private final Cohorts cohorts;
    private final Clock clock;

    public CohortCloser(Cohorts cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** Closes now (or records the deadline if that came first); the cohort as it then is. */
    public Cohort close(CohortId id) {
        Instant now = clock.instant();
        Cohort cohort = cohorts.get(id);
        if (cohort.closedAt().isEmpty() && cohorts.recordClose(id, cohort.closingTime(now))) {
            Log.info("cohort.closed", Map.of("cohortId", id.value()));
        }
        return cohorts.find(id).orElseThrow();
    }

    /** Closes every cohort whose deadline has passed without a recorded close. */
    public List<CohortId> closeOverdue() {
        Instant now = clock.instant();
        List<CohortId> overdue = cohorts.overdueAt(now);
        for (CohortId id : overdue) {
            cohorts.find(id).ifPresent(cohort -> {
                if (cohorts.recordClose(id, cohort.closingTime(now))) {
                    Log.info("cohort.closed", Map.of("cohortId", id.value(), "by", "sweep"));
                }
            });
        }
        return overdue;
    }
}
