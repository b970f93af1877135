package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A cohort's status follows from time and actions")
class CohortStatusTest {

    static final Instant OPENS = Instant.parse("2027-01-15T06:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");

    static Cohort cohort(Optional<Instant> closedAt, Optional<String> confirmedRunId) {
        return new Cohort(new CohortId("fall-2027"), "Fall 2027", OPENS, DEADLINE, LocalDate.parse("2027-03-15"),
                LocalDate.parse("2028-03-14"), 2, ReadableTime.DEFAULT_ZONE, OPENS.minusSeconds(86_400), closedAt, confirmedRunId,
                Cohort.ApplicationCounts.NONE);
    }

    @Test
    @DisplayName("upcoming before it opens, open until the deadline, closed from the deadline on")
    void followsTheCalendar() {
        Cohort cohort = cohort(Optional.empty(), Optional.empty());
        assertEquals(CohortStatus.UPCOMING, cohort.statusAt(OPENS.minusMillis(1)));
        assertEquals(CohortStatus.OPEN, cohort.statusAt(OPENS));
        assertEquals(CohortStatus.OPEN, cohort.statusAt(DEADLINE.minusMillis(1)));
        assertEquals(CohortStatus.CLOSED, cohort.statusAt(DEADLINE));
    }

    @Test
    @DisplayName("closed early by a coordinator before the deadline")
    void closedEarly() {
        Cohort cohort = cohort(Optional.of(OPENS.plusSeconds(60)), Optional.empty());
        assertEquals(CohortStatus.CLOSED, cohort.statusAt(OPENS.plusSeconds(120)));
    }

    @Test
    @DisplayName("matched once a run is confirmed, completed after the program's last day")
    void matchedThenCompleted() {
        Cohort cohort = cohort(Optional.of(DEADLINE), Optional.of("run-1"));
        assertEquals(CohortStatus.MATCHED, cohort.statusAt(DEADLINE.plusSeconds(1)));
        assertEquals(CohortStatus.MATCHED, cohort.statusAt(Instant.parse("2028-03-14T23:59:59Z")));
        assertEquals(CohortStatus.COMPLETED, cohort.statusAt(Instant.parse("2028-03-15T00:00:00Z")));
    }

    @Test
    @DisplayName("a late close records the deadline, an early one the moment it happened")
    void closingTime() {
        Cohort cohort = cohort(Optional.empty(), Optional.empty());
        assertEquals(DEADLINE, cohort.closingTime(DEADLINE.plusSeconds(300)));
        assertEquals(OPENS, cohort.closingTime(OPENS));
    }
}
