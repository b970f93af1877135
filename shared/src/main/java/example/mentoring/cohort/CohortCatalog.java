package example.mentoring.cohort;

import example.mentoring.http.Page;
import example.mentoring.http.Problem;
import example.mentoring.log.Log;
import java.time.Clock;
import java.util.Map;

/** Creating and reading cohorts. Creation stores the cohort and its close schedule, or neither. */
public final class CohortCatalog {

    private final Cohorts cohorts;
    private final CloseSchedules schedules;
    private final Clock clock;

    public CohortCatalog(Cohorts cohorts, CloseSchedules schedules, Clock clock) {
        this.cohorts = cohorts;
        this.schedules = schedules;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public Cohort create(NewCohort request) {
        Cohort cohort = request.toCohort(clock.instant());
        if (!cohorts.add(cohort)) {
            throw Problem.conflict("cohort-exists", "Cohort exists", "A cohort with id " + cohort.id() + " exists already.");
        }
        try {
            schedules.scheduleClose(cohort);
        } catch (RuntimeException failure) {
            cohorts.remove(cohort.id());
            throw failure;
        }
        Log.info("cohort.created", Map.of("cohortId", cohort.id().value()));
        return cohort;
    }

    public Cohort get(CohortId id) {
        return cohorts.find(id).orElseThrow(() -> Problem.notFound("No cohort " + id + "."));
    }

    public Page<Cohort> list(Page.Request request) {
        return cohorts.list(request);
    }
}
