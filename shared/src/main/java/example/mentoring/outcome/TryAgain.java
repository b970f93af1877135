package example.mentoring.outcome;

import java.time.Duration;
import java.util.List;

/**
 * The service is overloaded for now (contention on an item, throttling). Nothing of the request
 * was stored, so trying again with the same request (and {@code Idempotency-Key}) after
 * {@link #retryAfter()} is safe.
 */
public final class TryAgain extends Refusal {

    private final Duration retryAfter;

    public TryAgain(String detail, Duration retryAfter) {
        super(detail, List.of());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
