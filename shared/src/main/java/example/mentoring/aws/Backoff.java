package example.mentoring.aws;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * When to try again after a transient refusal: "full jitter" exponential back-off. Before retry
 * {@code n} (1 is the first) the pause is drawn uniformly from {@code [0, min(cap, base · 2^(n-1))]},
 * so that writers that collided spread out instead of colliding again in step. Bounded twice: at
 * most {@code maxAttempts} attempts in all, and pauses that add up to at most {@code budget}.
 */
public final class Backoff {

    /** Sleeps; tests pass one that records the pauses instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final Duration budget;
    private final Sleeper sleeper;
    /** Given a bound in milliseconds, a number from 0 to that bound inclusive. */
    private final LongUnaryOperator jitter;

    public Backoff(int maxAttempts, Duration base, Duration cap, Duration budget, Sleeper sleeper,
                   LongUnaryOperator jitter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.budget = budget;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    /**
     * For writes that several requests contend for (a cohort's counters): 6 attempts, pauses from
     * 0–20 ms growing to at most 400 ms, 1.5 s of pauses in all, well inside a function's timeout.
     */
    public static Backoff forContention() {
        return jittered(6, Duration.ofMillis(20), Duration.ofMillis(400), Duration.ofMillis(1500));
    }

    /**
     * For a call a service refused for now (a 5xx, throttling, an I/O error): {@code maxAttempts}
     * attempts, pauses from 0–100 ms growing to at most 1 s, 3 s of pauses in all.
     */
    public static Backoff forServiceCalls(int maxAttempts) {
        return jittered(maxAttempts, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    /** Pauses drawn at random and slept for real. */
    private static Backoff jittered(int maxAttempts, Duration base, Duration cap, Duration budget) {
        return new Backoff(maxAttempts, base, cap, budget,
                pause -> Thread.sleep(pause), bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The upper bound of the pause before retry {@code retry} (1 is the first retry). */
    public Duration ceiling(int retry) {
        long millis = base.toMillis() << Math.min(Math.max(retry - 1, 0), 30);
        return Duration.ofMillis(Math.min(cap.toMillis(), millis));
    }

    /**
     * After {@code attemptsMade} attempts that paused {@code paused} in all: the pause before the
     * next attempt, or empty when the attempts or the budget are spent.
     */
    public Optional<Duration> next(int attemptsMade, Duration paused) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration pause = Duration.ofMillis(jitter.applyAsLong(ceiling(attemptsMade).toMillis()));
        if (paused.plus(pause).compareTo(budget) > 0) {
            return Optional.empty();
        }
        return Optional.of(pause);
    }

    public void sleep(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
