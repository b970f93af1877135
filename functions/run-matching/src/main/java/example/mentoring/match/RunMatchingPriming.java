package example.mentoring.match;

import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the run-matching function before its SnapStart snapshot: every route once, for a cohort,
 * run or participant that does not exist (a read, then 404 or an empty list): a run is proposed
 * only for a cohort that exists, so nothing is computed or written.
 */
final class RunMatchingPriming extends Primer {

    static final String RUN = """
            {"weights": {"sharedInterest": 12, "region": 5}, "lockedPairs": [], "excludedPairs": []}""";

    private final RunMatchingHandler handler;

    RunMatchingPriming(RunMatchingHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("POST /cohorts/{cohortId}/matching-runs").asCoordinator().body(RUN),
                PrimingRequest.of("GET /cohorts/{cohortId}/matching-runs/{runId}").asCoordinator(),
                PrimingRequest.of("POST /cohorts/{cohortId}/matching-runs/{runId}/confirm").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/matches").asCoordinator(),
                PrimingRequest.of("GET /me/matches").asParticipant());
    }
}
