package example.mentoring.match;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A confirmed pair: who mentors whom in which cohort, from when, and what they share. */
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
        Instant createdAt) {

    public Match {
        sharedInterests = List.copyOf(sharedInterests);
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
}
