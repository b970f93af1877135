package example.mentoring.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One meeting of a matched pair: a pair meets once on a given day, so the meeting is the match's
 * meeting of {@code occurredOn}. The first participant to log it gives its details; the partner's
 * log confirms it ({@code loggedBy} then names both) and it still counts once.
 */
public record Meeting(
        String meetingId,
        String matchId,
        LocalDate occurredOn,
        int durationMinutes,
        String format,
        List<String> activities,
        Optional<String> notes,
        List<LoggedBy> loggedBy,
        Instant loggedAt) {

    /** A participant who logged the meeting: their address, their role in the match, and when. */
    public record LoggedBy(String email, String role, Instant at) {
    }

    public Meeting {
        activities = List.copyOf(activities);
        loggedBy = List.copyOf(loggedBy);
    }

    public boolean loggedBy(String email) {
        return loggedBy.stream().anyMatch(l -> l.email().equals(email));
    }

    /** The meeting once {@code partner} logged it too. */
    public Meeting confirmedBy(LoggedBy partner) {
        List<LoggedBy> both = new ArrayList<>(loggedBy);
        both.add(partner);
        return new Meeting(meetingId, matchId, occurredOn, durationMinutes, format, activities, notes, both, loggedAt);
    }
}
