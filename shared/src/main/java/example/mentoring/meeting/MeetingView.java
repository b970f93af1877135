package example.mentoring.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as participants and coordinators read it. */
public record MeetingView(String meetingId, String matchId, LocalDate occurredOn, int durationMinutes, String format,
                          List<String> activities, String notes, List<Logger> loggedBy, Instant loggedAt) {

    /** Who logged it: the first to log, then the partner who confirmed it. */
    public record Logger(String email, String role, Instant loggedAt) {
    }

    public static MeetingView of(Meeting m) {
        return new MeetingView(m.meetingId(), m.matchId(), m.occurredOn(), m.durationMinutes(), m.format(),
                m.activities(), m.notes().orElse(null),
                m.loggedBy().stream().map(l -> new Logger(l.email(), l.role(), l.at())).toList(), m.loggedAt());
    }
}
