package example.mentoring.report;

import example.mentoring.application.Applications;
import example.mentoring.cohort.Cohort;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import java.util.HashSet;
import java.util.Set;

/** Reads what a cohort's {@link DemographicsReport} counts: its applications and its matches. */
public final class CohortDemographics {

    private final Applications applications;
    private final Matches matches;

    public CohortDemographics(Applications applications, Matches matches) {
        this.applications = applications;
        this.matches = matches;
    }

    public DemographicsReport of(Cohort cohort) {
        String cohortId = cohort.id().value();
        Set<String> matched = new HashSet<>();
        for (Match match : matches.allOfCohort(cohortId)) {
            matched.add(match.mentorApplicationId());
            matched.add(match.menteeApplicationId());
        }
        return DemographicsReport.of(cohortId, cohort.confirmedRunId().isPresent(), applications.all(cohortId), matched);
    }
}
