package example.mentoring.match;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortView;
import java.time.Instant;
import java.util.List;

/**
 * A cohort as coordinators see it: the public view, who applied and the mentor slots offered
 * (kept exact under concurrent submissions), and its matching runs, oldest first.
 */
public record CohortSummary(@JsonUnwrapped CohortView cohort, Cohort.ApplicationCounts counts,
                            List<MatchingRuns.RunHeader> matchingRuns) {

    public static CohortSummary of(Cohort cohort, List<MatchingRuns.RunHeader> runs, Instant now) {
        return new CohortSummary(CohortView.of(cohort, now), cohort.counts(), runs);
    }
}
