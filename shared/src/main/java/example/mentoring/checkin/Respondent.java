package example.mentoring.checkin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One participant a check-in was sent to, under an opaque id (the link names that id, never the
 * address), and their answers once they gave some.
 */
public record Respondent(String checkInId, String respondentId, String email, Map<String, Object> answers,
                         Optional<Instant> answeredAt) {

    public Respondent {
        answers = Map.copyOf(answers);
    }

    public boolean answered() {
        return answeredAt.isPresent();
    }
}
