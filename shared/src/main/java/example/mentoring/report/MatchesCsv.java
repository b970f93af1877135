package example.mentoring.report;

import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.match.MatchViews.MatchView;
import example.mentoring.match.Matches;
import java.util.List;

/** A cohort's matches as CSV: the fields of the JSON list, both people flattened, shared interests joined with {@code ;}. */
public final class MatchesCsv {

    static final List<String> HEADER = List.of("matchId", "cohortId", "runId", "mentorApplicationId", "mentorName",
            "mentorEmail", "menteeApplicationId", "menteeName", "menteeEmail", "score", "sharedInterests", "startsOn");

    private final Cohorts cohorts;
    private final Matches matches;

    public MatchesCsv(Cohorts cohorts, Matches matches) {
        this.cohorts = cohorts;
        this.matches = matches;
    }

    /** Every match of the cohort (404 for an unknown cohort). */
    public String of(CohortId id) {
        cohorts.get(id);
        StringBuilder csv = new StringBuilder();
        SpreadsheetCsv.writeAll(csv, HEADER, page -> matches.ofCohort(id.value(), page), match -> {
            MatchView m = MatchView.of(match);
            return List.of(m.matchId(), m.cohortId(), m.runId(), m.mentor().applicationId(), m.mentor().name(),
                    m.mentor().email(), m.mentee().applicationId(), m.mentee().name(), m.mentee().email(), m.score(),
                    String.join(";", m.sharedInterests()), m.startsOn());
        });
        return csv.toString();
    }
}
