package example.mentoring.cohort;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** A cohort as coordinators see it: the public view plus who applied and the mentor slots offered. */
public record CohortSummary(@JsonUnwrapped CohortView cohort, Cohort.ApplicationCounts counts) {

    public static CohortSummary of(Cohort cohort, Instant now) {
        return new CohortSummary(CohortView.of(cohort, now), cohort.counts());
    }
}
