package example.mentoring.match;

import example.mentoring.matchengine.PairId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A confirmed pair: who mentors whom in which cohort, from when, and what they share; where it
 * stands in the year ({@link MatchStatus}), the pair's goals, and how it ended if it ended early.
 */
public record Match(
        String matchId,
        String cohortId,
        String runId,
        String mentorApplicationId,
        String menteeApplicationId,
        String mentorName,
        String mentorEmail,
        String menteeName,
        String menteeEmail,
        int score,
        List<String> sharedInterests,
        LocalDate startsOn,
        Instant createdAt,
        MatchStatus status,
        List<Goal> goals,
        Optional<MatchEnding> ending) {

    public static final int MAX_GOALS = 10;

    public Match {
        sharedInterests = List.copyOf(sharedInterests);
        goals = List.copyOf(goals);
    }

    /** A new match, as a confirmation makes it: active, no goals yet. */
    public Match(String matchId, String cohortId, String runId, String mentorApplicationId, String menteeApplicationId,
                 String mentorName, String mentorEmail, String menteeName, String menteeEmail, int score,
                 List<String> sharedInterests, LocalDate startsOn, Instant createdAt) {
        this(matchId, cohortId, runId, mentorApplicationId, menteeApplicationId, mentorName, mentorEmail, menteeName,
                menteeEmail, score, sharedInterests, startsOn, createdAt, MatchStatus.ACTIVE, List.of(), Optional.empty());
    }

    /** The name on the application of {@code email} (lower-cased), if it is one of the pair. */
    public Optional<String> nameOf(String email) {
        return mentorEmail.equals(email) ? Optional.of(mentorName)
                : menteeEmail.equals(email) ? Optional.of(menteeName) : Optional.empty();
    }

    /** Whether {@code email} (lower-cased) is one of the pair. */
    public boolean hasParticipant(String email) {
        return mentorEmail.equals(email) || menteeEmail.equals(email);
    }

    /** The pair as the matching engine names it. */
    public PairId pair() {
        return new PairId(mentorApplicationId, menteeApplicationId);
    }

    public boolean isActive() {
        return status == MatchStatus.ACTIVE;
    }

    public long goalsDone() {
        return goals.stream().filter(Goal::done).count();
    }
}
