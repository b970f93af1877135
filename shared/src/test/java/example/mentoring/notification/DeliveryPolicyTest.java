package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("When a failed delivery is tried again, and when it is given up")
class DeliveryPolicyTest {

    static final Instant FAILED_AT = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    @DisplayName("30 s after the first failure, doubling: 30 s, 1, 2, 4, 8 min; the sixth failure is final (15.5 min of retries)")
    void schedule() {
        List<Duration> delays = new ArrayList<>();
        for (int attempts = 1; ; attempts++) {
            Optional<Instant> next = DeliveryPolicy.nextAttempt(attempts, FAILED_AT);
            if (next.isEmpty()) {
                assertEquals(DeliveryPolicy.MAX_ATTEMPTS, attempts, "given up after the last attempt, not before");
                break;
            }
            delays.add(Duration.between(FAILED_AT, next.get()));
        }
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8)), delays);
        assertEquals(Duration.ofSeconds(930), delays.stream().reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    @DisplayName("no delay exceeds the cap, however many attempts a retried entry has counted")
    void capped() {
        for (int attempts = 1; attempts < DeliveryPolicy.MAX_ATTEMPTS; attempts++) {
            Duration delay = Duration.between(FAILED_AT, DeliveryPolicy.nextAttempt(attempts, FAILED_AT).orElseThrow());
            assertTrue(delay.compareTo(DeliveryPolicy.MAX_DELAY) <= 0, attempts + " attempts: " + delay);
        }
        assertEquals(Optional.empty(), DeliveryPolicy.nextAttempt(60, FAILED_AT), "far past the last attempt: given up");
    }
}
