package example.mentoring.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One logged meeting of a matched pair, and which of the two logged it. */
public record Meeting(
        String meetingId,
        String matchId,
        LocalDate occurredOn,
        int durationMinutes,
        String format,
        List<String> activities,
        Optional<String> notes,
        String loggedBy,
        String loggedByRole,
        Instant loggedAt) {

    public Meeting {
        activities = List.copyOf(activities);
    }
}
