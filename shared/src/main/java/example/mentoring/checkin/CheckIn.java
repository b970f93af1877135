package example.mentoring.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A scheduled check-in: its questions, the day it goes out ({@code sendOn}) and the moment that
 * day's 9:00 is in the cohort's time zone ({@code sendAt}); {@code sentAt} once its emails were
 * recorded in the outbox.
 */
public record CheckIn(String checkInId, String cohortId, String title, LocalDate sendOn, Instant sendAt,
                      List<Question> questions, Instant createdAt, Optional<Instant> sentAt) {

    public CheckIn {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    public CheckIn sent(Instant at) {
        return new CheckIn(checkInId, cohortId, title, sendOn, sendAt, questions, createdAt, Optional.of(at));
    }
}
