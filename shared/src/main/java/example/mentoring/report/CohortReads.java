package example.mentoring.report;

import example.mentoring.application.ApplicationNotFound;
import example.mentoring.application.ApplicationView;
import example.mentoring.application.Applications;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.match.CohortSummary;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.match.MatchingRuns;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.paging.Page;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What coordinators read about one cohort: its summary, its demographics, its applications (a page,
 * one of them, or all as CSV). Every read of the cohort's lists starts with the cohort: an unknown
 * one is {@code CohortNotFound} (404). One application is looked up by its key alone
 * ({@code ApplicationNotFound} when the pair does not exist).
 */
public final class CohortReads {

    private final Cohorts cohorts;
    private final Applications applications;
    private final MatchingRuns runs;
    private final Matches matches;
    private final Clock clock;

    public CohortReads(Cohorts cohorts, Applications applications, MatchingRuns runs, Matches matches, Clock clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.runs = runs;
        this.matches = matches;
        this.clock = clock;
    }

    /** The cohort as coordinators see it, with its counts and matching runs. */
    public CohortSummary summary(CohortId id) {
        Cohort cohort = cohorts.get(id);
        return CohortSummary.of(cohort, runs.headers(id.value()), clock.instant());
    }

    /** Who applied and who was matched, counted by the demographic fields (small counts suppressed). */
    public DemographicsReport demographics(CohortId id) {
        Cohort cohort = cohorts.get(id);
        Set<String> matched = new HashSet<>();
        for (Match match : matches.allOfCohort(id.value())) {
            matched.add(match.mentorApplicationId());
            matched.add(match.menteeApplicationId());
        }
        return DemographicsReport.of(id.value(), cohort.confirmedRunId().isPresent(), applications.all(id.value()), matched);
    }

    /** A page of the cohort's applications, of one role when given. */
    public Page<ApplicationView> applications(CohortId id, Optional<ProgramRole> role, Page.Request page) {
        cohorts.get(id);
        return applications.list(id.value(), role.map(Enum::name), page).map(ApplicationView::of);
    }

    /** Every application of the cohort (of one role when given), as CSV. */
    public String applicationsCsv(CohortId id, Optional<ProgramRole> role) {
        cohorts.get(id);
        StringBuilder csv = new StringBuilder();
        new ApplicationsCsv(applications).write(id.value(), role.map(Enum::name), csv);
        return csv.toString();
    }

    /** One application of the cohort. */
    public ApplicationView application(CohortId id, String applicationId) {
        return applications.find(id.value(), applicationId).map(ApplicationView::of)
                .orElseThrow(() -> ApplicationNotFound.inCohort(applicationId));
    }
}
