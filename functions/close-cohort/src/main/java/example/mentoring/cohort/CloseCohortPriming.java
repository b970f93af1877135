package example.mentoring.cohort;

import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the close-cohort function before its SnapStart snapshot: its deadline schedule's event
 * for a cohort that does not exist (a read; nothing to close), through the handler. Never the
 * sweep, which would close whatever is overdue.
 */
final class CloseCohortPriming extends Primer {

    static final String EVENT = "{\"cohortId\": \"" + PrimingRequest.NO_SUCH_ID + "\"}";

    private final CloseCohortHandler handler;

    CloseCohortPriming(CloseCohortHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler, "deadline", EVENT);
    }
}
