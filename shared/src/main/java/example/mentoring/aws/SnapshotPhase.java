package example.mentoring.aws;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether a SnapStart snapshot is being prepared: while priming runs, whatever the process reads
 * may end up in the snapshot, so work that must never be there (a secret's read) waits for a real
 * request.
 */
public final class SnapshotPhase {

    private static final AtomicInteger PRIMERS_RUNNING = new AtomicInteger();

    private SnapshotPhase() {
    }

    public static boolean priming() {
        return PRIMERS_RUNNING.get() > 0;
    }

    /** Runs {@code priming} as part of the snapshot's preparation. */
    public static void prime(Runnable priming) {
        PRIMERS_RUNNING.incrementAndGet();
        try {
            priming.run();
        } finally {
            PRIMERS_RUNNING.decrementAndGet();
        }
    }
}
