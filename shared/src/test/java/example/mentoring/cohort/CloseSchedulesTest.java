package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The close schedule fires at the deadline, never before it")
class CloseSchedulesTest {

    @Test
    @DisplayName("a deadline in whole seconds is used as it is, in UTC")
    void wholeSeconds() {
        assertEquals("at(2027-02-25T05:59:59)", CloseSchedules.expressionFor(Instant.parse("2027-02-25T05:59:59Z")));
    }

    @Test
    @DisplayName("a deadline with a fraction of a second rounds up")
    void roundsUp() {
        assertEquals("at(2027-02-25T06:00:00)", CloseSchedules.expressionFor(Instant.parse("2027-02-25T05:59:59.250Z")));
    }
}
