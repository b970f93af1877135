package example.mentoring.report;

import example.mentoring.match.MatchViews.MatchView;
import example.mentoring.match.Matches;
import java.util.List;

/** A cohort's matches as CSV: the fields of the JSON list, both people flattened, shared interests joined with {@code ;}. */
public final class MatchesCsv {

    static final List<String> HEADER = List.of("matchId", "cohortId", "runId", "mentorApplicationId", "mentorName",
            "mentorEmail", "menteeApplicationId", "menteeName", "menteeEmail", "score", "sharedInterests", "startsOn");

    private final Matches matches;

    public MatchesCsv(Matches matches) {
        this.matches = matches;
    }

    public void write(String cohortId, Appendable out) {
        SpreadsheetCsv.writeAll(out, HEADER, page -> matches.ofCohort(cohortId, page), match -> {
            MatchView m = MatchView.of(match);
            return List.of(m.matchId(), m.cohortId(), m.runId(), m.mentor().applicationId(), m.mentor().name(),
                    m.mentor().email(), m.mentee().applicationId(), m.mentee().name(), m.mentee().email(), m.score(),
                    String.join(";", m.sharedInterests()), m.startsOn());
        });
    }
}
