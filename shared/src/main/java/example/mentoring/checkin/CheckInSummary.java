package example.mentoring.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A check-in as the cohort's list shows it to coordinators: its questions, when it goes (or went)
 * out, how many it was sent to and how many answered ({@code "<5"} under five, as in its results).
 */
public record CheckInSummary(String checkInId, String cohortId, String title, LocalDate sendOn, Instant sendAt,
                             String status, Instant sentAt, List<Question> questions, int invited, Object responses,
                             Instant createdAt) {

    public static CheckInSummary of(CheckIn checkIn, List<Respondent> recipients) {
        long answered = recipients.stream().filter(Respondent::answered).count();
        return new CheckInSummary(checkIn.checkInId(), checkIn.cohortId(), checkIn.title(), checkIn.sendOn(),
                checkIn.sendAt(), checkIn.sentAt().isPresent() ? "SENT" : "SCHEDULED", checkIn.sentAt().orElse(null),
                checkIn.questions(), recipients.size(),
                answered >= CheckInResults.MIN_RESPONDENTS ? (Object) answered : CheckInResults.SUPPRESSED,
                checkIn.createdAt());
    }
}
