package example.mentoring.year;

import example.mentoring.cohort.Cohorts;
import example.mentoring.paging.Page;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the complete-cohort function before its SnapStart snapshot: its schedule's event for a
 * cohort that does not exist (a read; nothing to complete), through the handler; and the first
 * page of cohorts, read and mapped as the schedule's own cohort is.
 */
final class CompleteCohortPriming extends Primer {

    static final String EVENT = "{\"cohortId\": \"" + PrimingRequest.NO_SUCH_ID + "\"}";

    private final CompleteCohortHandler handler;

    CompleteCohortPriming(CompleteCohortHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler, "program-end", EVENT);
        // a cohort read and mapped, as the schedule's cohort is: the first page of cohorts (a read)
        step("cohorts", () -> new Cohorts(handler.aws()).list(Page.Request.first(1)));
    }
}
