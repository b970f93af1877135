package example.mentoring.http;

import java.time.Duration;
import java.util.List;

/**
 * The service is overloaded for now (contention on an item, throttling): 503 {@code try-again}
 * with {@code Retry-After}, never a 500. Nothing of the request was stored, so trying again with
 * the same request (and {@code Idempotency-Key}) is safe.
 */
public final class TryAgain extends Problem {

    private final Duration retryAfter;

    public TryAgain(String detail, Duration retryAfter) {
        super(503, "try-again", "Try again", detail, List.of());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The {@code Retry-After} value: whole seconds, at least 1. */
    public String retryAfterSeconds() {
        return Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }
}
