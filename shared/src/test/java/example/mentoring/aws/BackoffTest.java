package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Full-jitter back-off: pauses within doubling bounds, a cap on attempts and on total pause")
class BackoffTest {

    static final Duration BASE = Duration.ofMillis(20);
    static final Duration CAP = Duration.ofMillis(400);

    static Backoff backoff(int attempts, Duration budget, java.util.function.LongUnaryOperator jitter, List<Duration> slept) {
        return new Backoff(attempts, BASE, CAP, budget, slept::add, jitter);
    }

    @Test
    @DisplayName("the bound doubles from the base on each retry and stops at the cap")
    void ceilings() {
        Backoff backoff = backoff(10, Duration.ofSeconds(60), bound -> bound, new ArrayList<>());
        List<Long> ceilings = new ArrayList<>();
        for (int retry = 1; retry <= 7; retry++) {
            ceilings.add(backoff.ceiling(retry).toMillis());
        }
        assertEquals(List.of(20L, 40L, 80L, 160L, 320L, 400L, 400L), ceilings);
    }

    @Test
    @DisplayName("each pause lies in [0, bound]: a seeded random jitter over many draws stays inside and uses the range")
    void jitterBounds() {
        Random random = new Random(7);
        Backoff backoff = backoff(10, Duration.ofSeconds(60), bound -> random.nextLong(bound + 1), new ArrayList<>());
        for (int attemptsMade = 1; attemptsMade <= 6; attemptsMade++) {
            long ceiling = backoff.ceiling(attemptsMade).toMillis();
            long smallest = Long.MAX_VALUE;
            long largest = 0;
            for (int draw = 0; draw < 2000; draw++) {
                long pause = backoff.next(attemptsMade, Duration.ZERO).orElseThrow().toMillis();
                assertTrue(pause >= 0 && pause <= ceiling, pause + " outside [0, " + ceiling + "]");
                smallest = Math.min(smallest, pause);
                largest = Math.max(largest, pause);
            }
            assertTrue(smallest <= ceiling / 10, "full jitter reaches near zero: " + smallest);
            assertTrue(largest >= ceiling * 9 / 10, "and near the bound: " + largest);
        }
    }

    @Test
    @DisplayName("no pause after the last attempt")
    void attemptCap() {
        Backoff backoff = backoff(4, Duration.ofSeconds(60), bound -> bound, new ArrayList<>());
        assertTrue(backoff.next(3, Duration.ZERO).isPresent());
        assertEquals(Optional.empty(), backoff.next(4, Duration.ZERO));
    }

    @Test
    @DisplayName("no pause that would take the total past the budget")
    void budget() {
        Backoff backoff = backoff(10, Duration.ofMillis(100), bound -> bound, new ArrayList<>());
        assertEquals(Optional.of(Duration.ofMillis(40)), backoff.next(2, Duration.ofMillis(60)));
        assertEquals(Optional.empty(), backoff.next(2, Duration.ofMillis(61)));
    }

    @Test
    @DisplayName("sleeping goes through the injected sleeper, so tests never wait")
    void injectedSleeper() {
        List<Duration> slept = new ArrayList<>();
        Backoff backoff = backoff(3, Duration.ofSeconds(1), bound -> bound, slept);
        backoff.sleep(Duration.ofMillis(20));
        assertEquals(List.of(Duration.ofMillis(20)), slept);
    }

    @Test
    @DisplayName("the production policy: 6 attempts, and its worst case pauses 1.5 s at most")
    void production() {
        Backoff backoff = Backoff.forContention();
        assertEquals(6, backoff.maxAttempts());
        long worst = 0;
        for (int retry = 1; retry < backoff.maxAttempts(); retry++) {
            worst += backoff.ceiling(retry).toMillis();
        }
        assertTrue(worst <= 1500, "all bounds together: " + worst);
    }
}
