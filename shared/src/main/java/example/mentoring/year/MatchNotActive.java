package example.mentoring.year;

import example.mentoring.match.MatchStatus;
import example.mentoring.outcome.Conflict;

/** Goals change only while the match runs: an ended or completed match keeps the goals it had. */
public final class MatchNotActive extends Conflict {

    public MatchNotActive(String matchId, MatchStatus status) {
        super("match-not-active", "The match is not active",
                "Match " + matchId + " is " + status + "; its goals no longer change.");
    }
}
