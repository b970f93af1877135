package example.mentoring.meeting;

import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A cohort's engagement report as of today: its matches joined with their meetings (404 for an unknown cohort). */
public final class EngagementReports {

    private final Cohorts cohorts;
    private final Matches matches;
    private final Meetings meetings;
    private final Clock clock;

    public EngagementReports(Cohorts cohorts, Matches matches, Meetings meetings, Clock clock) {
        this.cohorts = cohorts;
        this.matches = matches;
        this.meetings = meetings;
        this.clock = clock;
    }

    public EngagementReport of(CohortId id) {
        cohorts.get(id);
        List<Match> cohortMatches = matches.allOfCohort(id.value());
        return EngagementReport.of(id.value(), cohortMatches,
                meetings.engagements(cohortMatches.stream().map(Match::matchId).toList()),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
