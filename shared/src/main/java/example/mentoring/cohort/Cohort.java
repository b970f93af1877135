package example.mentoring.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One intake of the program. Its status follows from the clock and from what was done to it:
 * closed when the deadline passed or a coordinator closed it, matched once a run was confirmed,
 * completed after the program's last day (UTC). {@code timeZone} is how its times are shown to
 * people (emails and pages, through {@code text.ReadableTime}); it changes no rule.
 */
public record Cohort(
        CohortId id,
        String name,
        Instant opensAt,
        Instant applicationDeadline,
        LocalDate programStart,
        LocalDate programEnd,
        int defaultMentorCapacity,
        ZoneId timeZone,
        Instant createdAt,
        Optional<Instant> closedAt,
        Optional<String> confirmedRunId,
        ApplicationCounts counts) {

    public CohortStatus statusAt(Instant now) {
        if (!now.isBefore(completesAt())) {
            return CohortStatus.COMPLETED;
        }
        if (confirmedRunId.isPresent()) {
            return CohortStatus.MATCHED;
        }
        if (isClosedAt(now)) {
            return CohortStatus.CLOSED;
        }
        return now.isBefore(opensAt) ? CohortStatus.UPCOMING : CohortStatus.OPEN;
    }

    /** The end of the program's last day: the year's end, when the cohort completes. */
    public Instant completesAt() {
        return programEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Closed for applications: by a recorded close, or because the deadline has passed. */
    public boolean isClosedAt(Instant now) {
        return closedAt.isPresent() || !now.isBefore(applicationDeadline);
    }

    /** The time a close performed now records: the deadline itself when the close comes late. */
    public Instant closingTime(Instant now) {
        return now.isBefore(applicationDeadline) ? now : applicationDeadline;
    }

    /** How many mentors and mentees applied, and the mentor slots they offer. */
    public record ApplicationCounts(int mentors, int mentees, int mentorSlots) {
        public static final ApplicationCounts NONE = new ApplicationCounts(0, 0, 0);
    }
}
