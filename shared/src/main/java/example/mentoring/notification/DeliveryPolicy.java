package example.mentoring.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again: exponential back-off from 30 seconds, capped at an hour,
 * and after {@link #MAX_ATTEMPTS} attempts the entry is given up as FAILED for a coordinator to see.
 */
public final class DeliveryPolicy {

    public static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofHours(1);
    /** How long a sender may hold an entry before another may take it over (it crashed). */
    static final Duration CLAIM = Duration.ofMinutes(2);

    private DeliveryPolicy() {
    }

    /** After the {@code attempts}-th failed attempt: the next try, or empty to give up. */
    public static java.util.Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= MAX_ATTEMPTS) {
            return java.util.Optional.empty();
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(factor);
        return java.util.Optional.of(failedAt.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
    }
}
