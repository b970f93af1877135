package example.mentoring.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as participants and coordinators read it. */
public record MeetingView(String meetingId, String matchId, LocalDate occurredOn, int durationMinutes, String format,
                          List<String> activities, String notes, String loggedBy, String loggedByRole,
                          Instant loggedAt) {

    public static MeetingView of(Meeting m) {
        return new MeetingView(m.meetingId(), m.matchId(), m.occurredOn(), m.durationMinutes(), m.format(),
                m.activities(), m.notes().orElse(null), m.loggedBy(), m.loggedByRole(), m.loggedAt());
    }
}
