package example.mentoring.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A match's running totals, kept up to date in the same transaction as every meeting so that
 * reports never scan meetings: count, minutes, last meeting, activity counts, and when the pair
 * was last nudged. {@code version} guards concurrent updates.
 */
public record MatchEngagement(String matchId, int meetings, int minutes, Optional<LocalDate> lastMeetingOn,
                              Map<String, Integer> activityCounts, Optional<Instant> lastNudgedAt, long version) {

    public MatchEngagement {
        activityCounts = Map.copyOf(activityCounts);
    }

    public static MatchEngagement none(String matchId) {
        return new MatchEngagement(matchId, 0, 0, Optional.empty(), Map.of(), Optional.empty(), 0);
    }

    public MatchEngagement with(Meeting meeting) {
        Map<String, Integer> counts = new TreeMap<>(activityCounts);
        meeting.activities().forEach(a -> counts.merge(a, 1, Integer::sum));
        LocalDate last = lastMeetingOn.filter(d -> d.isAfter(meeting.occurredOn())).orElse(meeting.occurredOn());
        return new MatchEngagement(matchId, meetings + 1, minutes + meeting.durationMinutes(), Optional.of(last),
                counts, lastNudgedAt, version + 1);
    }

    public MatchEngagement nudgedAt(Instant when) {
        return new MatchEngagement(matchId, meetings, minutes, lastMeetingOn, activityCounts, Optional.of(when), version + 1);
    }

    /** Quiet: no meeting in {@code days} days, counting from the match's start when it never met. */
    public boolean isQuiet(LocalDate matchStart, LocalDate today, int days) {
        return lastMeetingOn.orElse(matchStart).isBefore(today.minusDays(days));
    }
}
