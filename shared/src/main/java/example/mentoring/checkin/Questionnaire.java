package example.mentoring.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the holder of a check-in's link reads: its questions, their own answers so far, and whether they can still change them. */
public record Questionnaire(String checkInId, String title, String cohortName, List<Question> questions,
                            Map<String, Object> answers, Instant answeredAt, boolean open) {
}
